package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.SeedFixture.number;
import static dev.roundtrip.verifier.data.SeedFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundary values the seeder puts into each kind of column, on the shop schema. */
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
  void nullableColumnsGetNullsAndValues() throws SQLException {
    assertThat(rows("mood IS NULL", "customers")).isBetween(1L, 10L);
    assertThat(rows("mood IS NOT NULL", "customers")).isGreaterThanOrEqualTo(10);
    assertThat(rows("referred_by IS NULL", "customers")).isBetween(1L, 19L);
    assertThat(rows("name IS NULL", "customers")).isZero();
  }

  @Test
  void boundedStringsGetEmptyAndMaximumLengthValues() throws SQLException {
    assertThat(rows("line2 = ''", "addresses")).isPositive();
    assertThat(rows("char_length(line2) = 200", "addresses")).isPositive();
    assertThat(rows("char_length(line2) > 200", "addresses")).isZero();
    assertThat(rows("char_length(zip) = 10", "addresses")).isPositive();
    assertThat(rows("char_length(zip) < 3", "addresses")).isZero();
    assertThat(rows("memo = ''", "ledger") + rows("char_length(memo) = 1", "ledger"))
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void textGetsQuotesBackslashesWordsAndNonAsciiCharacters() throws SQLException {
    List<String> notes = strings(connection, "SELECT note FROM orders WHERE note IS NOT NULL");
    assertThat(notes).anyMatch(n -> n.contains("'") && n.contains("\""));
    assertThat(notes).anyMatch(n -> n.contains("\\"));
    assertThat(notes).anyMatch(n -> n.contains("é") && n.contains("日本") && n.contains("😀"));
    assertThat(notes).anyMatch(n -> n.trim().split(" +").length >= 3);
    assertThat(notes).contains("");
  }

  @Test
  void numbersGetExtremesAndFractionsAtFullScale() throws SQLException {
    assertThat(rows("unit_price = 99999.999", "carts")).isPositive();
    assertThat(rows("unit_price = -99999.999", "carts")).isPositive();
    assertThat(strings(connection, "SELECT unit_price::text FROM carts"))
        .anyMatch(v -> v.matches("-?\\d+\\.\\d\\d[1-9]") && !v.startsWith("99999"));
    assertThat(rows("price = 99999999.99", "products")).isPositive();
    assertThat(rows("price <= 0", "products")).isZero();
    assertThat(rows("tiny = 32767", "ledger")).isPositive();
    assertThat(rows("tiny = -32768", "ledger")).isPositive();
    assertThat(rows("huge = 9223372036854775807", "ledger")).isPositive();
    assertThat(rows("huge = -9223372036854775808", "ledger")).isPositive();
    assertThat(rows("huge = 0", "ledger")).isPositive();
    assertThat(rows("debit = 999999999999.999999", "ledger")).isPositive();
    assertThat(rows("length(amount::text) > 30", "invoices")).isPositive();
    assertThat(rows("exact = 'Infinity' OR exact = 'NaN'", "ledger")).isPositive();
    assertThat(rows("rating < 0 OR rating > 5", "products")).isZero();
  }

  @Test
  void timestampsHaveTimeOfDayMicrosecondsAndComeFromOtherTimeZones() throws SQLException {
    assertThat(
            rows(
                "(occurred_at AT TIME ZONE 'UTC')::time <> '00:00'"
                    + " AND extract(microseconds FROM occurred_at)::bigint % 1000000 <> 0",
                "events"))
        .isPositive();
    assertThat(
            strings(
                connection,
                "SELECT DISTINCT extract(minute FROM occurred_at AT TIME ZONE 'UTC')::text"
                    + " FROM events"))
        .hasSizeGreaterThan(3);
    assertThat(rows("taken_at::text ~ '\\.\\d{1,3}$'", "measurements")).isPositive();
    assertThat(rows("hired = '2000-02-29'", "employees")).isPositive();
    assertThat(rows("hired = '1900-02-28'", "employees")).isPositive();
    assertThat(rows("hired = '0001-01-01'", "employees")).isPositive();
    assertThat(rows("starts = '24:00:00'", "employees") + rows("starts = '00:00'", "employees"))
        .isPositive();
  }

  @Test
  void booleansJsonArraysAndDefaultsVary() throws SQLException {
    assertThat(rows("discontinued", "products")).isPositive();
    assertThat(rows("NOT discontinued", "products")).isPositive();
    assertThat(rows("jsonb_typeof(attributes) = 'object' AND attributes ? 'nested'", "products"))
        .isPositive();
    assertThat(rows("attributes::text LIKE '%1234.5678%'", "products")).isPositive();
    assertThat(rows("grid = '{}'", "matrix")).isPositive();
    assertThat(rows("array_position(grid, NULL) IS NOT NULL", "matrix")).isPositive();
    assertThat(rows("cardinality(docs) > 1", "matrix")).isPositive();
    assertThat(rows("role = 'member'", "project_members")).isPositive();
    assertThat(rows("role <> 'member'", "project_members")).isPositive();
    assertThat(
            Set.copyOf(
                strings(connection, "SELECT carrier FROM shipments WHERE carrier IS NOT NULL")))
        .isSubsetOf("ups", "dhl", "fedex")
        .hasSizeGreaterThan(1);
  }

  @Test
  void rowLevelChecksHold() throws SQLException {
    assertThat(rows("valid_from < valid_to", "coupons")).isPositive();
    assertThat(rows("shipped_at < ordered_at", "orders")).isZero();
    assertThat(rows("NOT (starts_at < ends_at)", "schedules")).isZero();
    assertThat(rows("discount < 0 OR discount > 100", "coupons")).isZero();
  }
}
