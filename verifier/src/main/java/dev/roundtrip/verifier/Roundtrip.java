package dev.roundtrip.verifier;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.api.RoundtripResult;
import dev.roundtrip.verifier.database.Providers;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.migration.FlywayMigrationSource;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationInputException;
import dev.roundtrip.verifier.replay.Allowances;
import dev.roundtrip.verifier.replay.RoundTripRunner;
import dev.roundtrip.verifier.report.JsonReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine's entry point: discovers the migrations, verifies them on every configured dialect and
 * writes the report.
 *
 * <pre>{@code
 * RoundtripResult result = Roundtrip.verify(RoundtripConfig.builder(projectDir).build());
 * if (!result.passed()) { ... result.errors() ... }
 * }</pre>
 */
public final class Roundtrip {
  private Roundtrip() {}

  /**
   * Runs the round trip.
   *
   * @throws dev.roundtrip.verifier.api.RoundtripException for input or infrastructure problems (no
   *     migrations, malformed file names, no database); findings about migrations are in the result
   *     instead
   */
  public static RoundtripResult verify(RoundtripConfig config) {
    for (Dialect dialect : config.dialects()) {
      if (!dialect.roundTripSupported()) {
        throw new RoundtripException(
            "<dialects>: this version verifies migrations on postgresql only, not on "
                + dialect.id(),
            "Remove "
                + dialect.id()
                + " from <dialects>; the round trip on the MySQL family is not available yet.");
      }
    }
    List<Migration> migrations =
        new FlywayMigrationSource(config.migrationDirectories()).migrations();
    if (migrations.isEmpty()) {
      throw new MigrationInputException(
          "no versioned migrations (V<version>__<description>.sql) found in "
              + config.migrationDirectories(),
          "Point <locations> at your Flyway migrations, e.g. classpath:db/migration"
              + " for src/main/resources/db/migration.");
    }
    config
        .listener()
        .info(
            "Roundtrip: "
                + migrations.size()
                + " migration(s) from "
                + describe(config.projectDirectory(), config.migrationDirectories()));
    Allowances allowances = Allowances.of(migrations, config.allows(), config.encoding());
    List<DialectRun> runs =
        new RoundTripRunner(config, Providers.discover(), allowances).run(migrations);
    Path report = JsonReport.write(config.reportDirectory(), runs);
    return new RoundtripResult(runs, report);
  }

  private static String describe(Path base, List<Path> dirs) {
    return String.join(
        ", ",
        dirs.stream()
            .map(
                d ->
                    d.toAbsolutePath().startsWith(base)
                        ? base.relativize(d.toAbsolutePath()).toString()
                        : d.toString())
            .toList());
  }
}
