package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the round-trip tests of a dialect share: a project folder per test with its migrations and
 * seed scripts, the configuration that reads them, and the findings of a run by rule.
 */
abstract class ProjectRoundTripTest {
  @TempDir Path project;

  Path dir(String path) throws IOException {
    return Files.createDirectories(project.resolve(path));
  }

  void migration(String name, String sql) throws IOException {
    Files.writeString(dir("src/main/resources/db/migration").resolve(name), sql);
  }

  void seedAfter(String version, String sql) throws IOException {
    Files.writeString(dir("src/test/resources/db/seed").resolve("after-V" + version + ".sql"), sql);
  }

  /** The project's configuration with its migrations and {@code seedRows} generated rows. */
  RoundtripConfig.Builder config(int seedRows) throws IOException {
    return RoundtripConfig.builder(project)
        .migrationDirectories(List.of(dir("src/main/resources/db/migration")))
        .seedRows(seedRows);
  }

  static List<Finding> of(DialectRun run, Rule rule) {
    return run.allFindings().stream().filter(f -> f.rule() == rule).toList();
  }

  static List<Finding> failing(DialectRun run) {
    return run.allFindings().stream().filter(Finding::failing).toList();
  }
}
