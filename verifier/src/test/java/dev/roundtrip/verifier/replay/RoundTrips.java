package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.migration.FlywayMigrationSource;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationVersion;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.util.List;
import java.util.Set;

/** Runs the round trip of a test project on the shared test server of a dialect. */
final class RoundTrips {
  private RoundTrips() {}

  static DialectRun onPostgres(RoundtripConfig config) {
    return on(TestDialects.POSTGRESQL, PostgresTestServer.shared(), config);
  }

  /** The round trip of the versions of {@code roundTripped} only; the others are only applied. */
  static DialectRun onPostgres(RoundtripConfig config, Set<MigrationVersion> roundTripped) {
    List<Migration> migrations =
        new FlywayMigrationSource(config.migrationDirectories()).migrations();
    return new DialectRoundTrip(
            config,
            TestDialects.POSTGRESQL,
            PostgresTestServer.shared(),
            config.migrationDirectories(),
            Allowances.of(migrations, config.allows(), config.encoding()))
        .run(migrations, roundTripped);
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
