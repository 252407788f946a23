package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss.Kind;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data comparisons on real MariaDB, the twin of {@link DataDiffTest}: each lossy change is found,
 * and its lossless twin is not. The schema of the checks is the disposable database itself.
 */
class MariaDbDataDiffTest {
  private DisposableDatabase db;
  private DataDiff diff;

  @BeforeEach
  void database() {
    db = MariaDbTestServer.newDatabase();
    diff =
        new DataDiff(
            TestDialects.MARIADB, db::connect, List.of(db.name()), Set.of("flyway_schema_history"));
  }

  @AfterEach
  void drop() {
    db.close();
  }

  private void sql(String... statements) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  private DataSnapshot snapshot(String tag, boolean copyValues) throws SQLException {
    return DataSnapshot.take(
        TestDialects.MARIADB,
        db::connect,
        List.of(db.name()),
        Set.of("flyway_schema_history"),
        tag,
        copyValues);
  }

  private List<DataLoss> after(Mode mode, String... change) throws SQLException {
    try (DataSnapshot before = snapshot("t", true)) {
      sql(change);
      return diff.lost(before, mode);
    }
  }

  /** {@code <database>.<name>}: how the checks name a table of the disposable database. */
  private String table(String name) {
    return db.name() + "." + name;
  }

  private void users() throws SQLException {
    sql(
        "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL,"
            + " created_at DATETIME NOT NULL)",
        "INSERT INTO users VALUES (1, 'ada@example.com', '2024-02-29 13:45:00'),"
            + " (2, 'bob@example.com', '1999-12-31 23:59:59'),"
            + " (3, 'zoë@example.com', '2010-06-01 08:00:00')");
  }

  private void payments() throws SQLException {
    sql(
        "CREATE TABLE payments (id INT PRIMARY KEY, amount DECIMAL(10,4), paid_at DATETIME,"
            + " note VARCHAR(255), qty INT, status ENUM('active', 'legacy', 'closed'))",
        "INSERT INTO payments VALUES"
            + " (1, 12.3456, '2024-02-29 13:45:00', 'first payment of the year, by card', 7,"
            + " 'legacy'),"
            + " (2, 10.0000, '2000-01-01 00:00:00', '', -5, 'active'),"
            + " (3, NULL, NULL, NULL, NULL, NULL)");
  }

  @Test
  void aDroppedColumnHoldingDataIsLostUnlessItMoved() throws SQLException {
    users();
    assertThat(after(Mode.UP, "ALTER TABLE users DROP COLUMN created_at"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.COLUMN_DROPPED);
              assertThat(l.target()).isEqualTo(table("users.created_at"));
              assertThat(l.count()).isEqualTo(3);
              assertThat(l.total()).isEqualTo(3);
              assertThat(l.moved()).isFalse();
            });

    sql("ALTER TABLE users ADD COLUMN created_at DATETIME", "UPDATE users SET created_at = NOW()");
    assertThat(
            after(
                Mode.UP,
                "ALTER TABLE users ADD COLUMN signed_up_at DATETIME",
                "UPDATE users SET signed_up_at = created_at",
                "ALTER TABLE users DROP COLUMN created_at"))
        .singleElement()
        .satisfies(l -> assertThat(l.movedTo()).isEqualTo(table("users.signed_up_at")));
  }

  @Test
  void exactModeFindsAColumnRefilledByADefaultAndValuesNulled() throws SQLException {
    users();
    List<DataLoss> losses =
        after(
            Mode.EXACT,
            "ALTER TABLE users DROP COLUMN created_at",
            "ALTER TABLE users ADD COLUMN created_at DATETIME NOT NULL"
                + " DEFAULT '2026-11-22 10:02:11'",
            "ALTER TABLE users MODIFY email VARCHAR(100) NULL",
            "UPDATE users SET email = NULL WHERE id = 2");
    assertThat(losses)
        .extracting(DataLoss::kind, DataLoss::target, DataLoss::count)
        .containsExactlyInAnyOrder(
            tuple(Kind.VALUES_CHANGED, table("users.created_at"), 3L),
            tuple(Kind.VALUES_NULLED, table("users.email"), 1L));
    assertThat(losses)
        .filteredOn(l -> l.kind() == Kind.VALUES_CHANGED)
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.samples())
                    .contains("id=1: '2024-02-29 13:45:00' -> '2026-11-22 10:02:11'"));

    assertThat(
            after(
                Mode.EXACT,
                "ALTER TABLE users ADD COLUMN backup DATETIME",
                "UPDATE users SET backup = created_at",
                "ALTER TABLE users DROP COLUMN created_at",
                "ALTER TABLE users ADD COLUMN created_at DATETIME AFTER email",
                "UPDATE users SET created_at = backup",
                "ALTER TABLE users DROP COLUMN backup"))
        .as("a down that restores the values from a backup column")
        .isEmpty();
  }

  @Test
  void roundingCentsIsLostAndAWideningIsNot() throws SQLException {
    payments();
    assertThat(after(Mode.UP, "ALTER TABLE payments MODIFY amount DECIMAL(10,2)"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.VALUES_CHANGED);
              assertThat(l.target()).isEqualTo(table("payments.amount"));
              assertThat(l.count()).isEqualTo(1);
              assertThat(l.total()).isEqualTo(3);
              assertThat(l.samples()).containsExactly("id=1: '12.3456' -> '12.3500'");
            });

    assertThat(
            after(
                Mode.UP,
                "ALTER TABLE payments MODIFY amount DECIMAL(14,2)",
                "ALTER TABLE payments MODIFY qty BIGINT",
                "ALTER TABLE payments MODIFY note VARCHAR(300)",
                "ALTER TABLE payments MODIFY paid_at DATETIME(6)",
                "ALTER TABLE payments MODIFY status ENUM('active', 'legacy', 'closed', 'void')"))
        .isEmpty();
  }

  @Test
  void floatsCompareAsPrintedWideningToDoubleIsNotALoss() throws SQLException {
    sql(
        "CREATE TABLE readings (id INT PRIMARY KEY, f FLOAT, d DOUBLE)",
        "INSERT INTO readings VALUES (1, 1.1, 0.1), (2, 2.5, 2.5), (3, NULL, NULL)");
    assertThat(after(Mode.UP, "ALTER TABLE readings MODIFY f DOUBLE")).isEmpty();
    assertThat(after(Mode.UP, "ALTER TABLE readings MODIFY d FLOAT"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.target()).isEqualTo(table("readings.d"));
              assertThat(l.samples()).containsExactly("id=1: '0.1' -> '0.10000000149011612'");
            });
  }

  @Test
  void truncatedTextALostTimeOfDayAndARemappedEnumAreLost() throws SQLException {
    payments();
    List<DataLoss> losses =
        after(
            Mode.UP,
            "UPDATE payments SET note = LEFT(note, 20)",
            "ALTER TABLE payments MODIFY note VARCHAR(20)",
            "ALTER TABLE payments MODIFY paid_at DATE",
            "UPDATE payments SET status = 'active' WHERE status = 'legacy'",
            "ALTER TABLE payments MODIFY status ENUM('active', 'closed')");
    assertThat(losses)
        .extracting(DataLoss::kind, DataLoss::target, DataLoss::count)
        .containsExactlyInAnyOrder(
            tuple(Kind.VALUES_CHANGED, table("payments.note"), 1L),
            tuple(Kind.VALUES_CHANGED, table("payments.paid_at"), 1L),
            tuple(Kind.VALUES_CHANGED, table("payments.status"), 1L));
    assertThat(losses)
        .flatExtracting(DataLoss::samples)
        .containsExactlyInAnyOrder(
            "id=1: 'first payment of the year, by card' -> 'first payment of the'",
            "id=1: '2024-02-29 13:45:00' -> '2024-02-29 00:00:00'",
            "id=1: 'legacy' -> 'active'");
  }

  @Test
  void deletedRowsAreLostRowsArchivedAndRestoredAreNot() throws SQLException {
    payments();
    assertThat(after(Mode.UP, "DELETE FROM payments WHERE id = 2"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.ROWS_MISSING);
              assertThat(l.target()).isEqualTo(table("payments"));
              assertThat(l.samples()).containsExactly("id=2");
            });
    assertThat(
            after(
                Mode.EXACT,
                "CREATE TABLE payments_archive AS SELECT * FROM payments",
                "DELETE FROM payments",
                "INSERT INTO payments SELECT * FROM payments_archive",
                "DROP TABLE payments_archive"))
        .isEmpty();
    assertThat(after(Mode.UP, "RENAME TABLE payments TO settlements"))
        .singleElement()
        .satisfies(l -> assertThat(l.movedTo()).isEqualTo(table("settlements")));
    assertThat(after(Mode.UP, "DROP TABLE settlements"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.TABLE_DROPPED);
              assertThat(l.count()).isEqualTo(2);
            });
  }

  @Test
  void aRenamedColumnAndAColumnMovedToAnotherTableAreMoved() throws SQLException {
    payments();
    assertThat(after(Mode.UP, "ALTER TABLE payments RENAME COLUMN amount TO total"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.COLUMN_DROPPED);
              assertThat(l.movedTo()).isEqualTo(table("payments.total"));
            });
    assertThat(
            after(
                Mode.UP,
                "CREATE TABLE payment_notes (payment_id INT PRIMARY KEY, body TEXT)",
                "INSERT INTO payment_notes SELECT id, note FROM payments WHERE note IS NOT NULL",
                "ALTER TABLE payments DROP COLUMN note"))
        .singleElement()
        .satisfies(l -> assertThat(l.movedTo()).isEqualTo(table("payment_notes.body")));
    assertThat(
            after(
                Mode.UP,
                "CREATE TABLE payment_quantities (payment_id INT PRIMARY KEY, qty INT)",
                "INSERT INTO payment_quantities SELECT id, qty + 1 FROM payments",
                "ALTER TABLE payments DROP COLUMN qty"))
        .as("values that changed on the way did not move")
        .singleElement()
        .satisfies(l -> assertThat(l.moved()).isFalse());
  }

  @Test
  void caseTrailingSpacesAndAccentsAreChangesThoughTheCollationCallsThemEqual()
      throws SQLException {
    sql(
        "CREATE TABLE tags (id INT PRIMARY KEY, name VARCHAR(20)" + " COLLATE utf8mb4_general_ci)",
        "INSERT INTO tags VALUES (1, 'abc'), (2, 'cafe'), (3, 'x'), (4, 'same')");
    List<DataLoss> losses =
        after(
            Mode.EXACT,
            "UPDATE tags SET name = 'ABC' WHERE id = 1",
            "UPDATE tags SET name = 'café' WHERE id = 2",
            "UPDATE tags SET name = 'x  ' WHERE id = 3",
            "UPDATE tags SET name = 'same' WHERE id = 4");
    assertThat(losses)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.VALUES_CHANGED);
              assertThat(l.count()).isEqualTo(3);
              assertThat(l.samples())
                  .containsExactlyInAnyOrder(
                      "id=1: 'abc' -> 'ABC'", "id=2: 'cafe' -> 'café'", "id=3: 'x' -> 'x  '");
            });
  }

  @Test
  void tablesWithoutPrimaryKeyAreComparedAsBagsOfRows() throws SQLException {
    sql(
        "CREATE TABLE log (at DATE, line VARCHAR(50))",
        "INSERT INTO log VALUES ('2024-01-01', 'a'), ('2024-01-01', 'a'),"
            + " ('2024-01-02', 'O''Brien'), ('2024-01-03', NULL)");
    assertThat(after(Mode.EXACT, "DELETE FROM log WHERE line = 'a' LIMIT 1"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.ROWS_CHANGED);
              assertThat(l.target()).isEqualTo(table("log"));
              assertThat(l.count()).isEqualTo(1);
              assertThat(l.total()).isEqualTo(4);
              assertThat(l.samples()).containsExactly("(at='2024-01-01', line='a')");
            });
    assertThat(after(Mode.EXACT, "UPDATE log SET line = 'o''brien' WHERE line = 'O''Brien'"))
        .singleElement()
        .satisfies(
            l -> assertThat(l.samples()).containsExactly("(at='2024-01-02', line='O'Brien')"));
    assertThat(
            after(
                Mode.EXACT,
                "CREATE TABLE log2 AS SELECT * FROM log",
                "DROP TABLE log",
                "RENAME TABLE log2 TO log"))
        .isEmpty();
  }

  @Test
  void binaryValuesCompareByteForByte() throws SQLException {
    sql(
        "CREATE TABLE files (id INT PRIMARY KEY, digest BINARY(4), body VARBINARY(10), raw BLOB)",
        "INSERT INTO files VALUES (1, 0x00FF10, 0x616263, 0xDEADBEEF),"
            + " (2, 0x01, 0x20, ''), (3, NULL, NULL, NULL)");
    List<DataLoss> losses =
        after(
            Mode.EXACT,
            "UPDATE files SET body = 0x414243 WHERE id = 1",
            "UPDATE files SET raw = 0xDEADBEEE WHERE id = 1",
            "UPDATE files SET body = 0x2000 WHERE id = 2");
    assertThat(losses)
        .extracting(DataLoss::kind, DataLoss::target)
        .containsExactlyInAnyOrder(
            tuple(Kind.VALUES_CHANGED, table("files.body")),
            tuple(Kind.VALUES_CHANGED, table("files.raw")));
    assertThat(losses)
        .flatExtracting(DataLoss::samples)
        .containsExactlyInAnyOrder(
            "id=1: '616263' -> '414243'", "id=2: '20' -> '2000'", "id=1: 'DEADBEEF' -> 'DEADBEEE'");
    assertThat(
            after(
                Mode.UP,
                "ALTER TABLE files MODIFY body VARBINARY(20)",
                "ALTER TABLE files MODIFY raw LONGBLOB",
                "ALTER TABLE files MODIFY digest VARBINARY(4)"))
        .isEmpty();
  }

  @Test
  void dataWrittenIntoWhatTheDownRemovesIsDiscarded() throws SQLException {
    payments();
    try (DataSnapshot before = snapshot("b", true)) {
      sql(
          "ALTER TABLE payments ADD COLUMN currency CHAR(3) DEFAULT 'EUR'",
          "CREATE TABLE refunds (id INT PRIMARY KEY)",
          "INSERT INTO refunds VALUES (1)",
          "CREATE TABLE empty_one (id INT)");
      try (DataSnapshot afterUp = snapshot("u", false)) {
        assertThat(afterUp.tablesToSeed(before))
            .as("named database.table, unquoted, as the seeder reads them")
            .containsExactlyInAnyOrder(table("payments"), table("refunds"), table("empty_one"));
        sql(
            "INSERT INTO payments VALUES (4, 1, NULL, 'later', 1, NULL, 'USD'),"
                + " (5, 2, NULL, NULL, 2, NULL, 'GBP')",
            "INSERT INTO refunds VALUES (2), (3)",
            "ALTER TABLE payments RENAME COLUMN note TO memo");
        try (DataSnapshot written = snapshot("w", true)) {
          sql(
              "ALTER TABLE payments RENAME COLUMN memo TO note",
              "ALTER TABLE payments DROP COLUMN currency",
              "DROP TABLE refunds",
              "DROP TABLE empty_one");
          assertThat(diff.discarded(before, afterUp, written))
              .as(
                  "only what was written after the up, not the up's own default values, nor a"
                      + " column renamed back")
              .extracting(DataLoss::kind, DataLoss::target, DataLoss::count)
              .containsExactlyInAnyOrder(
                  tuple(Kind.COLUMN_DROPPED, table("payments.currency"), 2L),
                  tuple(Kind.TABLE_DROPPED, table("refunds"), 2L));
          assertThat(diff.lost(before, Mode.EXACT)).isEmpty();
        }
      }
    }
  }

  @Test
  void valuesOfEveryKindReadTheSameUntilTheyChange() throws SQLException {
    sql(
        "CREATE TABLE kinds (id INT PRIMARY KEY, flag TINYINT(1), bits BIT(3), yr YEAR,"
            + " span TIME(2), stamp TIMESTAMP(3) NULL, f FLOAT, d DOUBLE,"
            + " padded INT(6) ZEROFILL, doc JSON, tags SET('a', 'b'), code CHAR(5), body TEXT,"
            + " day DATE, at DATETIME(6), spot POINT, addr INET6, uid UUID)",
        "INSERT INTO kinds VALUES (1, 1, b'101', 2024, '-12:34:56.78',"
            + " '2024-02-29 13:45:00.123', 1.1, 0.1, 42, '{\"b\": 1,  \"a\": [1, 2]}', 'b,a',"
            + " 'ab ', 'zoë\\n', '2024-02-29', '2024-02-29 13:45:00.123456',"
            + " ST_GeomFromText('POINT(1 2)'), '::1', '123e4567-e89b-12d3-a456-426614174000')",
        "INSERT INTO kinds (id) VALUES (2)");
    assertThat(after(Mode.EXACT, "ALTER TABLE kinds ENGINE = InnoDB")).isEmpty();
    assertThat(
            after(
                Mode.UP,
                "ALTER TABLE kinds MODIFY bits BIT(8), MODIFY yr SMALLINT, MODIFY span TIME(4),"
                    + " MODIFY padded INT, MODIFY flag INT, MODIFY stamp TIMESTAMP(6) NULL,"
                    + " MODIFY code VARCHAR(5), MODIFY addr VARCHAR(39)"))
        .isEmpty();
    assertThat(
            after(
                Mode.EXACT,
                "UPDATE kinds SET doc = '{\"b\": 1, \"a\": [1, 2]}', bits = 4, span = '12:34:56',"
                    + " spot = ST_GeomFromText('POINT(1 3)')"))
        .extracting(DataLoss::target)
        .containsExactlyInAnyOrder(
            table("kinds.doc"), table("kinds.bits"), table("kinds.span"), table("kinds.spot"));
  }
}
