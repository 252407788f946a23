package dev.roundtrip.verifier.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns Flyway-style locations into folders of the project: {@code classpath:db/migration} is
 * looked up in the project's resource folders (where the files are written, so findings point at
 * them), {@code filesystem:path} is taken relative to the project folder. A location without a
 * prefix is a classpath location, as in Flyway.
 */
public final class Locations {
  /** Flyway's default location. */
  public static final String DEFAULT = "classpath:db/migration";

  private Locations() {}

  /**
   * Resolves {@code locations} (or {@link #DEFAULT} when empty).
   *
   * @param baseDirectory the project folder
   * @param resourceRoots the project's resource folders, e.g. {@code src/main/resources}
   * @throws MigrationInputException when a location does not exist
   */
  public static List<Path> resolve(
      List<String> locations, Path baseDirectory, List<Path> resourceRoots) {
    List<String> wanted = locations == null || locations.isEmpty() ? List.of(DEFAULT) : locations;
    Set<Path> result = new LinkedHashSet<>();
    for (String raw : wanted) {
      String location = raw.trim();
      if (location.isEmpty()) {
        continue;
      }
      if (location.startsWith("filesystem:")) {
        Path dir = baseDirectory.resolve(location.substring("filesystem:".length())).normalize();
        if (!Files.isDirectory(dir)) {
          throw new MigrationInputException(
              "location " + location + " is not a folder (" + dir + ")",
              "Fix <locations>: filesystem: paths are relative to the project folder.");
        }
        result.add(dir);
      } else {
        String path = location.startsWith("classpath:") ? location.substring(10) : location;
        List<Path> found = new ArrayList<>();
        for (Path root : resourceRoots) {
          Path dir = root.resolve(stripSlashes(path)).normalize();
          if (Files.isDirectory(dir)) {
            found.add(dir);
          }
        }
        if (found.isEmpty()) {
          throw new MigrationInputException(
              "location " + location + " is in none of the resource folders " + resourceRoots,
              "Check <locations> (Flyway's default is "
                  + DEFAULT
                  + "), or put the migrations in src/main/resources/"
                  + stripSlashes(path)
                  + ".");
        }
        result.addAll(found);
      }
    }
    return List.copyOf(result);
  }

  private static String stripSlashes(String path) {
    String p = path;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p;
  }
}
