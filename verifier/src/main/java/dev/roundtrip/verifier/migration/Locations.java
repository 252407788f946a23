package dev.roundtrip.verifier.migration;

import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.DialectRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns Flyway-style locations into folders of the project: {@code classpath:db/migration} is
 * looked up in the project's resource folders (where the files are written, so findings point at
 * them), {@code filesystem:path} is taken relative to the project folder. A location without a
 * prefix is a classpath location, as in Flyway.
 *
 * <p>A location may hold {@value #VENDOR} (as in {@code classpath:db/migration/{vendor}}, the
 * convention Spring Boot follows for Flyway): each dialect then reads the folder named after its id
 * ({@code postgresql}, {@code mysql}, {@code mariadb}). The resolved folders keep the token; {@link
 * #forDialect} replaces it.
 */
public final class Locations {
  /** Flyway's default location. */
  public static final String DEFAULT = "classpath:db/migration";

  /** The token a location holds where the dialect's id goes. */
  public static final String VENDOR = "{vendor}";

  private Locations() {}

  /**
   * Resolves {@code locations} (or {@link #DEFAULT} when empty) for the default dialect alone.
   *
   * @see #resolve(List, Path, List, List)
   */
  public static List<Path> resolve(
      List<String> locations, Path baseDirectory, List<Path> resourceRoots) {
    return resolve(
        locations, baseDirectory, resourceRoots, List.of(DialectRegistry.defaultDialect()));
  }

  /**
   * Resolves {@code locations} (or {@link #DEFAULT} when empty). A location holding {@value
   * #VENDOR} must exist for every one of {@code dialects}.
   *
   * @param baseDirectory the project folder
   * @param resourceRoots the project's resource folders, e.g. {@code src/main/resources}
   * @param dialects the dialects the folders are read for
   * @throws MigrationInputException when a location does not exist
   */
  public static List<Path> resolve(
      List<String> locations,
      Path baseDirectory,
      List<Path> resourceRoots,
      List<Dialect> dialects) {
    List<String> wanted = locations == null || locations.isEmpty() ? List.of(DEFAULT) : locations;
    Set<Path> result = new LinkedHashSet<>();
    for (String raw : wanted) {
      String location = raw.trim();
      if (location.isEmpty()) {
        continue;
      }
      if (!location.contains(VENDOR)) {
        result.addAll(resolveOne(location, location, baseDirectory, resourceRoots));
        continue;
      }
      for (Dialect dialect : dialects) {
        // fails, naming the dialect, when its folder is missing
        resolveOne(location.replace(VENDOR, dialect.id()), location, baseDirectory, resourceRoots);
      }
      for (Path template : candidates(location, baseDirectory, resourceRoots)) {
        if (dialects.stream().anyMatch(d -> Files.isDirectory(expand(template, d)))) {
          result.add(template);
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * The folders for {@code dialect}: {@value #VENDOR} replaced by its id, leaving out the folders
   * that do not exist for it.
   */
  public static List<Path> forDialect(List<Path> folders, Dialect dialect) {
    return folders.stream()
        .filter(p -> !p.toString().contains(VENDOR) || Files.isDirectory(expand(p, dialect)))
        .map(p -> expand(p, dialect))
        .distinct()
        .toList();
  }

  private static Path expand(Path folder, Dialect dialect) {
    return Path.of(folder.toString().replace(VENDOR, dialect.id()));
  }

  /** Where a location may be: one folder for {@code filesystem:}, one per resource folder else. */
  private static List<Path> candidates(
      String location, Path baseDirectory, List<Path> resourceRoots) {
    if (location.startsWith("filesystem:")) {
      return List.of(baseDirectory.resolve(location.substring("filesystem:".length())).normalize());
    }
    String path = location.startsWith("classpath:") ? location.substring(10) : location;
    return resourceRoots.stream()
        .map(root -> root.resolve(stripSlashes(path)).normalize())
        .toList();
  }

  private static List<Path> resolveOne(
      String location, String configured, Path baseDirectory, List<Path> resourceRoots) {
    String which = location.equals(configured) ? location : configured + " (" + location + ")";
    List<Path> found =
        candidates(location, baseDirectory, resourceRoots).stream()
            .filter(Files::isDirectory)
            .toList();
    if (!found.isEmpty()) {
      return found;
    }
    if (location.startsWith("filesystem:")) {
      throw new MigrationInputException(
          "location "
              + which
              + " is not a folder ("
              + candidates(location, baseDirectory, resourceRoots).get(0)
              + ")",
          "Fix <locations>: filesystem: paths are relative to the project folder.");
    }
    String path = location.startsWith("classpath:") ? location.substring(10) : location;
    throw new MigrationInputException(
        "location " + which + " is in none of the resource folders " + resourceRoots,
        "Check <locations> (Flyway's default is "
            + DEFAULT
            + "), or put the migrations in src/main/resources/"
            + stripSlashes(path)
            + ".");
  }

  private static String stripSlashes(String path) {
    String p = path;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p;
  }
}
