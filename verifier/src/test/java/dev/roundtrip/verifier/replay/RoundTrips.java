package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.migration.FlywayMigrationSource;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import java.util.List;

/** Runs the round trip of a test project on the shared PostgreSQL test server. */
final class RoundTrips {
  private RoundTrips() {}

  static DialectRun onPostgres(RoundtripConfig config) {
    List<Migration> migrations =
        new FlywayMigrationSource(config.migrationDirectories()).migrations();
    return new DialectRoundTrip(
            config,
            Dialect.POSTGRESQL,
            PostgresTestServer.shared(),
            Allowances.of(migrations, config.allows(), config.encoding()))
        .run(migrations);
  }
}
