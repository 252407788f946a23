package dev.roundtrip.verifier.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Migrations in Flyway's layout: {@code V<version>__<description>.sql} with {@code
 * U<version>__<description>.sql} undo scripts, found in one or more directories (searched
 * recursively, as Flyway does). Repeatable {@code R__} migrations are left to Flyway. A file named
 * nearly like a migration ({@code V2_add_index.sql}, {@code v2__add_index.sql}) is an error, not
 * skipped as Flyway skips it; see {@link FlywayFileName}.
 */
public final class FlywayMigrationSource {
  private final List<Path> directories;

  public FlywayMigrationSource(List<Path> directories) {
    this.directories = List.copyOf(directories);
  }

  /**
   * The version of {@code file} if it is a versioned migration ({@code V<version>__...sql}), else
   * null (an undo script, a repeatable migration, any other file).
   *
   * @throws MigrationInputException when its name looks like a migration but is not one
   */
  public static MigrationVersion upVersion(Path file) {
    FlywayFileName name = FlywayFileName.of(file);
    return name == null || name.repeatable() || name.prefix() != 'V' ? null : name.version();
  }

  /** The versioned migrations, ordered by version, each with its down script if any. */
  public List<Migration> migrations() {
    Map<MigrationVersion, Path> ups = new TreeMap<>();
    Map<MigrationVersion, Path> downs = new TreeMap<>();
    for (Path dir : directories) {
      for (Path file : sqlFiles(dir)) {
        FlywayFileName name = FlywayFileName.of(file);
        if (name == null || name.repeatable()) {
          continue;
        }
        Map<MigrationVersion, Path> target = name.prefix() == 'V' ? ups : downs;
        Path previous = target.put(name.version(), file);
        if (previous != null) {
          throw new MigrationInputException(
              "two migrations share version " + name.version() + ": " + previous + " and " + file,
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
      String description = FlywayFileName.of(up.getValue()).description();
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
          .filter(p -> FlywayFileName.isSql(p.getFileName().toString()))
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
