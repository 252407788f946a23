package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss.Kind;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, with the same statements: a dropped column that held values is lost, unless its
 * values moved unchanged to another column of the same or another table; a renamed column is moved,
 * not lost.
 */
class DataDiffMovesContractTest {

  static java.util.stream.Stream<DiffTargets.On> dialects() {
    return DiffTargets.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void aDroppedColumnHoldingDataIsLostUnlessItMoved(DiffTargets.On on) throws SQLException {
    try (DiffDatabase db = on.newDatabase()) {
      db.payments();
      assertThat(db.after(Mode.UP, "ALTER TABLE payments DROP COLUMN note"))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.kind()).isEqualTo(Kind.COLUMN_DROPPED);
                assertThat(l.target()).isEqualTo(db.table("payments.note"));
                assertThat(l.count()).isEqualTo(2);
                assertThat(l.moved()).isFalse();
              });
      assertThat(db.after(Mode.UP, "ALTER TABLE payments RENAME COLUMN amount TO total"))
          .singleElement()
          .satisfies(l -> assertThat(l.movedTo()).isEqualTo(db.table("payments.total")));
      assertThat(
              db.after(
                  Mode.UP,
                  "CREATE TABLE payment_times (payment_id INT PRIMARY KEY, at " + db.paidAt() + ")",
                  "INSERT INTO payment_times SELECT id, paid_at FROM payments",
                  "ALTER TABLE payments DROP COLUMN qty"))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.target()).isEqualTo(db.table("payments.qty"));
                assertThat(l.moved()).isFalse();
              });

      db.users();
      assertThat(db.after(Mode.UP, "ALTER TABLE users DROP COLUMN created_at"))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.kind()).isEqualTo(Kind.COLUMN_DROPPED);
                assertThat(l.target()).isEqualTo(db.table("users.created_at"));
                assertThat(l.count()).isEqualTo(3);
                assertThat(l.total()).isEqualTo(3);
                assertThat(l.moved()).isFalse();
              });

      db.sql(
          "ALTER TABLE users ADD COLUMN created_at " + db.dateTime(),
          "UPDATE users SET created_at = CURRENT_TIMESTAMP");
      assertThat(
              db.after(
                  Mode.UP,
                  "ALTER TABLE users ADD COLUMN signed_up_at " + db.dateTime(),
                  "UPDATE users SET signed_up_at = created_at",
                  "ALTER TABLE users DROP COLUMN created_at"))
          .singleElement()
          .satisfies(l -> assertThat(l.movedTo()).isEqualTo(db.table("users.signed_up_at")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void aRenamedColumnAndAColumnMovedToAnotherTableAreMoved(DiffTargets.On on) throws SQLException {
    try (DiffDatabase db = on.newDatabase()) {
      db.payments();
      assertThat(
              db.after(
                  Mode.UP,
                  "CREATE TABLE payment_notes (payment_id INT PRIMARY KEY, body TEXT)",
                  "INSERT INTO payment_notes SELECT id, note FROM payments WHERE note IS NOT NULL",
                  "ALTER TABLE payments DROP COLUMN note"))
          .singleElement()
          .satisfies(l -> assertThat(l.movedTo()).isEqualTo(db.table("payment_notes.body")));
      assertThat(db.after(Mode.UP, "ALTER TABLE payments RENAME COLUMN amount TO total"))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.kind()).isEqualTo(Kind.COLUMN_DROPPED);
                assertThat(l.movedTo()).isEqualTo(db.table("payments.total"));
              });
      assertThat(
              db.after(
                  Mode.UP,
                  "CREATE TABLE payment_quantities (payment_id INT PRIMARY KEY, qty INT)",
                  "INSERT INTO payment_quantities SELECT id, qty + 1 FROM payments",
                  "ALTER TABLE payments DROP COLUMN qty"))
          .as("values that changed on the way did not move")
          .singleElement()
          .satisfies(l -> assertThat(l.moved()).isFalse());
    }
  }
}
