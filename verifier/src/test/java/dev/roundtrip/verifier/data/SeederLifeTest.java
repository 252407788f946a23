package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rows generated into one table after several migrations, on real PostgreSQL and MariaDB: the
 * boundary values of a column appear once in the table's life, so a unique index created later over
 * a free-text column applies, and every batch still carries NULLs where the column allows them.
 */
class SeederLifeTest {
  private static final int BATCHES = 3;

  private static void seedBatches(
      Dialect dialect, Connection c, String schema, String table, String nullableColumn)
      throws SQLException {
    for (int batch = 0; batch < BATCHES; batch++) {
      long nullsBefore =
          SeedFixture.number(
              c, "SELECT count(*) FROM " + table + " WHERE " + nullableColumn + " IS NULL");
      SeedReport report =
          new Seeder(
                  dialect,
                  new SeedOptions(
                      20, SeedOptions.defaults().seed(), Set.of(qualified(dialect, schema, table))))
              .seed(c, List.of(schema), Set.of());
      assertThat(report.skippedRowCount()).as(report.toString()).isZero();
      long nullsAfter =
          SeedFixture.number(
              c, "SELECT count(*) FROM " + table + " WHERE " + nullableColumn + " IS NULL");
      assertThat(nullsAfter).as("NULLs written by batch " + batch).isGreaterThan(nullsBefore);
    }
    assertThat(SeedFixture.count(c, table)).isEqualTo(20L * BATCHES);
  }

  private static String qualified(Dialect dialect, String schema, String table) {
    return schema + "." + table;
  }

  @Test
  void laterBatchesRepeatNoBoundaryValueOnPostgres() throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase();
        Connection c = db.connect()) {
      SeedFixture.execute(
          c,
          "CREATE TABLE plans (id int PRIMARY KEY, name varchar(40) NOT NULL, note text,"
              + " handle bytea NOT NULL)");
      seedBatches(TestDialects.POSTGRESQL, c, "public", "plans", "note");
      SeedFixture.execute(c, "CREATE UNIQUE INDEX plans_name_key ON plans (name)");
      SeedFixture.execute(c, "CREATE UNIQUE INDEX plans_handle_key ON plans (handle)");
    }
  }

  @Test
  void laterBatchesRepeatNoBoundaryValueOnMariaDb() throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase();
        Connection c = db.connect()) {
      SeedFixture.execute(
          c,
          "CREATE TABLE plans (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, note TEXT,"
              + " handle VARBINARY(64) NOT NULL)");
      seedBatches(TestDialects.MARIADB, c, db.name(), "plans", "note");
      SeedFixture.execute(c, "CREATE UNIQUE INDEX plans_name_key ON plans (name)");
      SeedFixture.execute(c, "CREATE UNIQUE INDEX plans_handle_key ON plans (handle)");
    }
  }
}
