package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.migration.MigrationInputException;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The project's seed scripts, {@code after-V<version>.sql}, by the version they follow. */
public final class SeedScripts {
  private static final Pattern NAME = Pattern.compile("after-V([0-9][0-9._]*)\\.sql");

  private SeedScripts() {}

  public static Map<MigrationVersion, Path> in(Path directory) {
    Map<MigrationVersion, Path> scripts = new TreeMap<>();
    if (directory == null || !Files.isDirectory(directory)) {
      return scripts;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".sql")) {
          continue;
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
          throw new MigrationInputException(
              "seed script " + file + " is not named after-V<version>.sql",
              "Name it after the migration it follows, e.g. after-V3.sql, or move it elsewhere.");
        }
        Path previous = scripts.put(MigrationVersion.parse(m.group(1)), file);
        if (previous != null) {
          throw new MigrationInputException(
              "two seed scripts follow version " + m.group(1) + ": " + previous + " and " + file,
              "Keep one seed script per version.");
        }
      }
    } catch (IOException e) {
      throw new MigrationInputException(
          "cannot read the seed script folder " + directory + ": " + e.getMessage(),
          "Check that the folder is readable.",
          e);
    }
    return scripts;
  }
}
