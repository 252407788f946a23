package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fresh database that follows a migration which left the database in doubt: where the server
 * copies databases (PostgreSQL), a copy of a database the run keeps and moves forward, so that the
 * migrations before it are not applied again from the first for each; the findings are those of a
 * run that rebuilds every fresh database. A history whose scripts name their database, and a server
 * that copies none (MariaDB), rebuild them.
 */
class FreshCopyRoundTripTest extends ProjectRoundTripTest {
  private static final String SEED = "INSERT INTO orders (id, total) VALUES (1, 10)";

  /**
   * Six migrations; the downs of V3 and V5 forget an index, so both are followed by a fresh one.
   */
  private void history(String v1Extra) throws IOException {
    migration("V1__orders.sql", "CREATE TABLE orders (id INT PRIMARY KEY, total INT);\n" + v1Extra);
    migration("U1__orders.sql", "DROP TABLE orders;\n");
    seedAfter("1", SEED + ";\n");
    migration("V2__note.sql", "ALTER TABLE orders ADD COLUMN note VARCHAR(40);\n");
    migration("U2__note.sql", "ALTER TABLE orders DROP COLUMN note;\n");
    migration("V3__index_total.sql", "CREATE INDEX orders_total ON orders (total);\n");
    migration("U3__index_total.sql", "SELECT 1;\n");
    migration(
        "V4__customers.sql", "CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(20));\n");
    migration("U4__customers.sql", "DROP TABLE customers;\n");
    migration("V5__index_name.sql", "CREATE INDEX customers_name ON customers (name);\n");
    migration("U5__index_name.sql", "SELECT 1;\n");
    migration("V6__drop_note.sql", "ALTER TABLE orders DROP COLUMN note;\n");
    migration("U6__drop_note.sql", "ALTER TABLE orders ADD COLUMN note VARCHAR(40);\n");
  }

  private DialectRun run(Dialect dialect, CountingServer server) throws IOException {
    return RoundTrips.on(dialect, server, config(5).build());
  }

  private static long count(CountingServer server, String prefix) {
    return server.log().stream().filter(line -> line.startsWith(prefix)).count();
  }

  /** What a user reads of a run: each migration's verdict and its findings, rule and message. */
  private static List<String> verdicts(DialectRun run) {
    return run.migrations().stream().map(FreshCopyRoundTripTest::verdict).toList();
  }

  private static String verdict(MigrationOutcome o) {
    StringBuilder line = new StringBuilder("V" + o.version() + " " + o.status());
    for (Finding f : o.findings()) {
      line.append(" | ").append(f.rule().id()).append(": ").append(f.message());
    }
    return line.toString();
  }

  private static void expectedVerdicts(DialectRun run) {
    assertThat(run.migrations())
        .extracting(MigrationOutcome::status)
        .containsExactly(
            Status.PASSED,
            Status.PASSED,
            Status.FAILED,
            Status.PASSED,
            Status.FAILED,
            Status.FAILED);
    assertThat(run.migrations().get(2).findings())
        .extracting(Finding::rule)
        .contains(Rule.SCHEMA_NOT_RESTORED);
    assertThat(run.migrations().get(4).findings())
        .extracting(Finding::rule)
        .contains(Rule.SCHEMA_NOT_RESTORED);
    // the rows of orders.note that V6 drops were generated on the fresh database after V5
    assertThat(run.migrations().get(5).findings())
        .extracting(Finding::rule)
        .contains(Rule.DATA_NOT_RESTORED);
  }

  @Test
  void freshDatabasesAreCopiesOnPostgres() throws IOException {
    history("");
    DatabaseServer shared = PostgresTestServer.shared();
    CountingServer copying = new CountingServer(shared, true);
    DialectRun copied = run(TestDialects.POSTGRESQL, copying);
    CountingServer rebuilding = new CountingServer(shared, false);
    DialectRun rebuilt = run(TestDialects.POSTGRESQL, rebuilding);

    expectedVerdicts(copied);
    assertThat(verdicts(copied)).isEqualTo(verdicts(rebuilt));
    // one copy after V3, one after V5; the first migration and its seed script ran on the run's
    // first database and once on the database the copies are made of, not again for each
    assertThat(count(copying, "-- copy of ")).isEqualTo(2);
    assertThat(count(copying, SEED)).isEqualTo(2);
    assertThat(count(rebuilding, "-- copy of ")).isZero();
    assertThat(count(rebuilding, SEED)).isEqualTo(3);
  }

  /**
   * On a server that copies if it can, the run rebuilds every fresh database: no copy, and the
   * first migration's seed script runs on each of the three databases.
   */
  private void rebuiltOn(Dialect dialect, DatabaseServer shared) throws IOException {
    CountingServer server = new CountingServer(shared, true);
    DialectRun run = run(dialect, server);

    expectedVerdicts(run);
    assertThat(count(server, "-- copy of ")).isZero();
    assertThat(count(server, SEED)).isEqualTo(3);
  }

  @Test
  void aHistoryThatNamesItsDatabaseIsRebuilt() throws IOException {
    history("COMMENT ON DATABASE ${flyway:database} IS 'orders';\n");
    rebuiltOn(TestDialects.POSTGRESQL, PostgresTestServer.shared());
  }

  @Test
  void mariaDbRebuildsFreshDatabases() throws IOException {
    history("");
    rebuiltOn(TestDialects.MARIADB, MariaDbTestServer.shared());
  }
}
