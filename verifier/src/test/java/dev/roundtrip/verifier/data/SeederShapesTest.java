package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.SqliteTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rows generated into an accounts table on real PostgreSQL, MariaDB and SQLite: the columns get
 * values shaped as their names say, so CHECKs the generator does not read (LIKE, a regular
 * expression) accept every regular row, and the unique columns stay unique over several batches.
 */
class SeederShapesTest {
  private static final int BATCHES = 3;
  private static final int ROWS = 20;

  private static void seed(Dialect dialect, Connection c, String schema) throws SQLException {
    for (int batch = 0; batch < BATCHES; batch++) {
      SeedReport report =
          new Seeder(
                  dialect,
                  new SeedOptions(
                      ROWS, SeedOptions.defaults().seed(), Set.of(schema + ".accounts")))
              .seed(c, List.of(schema), Set.of());
      assertThat(report.skippedRowCount()).as(report.toString()).isZero();
    }
    assertThat(SeedFixture.count(c, "accounts")).isEqualTo((long) ROWS * BATCHES);
    // regular values are the rows without a boundary value: most of them are shaped
    List<String> emails = SeedFixture.strings(c, "SELECT email FROM accounts");
    assertThat(emails.stream().filter(e -> e.matches("[a-z.-]+[0-9]*@example\\.com")).count())
        .as("emails: %s", emails)
        .isGreaterThanOrEqualTo(ROWS * BATCHES / 2);
    List<String> names = SeedFixture.strings(c, "SELECT display_name FROM accounts");
    assertThat(names)
        .as("display names")
        .anyMatch(n -> n != null && n.matches("[A-Z][a-z]+ [A-Z][a-z-]+( [0-9]+)?"));
    assertThat(SeedFixture.strings(c, "SELECT api_key FROM accounts"))
        .allMatch(k -> k.matches("[0-9a-f]{32}"));
  }

  @Test
  void shapedValuesPassTheChecksOfAnAccountsTableOnPostgres() throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase();
        Connection c = db.connect()) {
      SeedFixture.execute(
          c,
          "CREATE TABLE accounts (id serial PRIMARY KEY,"
              + " email varchar(255) NOT NULL UNIQUE CHECK (email LIKE '%_@_%._%'),"
              + " username varchar(40) NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9_.-]*$'),"
              + " display_name text,"
              + " api_key char(32) NOT NULL UNIQUE CHECK (api_key ~ '^[0-9a-f]{32}$'))");
      seed(TestDialects.POSTGRESQL, c, "public");
    }
  }

  @Test
  void shapedValuesPassTheChecksOfAnAccountsTableOnMariaDb() throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase();
        Connection c = db.connect()) {
      SeedFixture.execute(
          c,
          "CREATE TABLE accounts (id INT AUTO_INCREMENT PRIMARY KEY,"
              + " email VARCHAR(255) NOT NULL UNIQUE CHECK (email LIKE '%_@_%._%'),"
              + " username VARCHAR(40) NOT NULL UNIQUE"
              + " CHECK (username REGEXP BINARY '^[a-z][a-z0-9_.-]*$'),"
              + " display_name TEXT,"
              + " api_key CHAR(32) NOT NULL UNIQUE CHECK (api_key REGEXP BINARY '^[0-9a-f]{32}$'))");
      seed(TestDialects.MARIADB, c, db.name());
    }
  }

  @Test
  void shapedValuesPassTheChecksOfAnAccountsTableOnSqlite() throws SQLException {
    try (DisposableDatabase db = SqliteTestServer.newDatabase();
        Connection c = db.connect()) {
      SeedFixture.execute(
          c,
          "CREATE TABLE accounts (id INTEGER PRIMARY KEY,"
              + " email VARCHAR(255) NOT NULL UNIQUE CHECK (email LIKE '%_@_%._%'),"
              + " username VARCHAR(40) NOT NULL UNIQUE"
              + " CHECK (username GLOB '[a-z]*' AND username NOT GLOB '*[^a-z0-9_.-]*'),"
              + " display_name TEXT,"
              + " api_key CHAR(32) NOT NULL UNIQUE"
              + " CHECK (length(api_key) = 32 AND api_key NOT GLOB '*[^0-9a-f]*'))");
      seed(SqliteTestServer.SQLITE, c, "main");
    }
  }
}
