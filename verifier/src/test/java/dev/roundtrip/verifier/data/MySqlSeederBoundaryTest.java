package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.MySqlSeedFixture.number;
import static dev.roundtrip.verifier.data.MySqlSeedFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundary values the seeder puts into the kinds of column only the MySQL family has, on
 * MariaDB's shop schema: text, unsigned, bit, byte, enum, set and year types, the ends of its time
 * ranges; and how generated, auto-increment and self-referencing columns are left or linked. What
 * both shops have is in {@link SeederBoundaryContractTest}.
 */
class MySqlSeederBoundaryTest {
  private static DisposableDatabase database;
  private static Connection connection;

  @BeforeAll
  static void seed() throws SQLException {
    database = MariaDbTestServer.newDatabase();
    connection = database.connect();
    MySqlSeedFixture.execute(connection, MySqlSeedFixture.SHOP);
    SeedReport report =
        new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
            .seed(connection, List.of(database.name()), MySqlSeedFixture.EXCLUDED);
    assertThat(report.skippedRowCount()).as(report.toString()).isZero();
    MySqlSeedFixture.execute(connection, "SET time_zone = '+00:00'");
  }

  @AfterAll
  static void drop() throws SQLException {
    connection.close();
    database.close();
  }

  private static long rows(String condition, String table) throws SQLException {
    return number(connection, "SELECT COUNT(*) FROM " + table + " WHERE " + condition);
  }

  @Test
  void tinytextAndTextGetTheirMaximumLength() throws SQLException {
    assertThat(rows("char_length(note) = 63", "calendar")).isPositive();
    assertThat(rows("char_length(summary) = 16383", "documents")).isPositive();
  }

  @Test
  void latin1AndAsciiColumnsGetOnlyAsciiCharacters() throws SQLException {
    assertThat(strings(connection, "SELECT CONCAT(note, code) FROM latin_notes"))
        .allMatch(v -> v == null || v.chars().allMatch(c -> c < 128));
  }

  @Test
  void numbersGetTheExtremesOfTinyUnsignedMediumWideDecimalAndFloatingTypes() throws SQLException {
    assertThat(rows("small_int = 127", "ledger") + rows("small_int = -128", "ledger")).isPositive();
    assertThat(rows("big_unsigned = 18446744073709551615", "ledger")).isPositive();
    assertThat(rows("amount = 99999999999999999999.9999999999", "invoices")).isPositive();
    assertThat(rows("exact > 1.79e308 OR exact < -1.79e308", "ledger")).isPositive();
    assertThat(rows("ratio > 3.4e38 OR ratio < -3.4e38", "ledger")).isPositive();
    assertThat(rows("week = 255", "calendar") + rows("week = 0", "calendar")).isPositive();
    assertThat(rows("capacity = 16777215", "warehouses")).isPositive();
  }

  @Test
  void timesReachTheEndsOfTheirRanges() throws SQLException {
    List<String> stamps =
        strings(
            connection,
            "SELECT CAST(occurred_at AS CHAR) FROM events UNION ALL"
                + " SELECT CAST(at AS CHAR) FROM audit_log UNION ALL"
                + " SELECT CAST(created_at AS CHAR) FROM customers");
    assertThat(stamps).anyMatch(s -> s.startsWith("2038-01-19 03:14:07"));
    assertThat(stamps).anyMatch(s -> s.startsWith("1970-01-01 00:00:01"));
    assertThat(rows("MICROSECOND(taken_at) % 1000 <> 0", "measurements")).isZero();
    assertThat(rows("hired IN ('1000-01-01', '9999-12-31')", "employees")).isPositive();
    assertThat(rows("starts IN ('838:59:59', '-838:59:59')", "employees")).isPositive();
    assertThat(rows("year_no IN (1901, 2155)", "calendar")).isPositive();
  }

  @Test
  void bitsAndBytesAreWrittenAsNumbersAndBytes() throws SQLException {
    assertThat(rows("flags = 255", "files")).isPositive();
    assertThat(rows("flags = 0", "files")).isPositive();
    assertThat(rows("mask = 65535", "files")).isPositive();
    assertThat(rows("deleted IN (0, 1)", "files")).isEqualTo(20);
    assertThat(rows("ip = ''", "network_devices")).isPositive();
    assertThat(rows("HEX(ip) LIKE '%DEADBEEF00FF%'", "network_devices")).isPositive();
    assertThat(rows("LENGTH(thumb) = 65535", "documents")).isPositive();
    assertThat(rows("LENGTH(holder) <> 16", "bookings")).isZero();
  }

  @Test
  void jsonEnumsAndSetsHoldValidValues() throws SQLException {
    assertThat(rows("attributes IS NOT NULL AND JSON_VALID(attributes) = 0", "products")).isZero();
    assertThat(rows("JSON_EXTRACT(payload, '$.name') LIKE '%😀%'", "events")).isPositive();
    assertThat(Set.copyOf(strings(connection, "SELECT mood FROM customers WHERE mood IS NOT NULL")))
        .isSubsetOf("sad", "ok", "happy")
        .hasSizeGreaterThan(1);
    List<String> tags = strings(connection, "SELECT tags FROM events WHERE tags IS NOT NULL");
    assertThat(tags).contains("", "red,green,blue");
    assertThat(tags)
        .allMatch(
            t -> t.isEmpty() || Set.of("red", "green", "blue").containsAll(List.of(t.split(","))));
    assertThat(Set.copyOf(strings(connection, "SELECT days FROM schedules"))).hasSizeGreaterThan(5);
    assertThat(rows("discontinued NOT IN (0, 1)", "products")).isZero();
  }

  @Test
  void generatedAndAutoIncrementColumnsAreLeftToTheDatabase() throws SQLException {
    assertThat(rows("total <> quantity * unit_price", "carts")).isZero();
    assertThat(rows("full_name <> CONCAT(first_name, ' ', last_name)", "people")).isZero();
    assertThat(strings(connection, "SELECT id FROM customers ORDER BY id"))
        .containsExactly(
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
            "17", "18", "19", "20");
    assertThat(number(connection, "SELECT MAX(id) FROM tickets")).isEqualTo(20);
  }

  @Test
  void cyclesAndSelfReferencesAreLinkedAfterwardsWithoutTouchingOnUpdateColumns()
      throws SQLException {
    assertThat(rows("parent_id IS NOT NULL", "categories")).isPositive();
    assertThat(rows("referred_by IS NOT NULL", "customers")).isPositive();
    assertThat(rows("department_id IS NOT NULL", "employees")).isPositive();
    assertThat(rows("manager_id IS NOT NULL", "employees")).isPositive();
    assertThat(rows("head_id IS NOT NULL", "departments")).isPositive();
    assertThat(
            rows(
                "updated_at BETWEEN NOW() - INTERVAL 1 DAY AND NOW() + INTERVAL 1 DAY",
                "categories"))
        .isZero();
  }
}
