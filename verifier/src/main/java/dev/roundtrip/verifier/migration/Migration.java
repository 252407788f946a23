package dev.roundtrip.verifier.migration;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One versioned migration and its down script.
 *
 * @param version the version
 * @param description the description from the file name, underscores as spaces
 * @param upScript the up script
 * @param downScript the down (undo) script, or null when there is none
 */
public record Migration(
    MigrationVersion version, String description, Path upScript, Path downScript) {

  public Optional<Path> down() {
    return Optional.ofNullable(downScript);
  }

  /** {@code V3}, as users name it. */
  public String label() {
    return "V" + version;
  }
}
