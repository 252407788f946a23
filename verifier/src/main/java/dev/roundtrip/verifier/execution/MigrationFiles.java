package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.migration.FlywayMigrationSource;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The files of the migration folders, listed once per session and handed to Flyway in place of its
 * own scan of the folders at every step. Flyway sees every file as its scan would show it (same
 * names and paths relative to the folder, so its history table records the same scripts and
 * checksums), except that the versioned migrations it sees can be limited to those a step applies:
 * then it neither reads nor validates the whole history again at each step.
 */
final class MigrationFiles implements ResourceProvider {
  private final List<FileResource> files;
  private volatile Predicate<MigrationVersion> versions = v -> true;

  MigrationFiles(List<Path> folders, Charset encoding) {
    List<FileResource> found = new ArrayList<>();
    for (Path folder : folders) {
      Path root = folder.toAbsolutePath().normalize();
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          String relative = root.relativize(file).toString().replace('\\', '/');
          found.add(
              new FileResource(file, relative, FlywayMigrationSource.upVersion(file), encoding));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the migration folder " + root, e);
      }
    }
    this.files = List.copyOf(found);
  }

  /**
   * Shows Flyway the versioned migrations whose version {@code shown} accepts, and every other
   * file.
   */
  void show(Predicate<MigrationVersion> shown) {
    this.versions = shown;
  }

  /** The versions of the versioned migrations, in no particular order. */
  List<MigrationVersion> versions() {
    return files.stream().map(f -> f.version).filter(v -> v != null).toList();
  }

  private boolean visible(FileResource f) {
    return f.version == null || versions.test(f.version);
  }

  @Override
  public LoadableResource getResource(String name) {
    for (FileResource f : files) {
      if (f.relative.equals(name) && visible(f)) {
        return f;
      }
    }
    return null;
  }

  @Override
  public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
    List<LoadableResource> matching = new ArrayList<>();
    for (FileResource f : files) {
      if (f.getFilename().startsWith(prefix)
          && endsWithAny(f.getFilename(), suffixes)
          && visible(f)) {
        matching.add(f);
      }
    }
    return matching;
  }

  private static boolean endsWithAny(String name, String[] suffixes) {
    for (String suffix : suffixes) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** A file of a migration folder as Flyway reads it. */
  private static final class FileResource extends LoadableResource {
    private final Path file;
    private final String relative;
    private final MigrationVersion version;
    private final Charset encoding;

    FileResource(Path file, String relative, MigrationVersion version, Charset encoding) {
      this.file = file;
      this.relative = relative;
      this.version = version;
      this.encoding = encoding;
    }

    @Override
    public Reader read() {
      try {
        return new InputStreamReader(Files.newInputStream(file), encoding);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }

    @Override
    public String getAbsolutePath() {
      return file.toString();
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return file.toString();
    }

    @Override
    public String getFilename() {
      return file.getFileName().toString();
    }

    @Override
    public String getRelativePath() {
      return relative;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FileResource other && other.file.equals(file);
    }

    @Override
    public int hashCode() {
      return file.hashCode();
    }
  }
}
