package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.SeedFixture.number;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundary values the seeder puts into the kinds of column only PostgreSQL has, on its shop
 * schema: unbounded numerics, infinite and NaN floats, the ends of its date and time ranges, JSON
 * numbers and arrays. What both shops have is in {@link SeederBoundaryContractTest}.
 */
class SeederBoundaryTest {
  private static DisposableDatabase database;
  private static Connection connection;

  @BeforeAll
  static void seed() throws SQLException {
    database = PostgresTestServer.newDatabase();
    connection = database.connect();
    SeedFixture.execute(connection, SeedFixture.SHOP);
    SeedReport report =
        new Seeder(TestDialects.POSTGRESQL, SeedOptions.defaults())
            .seed(connection, List.of("public"), SeedFixture.EXCLUDED);
    assertThat(report.skippedRowCount()).as(report.toString()).isZero();
  }

  @AfterAll
  static void drop() throws SQLException {
    connection.close();
    database.close();
  }

  private static long rows(String condition, String table) throws SQLException {
    return number(connection, "SELECT count(*) FROM " + table + " WHERE " + condition);
  }

  @Test
  void unboundedNumericsGetLongValuesAndFloatsInfinityOrNaN() throws SQLException {
    assertThat(rows("length(amount::text) > 30", "invoices")).isPositive();
    assertThat(rows("exact = 'Infinity' OR exact = 'NaN'", "ledger")).isPositive();
  }

  @Test
  void datesAndTimesReachTheEndsOfTheirRanges() throws SQLException {
    assertThat(rows("hired = '1900-02-28'", "employees")).isPositive();
    assertThat(rows("hired = '0001-01-01'", "employees")).isPositive();
    assertThat(rows("starts = '24:00:00'", "employees") + rows("starts = '00:00'", "employees"))
        .isPositive();
  }

  @Test
  void jsonNumbersAndArraysVary() throws SQLException {
    assertThat(rows("attributes::text LIKE '%1234.5678%'", "products")).isPositive();
    assertThat(rows("grid = '{}'", "matrix")).isPositive();
    assertThat(rows("array_position(grid, NULL) IS NOT NULL", "matrix")).isPositive();
    assertThat(rows("cardinality(docs) > 1", "matrix")).isPositive();
  }
}
