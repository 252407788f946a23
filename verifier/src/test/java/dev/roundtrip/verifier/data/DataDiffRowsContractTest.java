package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss.Kind;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, with the same statements but one: deleted rows and a dropped table are lost, a
 * renamed table, a scratch table and rows archived and put back are not; rows of a table without a
 * primary key are compared as a bag; and what was written after the up into what the down removes
 * is discarded, apart from what the up wrote itself.
 */
class DataDiffRowsContractTest {

  /**
   * A dialect with its statement deleting one of two equal rows.
   *
   * @param deleteOneA deletes one of the two rows of {@code log} whose line is {@code a}
   */
  record Target(DiffTargets.On on, String deleteOneA) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        new Target(
            DiffTargets.POSTGRESQL,
            "DELETE FROM log WHERE ctid = (SELECT min(ctid) FROM log WHERE line = 'a')"),
        new Target(DiffTargets.MARIADB, "DELETE FROM log WHERE line = 'a' LIMIT 1"),
        new Target(
            DiffTargets.SQLITE,
            "DELETE FROM log WHERE rowid = (SELECT min(rowid) FROM log WHERE line = 'a')"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void deletedRowsAndDroppedTablesAreLostRenamedScratchAndRestoredOnesAreNot(Target target)
      throws SQLException {
    try (DiffDatabase db = target.on().newDatabase()) {
      db.payments();
      assertThat(db.after(Mode.UP, "DELETE FROM payments WHERE id = 2"))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.kind()).isEqualTo(Kind.ROWS_MISSING);
                assertThat(l.target()).isEqualTo(db.table("payments"));
                assertThat(l.samples()).containsExactly("id=2");
              });
      assertThat(
              db.after(
                  Mode.EXACT,
                  "CREATE TABLE payments_archive AS SELECT * FROM payments",
                  "DELETE FROM payments",
                  "INSERT INTO payments SELECT * FROM payments_archive",
                  "DROP TABLE payments_archive"))
          .isEmpty();
      assertThat(db.after(Mode.UP, "ALTER TABLE payments RENAME TO settlements"))
          .singleElement()
          .satisfies(l -> assertThat(l.movedTo()).isEqualTo(db.table("settlements")));
      assertThat(
              db.after(
                  Mode.UP,
                  "CREATE TABLE scratch AS SELECT * FROM settlements",
                  "DROP TABLE scratch"))
          .isEmpty();
      assertThat(db.after(Mode.UP, "DROP TABLE settlements"))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.kind()).isEqualTo(Kind.TABLE_DROPPED);
                assertThat(l.count()).isEqualTo(2);
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void tablesWithoutPrimaryKeyAreComparedAsBagsOfRows(Target target) throws SQLException {
    try (DiffDatabase db = target.on().newDatabase()) {
      db.sql(
          "CREATE TABLE log (at DATE, line VARCHAR(50))",
          "INSERT INTO log VALUES ('2024-01-01', 'a'), ('2024-01-01', 'a'),"
              + " ('2024-01-02', 'O''Brien'), ('2024-01-03', NULL)");
      assertThat(db.after(Mode.EXACT, target.deleteOneA()))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.kind()).isEqualTo(Kind.ROWS_CHANGED);
                assertThat(l.target()).isEqualTo(db.table("log"));
                assertThat(l.count()).isEqualTo(1);
                assertThat(l.total()).isEqualTo(4);
                assertThat(l.samples()).containsExactly("(at='2024-01-01', line='a')");
              });
      assertThat(db.after(Mode.EXACT, "UPDATE log SET line = 'o''brien' WHERE line = 'O''Brien'"))
          .singleElement()
          .satisfies(
              l -> assertThat(l.samples()).containsExactly("(at='2024-01-02', line='O'Brien')"));
      assertThat(
              db.after(
                  Mode.EXACT,
                  "CREATE TABLE log2 AS SELECT * FROM log",
                  "DROP TABLE log",
                  "ALTER TABLE log2 RENAME TO log"))
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void dataWrittenIntoWhatTheDownRemovesIsDiscarded(Target target) throws SQLException {
    try (DiffDatabase db = target.on().newDatabase()) {
      db.payments();
      try (DataSnapshot before = db.snapshot("b", true)) {
        db.sql(
            "ALTER TABLE payments ADD COLUMN currency CHAR(3) DEFAULT 'EUR'",
            "CREATE TABLE refunds (id INT PRIMARY KEY)",
            "INSERT INTO refunds VALUES (1)",
            "CREATE TABLE empty_one (id INT)");
        try (DataSnapshot afterUp = db.snapshot("u", false)) {
          assertThat(afterUp.tablesToSeed(before))
              .as("named schema.table, unquoted, as the seeder reads them")
              .containsExactlyInAnyOrder(
                  db.table("payments"), db.table("refunds"), db.table("empty_one"));
          db.sql(
              "INSERT INTO payments (id, amount, paid_at, note, qty, currency)"
                  + " VALUES (4, 1, NULL, 'later', 1, 'USD'), (5, 2, NULL, NULL, 2, 'GBP')",
              "INSERT INTO refunds VALUES (2), (3)",
              "ALTER TABLE payments RENAME COLUMN note TO memo");
          try (DataSnapshot written = db.snapshot("w", true)) {
            db.sql(
                "ALTER TABLE payments RENAME COLUMN memo TO note",
                "ALTER TABLE payments DROP COLUMN currency",
                "DROP TABLE refunds",
                "DROP TABLE empty_one");
            assertThat(db.diff().discarded(before, afterUp, written))
                .as(
                    "only what was written after the up, not the up's own default values, nor a"
                        + " column renamed back")
                .extracting(DataLoss::kind, DataLoss::target, DataLoss::count)
                .containsExactlyInAnyOrder(
                    tuple(Kind.COLUMN_DROPPED, db.table("payments.currency"), 2L),
                    tuple(Kind.TABLE_DROPPED, db.table("refunds"), 2L));
            assertThat(db.diff().lost(before, Mode.EXACT)).isEmpty();
          }
        }
      }
    }
  }
}
