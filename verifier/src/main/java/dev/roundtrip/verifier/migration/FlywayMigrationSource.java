package dev.roundtrip.verifier.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Migrations in Flyway's layout: {@code V<version>__<description>.sql} with {@code
 * U<version>__<description>.sql} undo scripts, found in one or more directories (searched
 * recursively, as Flyway does). Repeatable {@code R__} migrations are left to Flyway.
 */
public final class FlywayMigrationSource {
  private static final Pattern NAME = Pattern.compile("([VU])([0-9][0-9._]*?)__(.+)\\.sql");

  private final List<Path> directories;

  public FlywayMigrationSource(List<Path> directories) {
    this.directories = List.copyOf(directories);
  }

  /** The versioned migrations, ordered by version, each with its down script if any. */
  public List<Migration> migrations() {
    Map<MigrationVersion, Path> ups = new TreeMap<>();
    Map<MigrationVersion, Path> downs = new TreeMap<>();
    for (Path dir : directories) {
      for (Path file : sqlFiles(dir)) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
          continue;
        }
        MigrationVersion version;
        try {
          version = MigrationVersion.parse(m.group(2));
        } catch (IllegalArgumentException e) {
          throw new MigrationInputException(
              file + ": " + e.getMessage(),
              "Name versioned migrations V<version>__<description>.sql, e.g. V3__add_index.sql.",
              e);
        }
        Map<MigrationVersion, Path> target = m.group(1).equals("V") ? ups : downs;
        Path previous = target.put(version, file);
        if (previous != null) {
          throw new MigrationInputException(
              "two migrations share version " + version + ": " + previous + " and " + file,
              "Give each migration its own version, as Flyway requires.");
        }
      }
    }
    for (Map.Entry<MigrationVersion, Path> down : downs.entrySet()) {
      if (!ups.containsKey(down.getKey())) {
        throw new MigrationInputException(
            "undo script " + down.getValue() + " has no migration V" + down.getKey(),
            "Rename it to match its migration's version, or delete it.");
      }
    }
    List<Migration> result = new ArrayList<>();
    for (Map.Entry<MigrationVersion, Path> up : ups.entrySet()) {
      Matcher m = NAME.matcher(up.getValue().getFileName().toString());
      String description = m.matches() ? m.group(3).replace('_', ' ') : "";
      result.add(new Migration(up.getKey(), description, up.getValue(), downs.get(up.getKey())));
    }
    return result;
  }

  private static List<Path> sqlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new MigrationInputException(
          "migration location " + dir + " is not a directory",
          "Point <locations> at the folder of your V<version>__<description>.sql files"
              + " (default classpath:db/migration, i.e. src/main/resources/db/migration).");
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".sql"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new MigrationInputException(
          "cannot read migration location " + dir + ": " + e.getMessage(),
          "Check that the folder is readable.",
          e);
    }
  }
}
