package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On PostgreSQL and MariaDB, each shop seeded once: the boundary values the seeder puts into the
 * kinds of column both shops have (NULLs, empty and longest strings, awkward text, the extremes of
 * numbers, times with fractions, booleans, JSON and defaults) and the row-level checks it keeps to.
 * Where a dialect asks its own way, the Target carries the query. SQLite is not among them: its
 * shop has none of these tables.
 */
class SeederBoundaryContractTest {
  private static final Map<String, Seeded> SEEDED = new LinkedHashMap<>();

  /**
   * A dialect with the queries it asks its own way.
   *
   * @param unitPrices {@code carts.unit_price} as text
   * @param timeOfDayAndFraction {@code events} rows whose {@code occurred_at} has a time of day and
   *     a fraction of a second finer than a millisecond
   * @param minutes the distinct minutes of {@code events.occurred_at}
   * @param millisecondStamps {@code measurements} rows whose {@code taken_at} (milliseconds) is
   *     written with its fraction
   * @param discontinued {@code products} rows that are discontinued
   * @param notDiscontinued {@code products} rows that are not
   * @param nestedJson {@code products} rows whose attributes are a JSON object with a nested key
   * @param afterSeeding a statement run once the shop is seeded, or null
   */
  record Target(
      SeedTarget on,
      String afterSeeding,
      String unitPrices,
      String timeOfDayAndFraction,
      String minutes,
      String millisecondStamps,
      String discontinued,
      String notDiscontinued,
      String nestedJson) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  /** A seeded shop, kept for all the tests of a dialect. */
  private record Seeded(DisposableDatabase database, Connection connection) {}

  static Stream<Target> dialects() {
    return Stream.of(
        new Target(
            SeedTarget.POSTGRESQL,
            null,
            "SELECT unit_price::text FROM carts",
            "(occurred_at AT TIME ZONE 'UTC')::time <> '00:00'"
                + " AND extract(microseconds FROM occurred_at)::bigint % 1000000 <> 0",
            "SELECT DISTINCT extract(minute FROM occurred_at AT TIME ZONE 'UTC')::text FROM events",
            "taken_at::text ~ '\\.\\d{1,3}$'",
            "discontinued",
            "NOT discontinued",
            "jsonb_typeof(attributes) = 'object' AND attributes ? 'nested'"),
        new Target(
            SeedTarget.MARIADB,
            "SET time_zone = '+00:00'",
            "SELECT unit_price FROM carts",
            "TIME(occurred_at) <> '00:00:00' AND MICROSECOND(occurred_at) <> 0"
                + " AND MICROSECOND(occurred_at) % 1000 <> 0",
            "SELECT DISTINCT MINUTE(occurred_at) FROM events",
            "CAST(taken_at AS CHAR) REGEXP '\\\\.[0-9]{3}$'",
            "discontinued = 1",
            "discontinued = 0",
            "JSON_TYPE(attributes) = 'OBJECT' AND JSON_CONTAINS_PATH(attributes, 'one',"
                + " '$.nested')"));
  }

  private static synchronized Connection shop(Target target) throws SQLException {
    Seeded seeded = SEEDED.get(target.toString());
    if (seeded == null) {
      DisposableDatabase database = target.on().newDatabase();
      Connection connection = database.connect();
      seeded = new Seeded(database, connection);
      SEEDED.put(target.toString(), seeded);
      target.on().execute(connection, target.on().shop());
      SeedReport report =
          target.on().seed(connection, database, SeedOptions.defaults(), SeedFixture.EXCLUDED);
      assertThat(report.skippedRowCount()).as(report.toString()).isZero();
      if (target.afterSeeding() != null) {
        target.on().execute(connection, target.afterSeeding());
      }
    }
    return seeded.connection();
  }

  @AfterAll
  static synchronized void drop() throws SQLException {
    for (Seeded seeded : SEEDED.values()) {
      seeded.connection().close();
      seeded.database().close();
    }
    SEEDED.clear();
  }

  private static long rows(Target target, String condition, String table) throws SQLException {
    return SeedFixture.number(
        shop(target), "SELECT COUNT(*) FROM " + table + " WHERE " + condition);
  }

  private static List<String> strings(Target target, String query) throws SQLException {
    return SeedFixture.strings(shop(target), query);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void nullableColumnsGetNullsAndValues(Target t) throws SQLException {
    assertThat(rows(t, "mood IS NULL", "customers")).isBetween(1L, 10L);
    assertThat(rows(t, "mood IS NOT NULL", "customers")).isGreaterThanOrEqualTo(10);
    assertThat(rows(t, "referred_by IS NULL", "customers")).isBetween(1L, 19L);
    assertThat(rows(t, "name IS NULL", "customers")).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void boundedStringsGetEmptyAndMaximumLengthValues(Target t) throws SQLException {
    assertThat(rows(t, "line2 = ''", "addresses")).isPositive();
    assertThat(rows(t, "char_length(line2) = 200", "addresses")).isPositive();
    assertThat(rows(t, "char_length(line2) > 200", "addresses")).isZero();
    assertThat(rows(t, "char_length(zip) = 10", "addresses")).isPositive();
    assertThat(rows(t, "char_length(zip) < 3", "addresses")).isZero();
    assertThat(rows(t, "memo = ''", "ledger") + rows(t, "char_length(memo) = 1", "ledger"))
        .isGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void textGetsQuotesBackslashesWordsAndNonAsciiCharacters(Target t) throws SQLException {
    List<String> notes = strings(t, "SELECT note FROM orders WHERE note IS NOT NULL");
    assertThat(notes).anyMatch(n -> n.contains("'") && n.contains("\""));
    assertThat(notes).anyMatch(n -> n.contains("\\"));
    assertThat(notes).anyMatch(n -> n.contains("é") && n.contains("日本") && n.contains("😀"));
    assertThat(notes).anyMatch(n -> n.trim().split(" +").length >= 3);
    assertThat(notes).contains("");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void numbersGetExtremesAndFractionsAtFullScale(Target t) throws SQLException {
    assertThat(rows(t, "unit_price = 99999.999", "carts")).isPositive();
    assertThat(rows(t, "unit_price = -99999.999", "carts")).isPositive();
    assertThat(strings(t, t.unitPrices()))
        .anyMatch(v -> v.matches("-?\\d+\\.\\d\\d[1-9]") && !v.startsWith("99999"));
    assertThat(rows(t, "price = 99999999.99", "products")).isPositive();
    assertThat(rows(t, "price <= 0", "products")).isZero();
    assertThat(rows(t, "tiny = 32767", "ledger")).isPositive();
    assertThat(rows(t, "tiny = -32768", "ledger")).isPositive();
    assertThat(rows(t, "huge = 9223372036854775807", "ledger")).isPositive();
    assertThat(rows(t, "huge = -9223372036854775808", "ledger")).isPositive();
    assertThat(rows(t, "huge = 0", "ledger")).isPositive();
    assertThat(rows(t, "debit = 999999999999.999999", "ledger")).isPositive();
    assertThat(rows(t, "rating < 0 OR rating > 5", "products")).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void timesHaveTimeOfDayFractionsAndLeapDays(Target t) throws SQLException {
    assertThat(rows(t, t.timeOfDayAndFraction(), "events")).isPositive();
    assertThat(strings(t, t.minutes())).hasSizeGreaterThan(3);
    assertThat(rows(t, t.millisecondStamps(), "measurements")).isPositive();
    assertThat(rows(t, "hired = '2000-02-29'", "employees")).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void booleansJsonAndDefaultsVary(Target t) throws SQLException {
    assertThat(rows(t, t.discontinued(), "products")).isPositive();
    assertThat(rows(t, t.notDiscontinued(), "products")).isPositive();
    assertThat(rows(t, t.nestedJson(), "products")).isPositive();
    assertThat(rows(t, "role = 'member'", "project_members")).isPositive();
    assertThat(rows(t, "role <> 'member'", "project_members")).isPositive();
    assertThat(Set.copyOf(strings(t, "SELECT carrier FROM shipments WHERE carrier IS NOT NULL")))
        .isSubsetOf("ups", "dhl", "fedex")
        .hasSizeGreaterThan(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void rowLevelChecksHold(Target t) throws SQLException {
    assertThat(rows(t, "valid_from < valid_to", "coupons")).isPositive();
    assertThat(rows(t, "shipped_at < ordered_at", "orders")).isZero();
    assertThat(rows(t, "NOT (starts_at < ends_at)", "schedules")).isZero();
    assertThat(rows(t, "discount < 0 OR discount > 100", "coupons")).isZero();
    assertThat(rows(t, "seats < 1 OR seats > 10", "bookings")).isZero();
    assertThat(rows(t, "reserved > quantity", "inventory")).isZero();
  }
}
