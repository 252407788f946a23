package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.migration.FlywayMigrationSource;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.util.List;

/** Runs the round trip of a test project on the shared test server of a dialect. */
final class RoundTrips {
  private RoundTrips() {}

  static DialectRun onPostgres(RoundtripConfig config) {
    return on(TestDialects.POSTGRESQL, PostgresTestServer.shared(), config);
  }

  static DialectRun onMariaDb(RoundtripConfig config) {
    return on(TestDialects.MARIADB, MariaDbTestServer.shared(), config);
  }

  static DialectRun on(Dialect dialect, DatabaseServer server, RoundtripConfig config) {
    List<Migration> migrations =
        new FlywayMigrationSource(config.migrationDirectories()).migrations();
    return new DialectRoundTrip(
            config,
            dialect,
            server,
            config.migrationDirectories(),
            Allowances.of(migrations, config.allows(), config.encoding()))
        .run(migrations);
  }
}
