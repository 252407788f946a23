package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * After the round trips, Flyway's history table holds what Flyway's own {@code migrate} of the same
 * folders writes, on real PostgreSQL and MariaDB: the same migrations in the same order, with the
 * same versions, descriptions, types, scripts (a migration in a subfolder named by its path in the
 * folder), checksums and success, although each step showed Flyway only the migration it applied.
 */
class FlywayHistoryTest extends ProjectRoundTripTest {

  private void history() throws IOException {
    migration("V1__create_orders.sql", "CREATE TABLE orders (id INT PRIMARY KEY, total INT);\n");
    migration("U1__create_orders.sql", "DROP TABLE orders;\n");
    migration("V1.1__add_note.sql", "ALTER TABLE orders ADD COLUMN note VARCHAR(40);\n");
    migration("U1.1__add_note.sql", "ALTER TABLE orders DROP COLUMN note;\n");
    Files.writeString(
        dir("src/main/resources/db/migration/later").resolve("V2__index_total.sql"),
        "CREATE INDEX orders_total ON orders (total);\n");
    Files.writeString(
        dir("src/main/resources/db/migration/later").resolve("U2__index_total.sql"),
        "DROP INDEX orders_total" + "%s;\n");
    migration("V3__customers.sql", "CREATE TABLE customers (id INT PRIMARY KEY);\n");
    migration("U3__customers.sql", "DROP TABLE customers;\n");
  }

  private static List<String> rows(DisposableDatabase db) {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT version, description, type, script, checksum, success"
                    + " FROM flyway_schema_history ORDER BY installed_rank")) {
      while (rs.next()) {
        rows.add(
            rs.getString(1)
                + " | "
                + rs.getString(2)
                + " | "
                + rs.getString(3)
                + " | "
                + rs.getString(4)
                + " | "
                + rs.getString(5)
                + " | "
                + rs.getBoolean(6));
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  private void sameAsFlyway(Dialect dialect, DatabaseServer shared, String dropIndexOn)
      throws IOException {
    history();
    var down = dir("src/main/resources/db/migration/later").resolve("U2__index_total.sql");
    Files.writeString(down, Files.readString(down).formatted(dropIndexOn));
    List<String> afterRoundTrips = new ArrayList<>();
    CountingServer server = new CountingServer(shared);
    server.beforeDrop(db -> afterRoundTrips.addAll(rows(db)));
    DialectRun run = RoundTrips.on(dialect, server, config(5).build());
    assertThat(run.migrations()).extracting(o -> o.status()).containsOnly(Status.PASSED);

    List<String> byFlyway;
    try (DisposableDatabase db = shared.createDatabase()) {
      Flyway.configure(getClass().getClassLoader())
          .dataSource(db.jdbcUrl(), db.user(), db.password())
          .locations("filesystem:" + dir("src/main/resources/db/migration").toAbsolutePath())
          .load()
          .migrate();
      byFlyway = rows(db);
    }
    assertThat(byFlyway).hasSize(4);
    assertThat(byFlyway.get(2)).startsWith("2 | index total | SQL | later/V2__index_total.sql");
    assertThat(afterRoundTrips).isEqualTo(byFlyway);
  }

  @Test
  void theHistoryIsFlywaysOnPostgres() throws IOException {
    sameAsFlyway(TestDialects.POSTGRESQL, PostgresTestServer.shared(), "");
  }

  @Test
  void theHistoryIsFlywaysOnMariaDb() throws IOException {
    sameAsFlyway(TestDialects.MARIADB, MariaDbTestServer.shared(), " ON orders");
  }
}
