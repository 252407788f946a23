package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss.Kind;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.PostgresTestServer;
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
 * Data comparisons on real PostgreSQL, each proven both ways: the lossy change is found, and its
 * lossless twin is not.
 */
class DataDiffTest {
  private DisposableDatabase db;
  private DataDiff diff;

  @BeforeEach
  void database() {
    db = PostgresTestServer.newDatabase();
    diff =
        new DataDiff(
            TestDialects.POSTGRESQL,
            db::connect,
            List.of("public"),
            Set.of("flyway_schema_history"));
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

  private DataSnapshot snapshot() throws SQLException {
    return DataSnapshot.take(
        TestDialects.POSTGRESQL,
        db::connect,
        List.of("public"),
        Set.of("flyway_schema_history"),
        "t",
        true);
  }

  private List<DataLoss> after(Mode mode, String... change) throws SQLException {
    try (DataSnapshot before = snapshot()) {
      sql(change);
      return diff.lost(before, mode);
    }
  }

  private void payments() throws SQLException {
    sql(
        "CREATE TABLE payments (id int PRIMARY KEY, amount numeric(12,3), paid_at timestamptz,"
            + " note varchar(20), qty int)",
        "INSERT INTO payments VALUES (1, 12.345, '2024-02-29 13:45:00.123456+02', 'first', 7),"
            + " (2, 10.000, '2000-01-01 00:00:00+00', '', -5), (3, NULL, NULL, NULL, NULL)");
  }

  @Test
  void roundingCentsIsLostAndWideningIsNot() throws SQLException {
    payments();
    List<DataLoss> rounded =
        after(Mode.UP, "ALTER TABLE payments ALTER COLUMN amount TYPE numeric(12,2)");
    assertThat(rounded)
        .singleElement()
        .satisfies(
            loss -> {
              assertThat(loss.kind()).isEqualTo(Kind.VALUES_CHANGED);
              assertThat(loss.target()).isEqualTo("public.payments.amount");
              assertThat(loss.count()).isEqualTo(1);
              assertThat(loss.total()).isEqualTo(3);
              assertThat(loss.samples()).containsExactly("id=1: '12.345' -> '12.350'");
            });

    assertThat(
            after(
                Mode.UP,
                "ALTER TABLE payments ALTER COLUMN amount TYPE numeric(14,2)",
                "ALTER TABLE payments ALTER COLUMN qty TYPE bigint",
                "ALTER TABLE payments ALTER COLUMN note TYPE text"))
        .isEmpty();
  }

  @Test
  void timeOfDayAndTruncationAreLostButAZoneChangeOfTheSameInstantIsNot() throws SQLException {
    payments();
    List<DataLoss> losses =
        after(
            Mode.UP,
            "ALTER TABLE payments ALTER COLUMN paid_at TYPE date",
            "ALTER TABLE payments ALTER COLUMN note TYPE varchar(3) USING left(note, 3)");
    assertThat(losses)
        .extracting(DataLoss::target)
        .containsExactlyInAnyOrder("public.payments.paid_at", "public.payments.note");
    assertThat(losses)
        .filteredOn(l -> l.column().equals("paid_at"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.samples())
                    .anySatisfy(
                        s ->
                            assertThat(s).startsWith("id=1: '2024-02-29 11:45:00.123456+00' -> ")));

    payments2();
    assertThat(
            after(
                Mode.UP,
                "ALTER TABLE events ALTER COLUMN at TYPE timestamptz USING at AT TIME ZONE 'UTC'"))
        .isEmpty();
  }

  private void payments2() throws SQLException {
    sql(
        "CREATE TABLE events (id int PRIMARY KEY, at timestamp)",
        "INSERT INTO events VALUES (1, '2024-02-29 13:45:00.5'), (2, '1999-12-31 23:59:59')");
  }

  @Test
  void aDroppedColumnHoldingDataIsLostUnlessItMoved() throws SQLException {
    payments();
    assertThat(after(Mode.UP, "ALTER TABLE payments DROP COLUMN note"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.COLUMN_DROPPED);
              assertThat(l.count()).isEqualTo(2);
              assertThat(l.moved()).isFalse();
            });
    assertThat(after(Mode.UP, "ALTER TABLE payments RENAME COLUMN amount TO total"))
        .singleElement()
        .satisfies(l -> assertThat(l.movedTo()).isEqualTo("public.payments.total"));
    assertThat(
            after(
                Mode.UP,
                "CREATE TABLE payment_times (payment_id int PRIMARY KEY, at timestamptz)",
                "INSERT INTO payment_times SELECT id, paid_at FROM payments",
                "ALTER TABLE payments DROP COLUMN qty"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.target()).isEqualTo("public.payments.qty");
              assertThat(l.moved()).isFalse();
            });
  }

  @Test
  void aColumnMovedToAnotherTableIsNotLost() throws SQLException {
    payments();
    assertThat(
            after(
                Mode.UP,
                "CREATE TABLE payment_notes (payment_id int PRIMARY KEY, body text)",
                "INSERT INTO payment_notes SELECT id, note FROM payments WHERE note IS NOT NULL",
                "ALTER TABLE payments DROP COLUMN note"))
        .singleElement()
        .satisfies(l -> assertThat(l.movedTo()).isEqualTo("public.payment_notes.body"));
  }

  @Test
  void deletedRowsAndDroppedTablesAreLostARenamedTableAndATemporaryOneAreNot() throws SQLException {
    payments();
    assertThat(after(Mode.UP, "DELETE FROM payments WHERE id = 2"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.ROWS_MISSING);
              assertThat(l.samples()).containsExactly("id=2");
            });
    assertThat(after(Mode.UP, "ALTER TABLE payments RENAME TO settlements"))
        .singleElement()
        .satisfies(l -> assertThat(l.movedTo()).isEqualTo("public.settlements"));
    assertThat(
            after(
                Mode.UP, "CREATE TABLE scratch AS SELECT * FROM settlements", "DROP TABLE scratch"))
        .isEmpty();
    assertThat(after(Mode.UP, "DROP TABLE settlements"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.TABLE_DROPPED);
              assertThat(l.count()).isEqualTo(2);
            });
  }

  @Test
  void exactModeFindsAColumnRefilledByADefaultAndValuesNulled() throws SQLException {
    payments();
    List<DataLoss> losses =
        after(
            Mode.EXACT,
            "ALTER TABLE payments DROP COLUMN paid_at",
            "ALTER TABLE payments ADD COLUMN paid_at timestamptz NOT NULL DEFAULT '2026-11-22 10:02:11+00'",
            "UPDATE payments SET note = NULL WHERE id = 1");
    assertThat(losses)
        .extracting(DataLoss::kind, DataLoss::target, DataLoss::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Kind.VALUES_CHANGED, "public.payments.paid_at", 3L),
            org.assertj.core.groups.Tuple.tuple(Kind.VALUES_NULLED, "public.payments.note", 1L));
    assertThat(losses)
        .filteredOn(l -> l.kind() == Kind.VALUES_CHANGED)
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.samples())
                    .contains(
                        "id=1: '2024-02-29 11:45:00.123456+00' -> '2026-11-22 10:02:11+00'",
                        "id=3: NULL -> '2026-11-22 10:02:11+00'"));
    assertThat(after(Mode.EXACT, "UPDATE payments SET note = note", "VACUUM payments")).isEmpty();
  }

  @Test
  void tablesWithoutPrimaryKeyAreComparedAsBagsOfRows() throws SQLException {
    sql(
        "CREATE TABLE log (at date, line text)",
        "INSERT INTO log VALUES ('2024-01-01', 'a'), ('2024-01-01', 'a'), ('2024-01-02', 'O''Brien')");
    assertThat(
            after(
                Mode.EXACT,
                "DELETE FROM log WHERE ctid = (SELECT min(ctid) FROM log WHERE line = 'a')"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.ROWS_CHANGED);
              assertThat(l.count()).isEqualTo(1);
              assertThat(l.samples()).containsExactly("(at='2024-01-01', line='a')");
            });
    assertThat(
            after(
                Mode.EXACT,
                "CREATE TABLE log2 AS TABLE log",
                "DROP TABLE log",
                "ALTER TABLE log2 RENAME TO log"))
        .isEmpty();
  }

  @Test
  void dataWrittenIntoWhatTheDownRemovesIsDiscarded() throws SQLException {
    payments();
    try (DataSnapshot before = snapshot()) {
      sql(
          "ALTER TABLE payments ADD COLUMN currency char(3) DEFAULT 'EUR'",
          "CREATE TABLE refunds (id int PRIMARY KEY)",
          "INSERT INTO refunds VALUES (1)",
          "CREATE TABLE empty_one (id int)");
      DataSnapshot afterUp =
          DataSnapshot.take(
              TestDialects.POSTGRESQL, db::connect, List.of("public"), Set.of(), "u", false);
      sql(
          "INSERT INTO payments VALUES (4, 1, NULL, 'later', 1, 'USD'), (5, 2, NULL, NULL, 2, 'GBP')",
          "INSERT INTO refunds VALUES (2), (3)");
      sql("ALTER TABLE payments RENAME COLUMN note TO memo");
      try (DataSnapshot written =
          DataSnapshot.take(
              TestDialects.POSTGRESQL, db::connect, List.of("public"), Set.of(), "w", true)) {
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
                org.assertj.core.groups.Tuple.tuple(
                    Kind.COLUMN_DROPPED, "public.payments.currency", 2L),
                org.assertj.core.groups.Tuple.tuple(Kind.TABLE_DROPPED, "public.refunds", 2L));
        assertThat(diff.lost(before, Mode.EXACT)).isEmpty();
      }
    }
  }

  @Test
  void copiesAreDroppedAndDoNotHoldOnToTheUsersTypes() throws SQLException {
    sql(
        "CREATE TYPE mood AS ENUM ('ok', 'sad')",
        "CREATE TABLE t (id int PRIMARY KEY, m mood)",
        "INSERT INTO t VALUES (1, 'ok')");
    try (DataSnapshot before = snapshot()) {
      sql("ALTER TABLE t DROP COLUMN m", "DROP TYPE mood");
      assertThat(diff.lost(before, Mode.EXACT))
          .extracting(DataLoss::kind)
          .containsExactly(Kind.COLUMN_DROPPED);
    }
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'roundtrip_shadow'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
