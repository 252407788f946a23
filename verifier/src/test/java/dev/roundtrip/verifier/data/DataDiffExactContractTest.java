package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss.Kind;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, the exact comparison finds a column dropped and refilled by a default and
 * values set to NULL, but not a table rewritten with the same values, nor a column put back from a
 * backup column; only how each dialect writes a time and its statements differ.
 */
class DataDiffExactContractTest {

  /**
   * A dialect with its own spelling of the changes.
   *
   * @param paidAt the definition of the {@code paid_at} column that refills it with a default
   * @param refilled samples of the refilled {@code paid_at}, as the dialect writes its values
   * @param rewrite a statement that rewrites {@code payments} without changing a value
   * @param nullableEmail a statement dropping {@code NOT NULL} from {@code users.email}, or null
   *     where the dialect cannot (SQLite cannot change a column)
   * @param afterEmail what puts an added column after {@code users.email}, where the dialect can
   */
  record Target(
      DiffTargets.On on,
      String paidAt,
      List<String> refilled,
      String rewrite,
      String nullableEmail,
      String afterEmail) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        new Target(
            DiffTargets.POSTGRESQL,
            "timestamptz NOT NULL DEFAULT '2026-11-22 10:02:11+00'",
            List.of(
                "id=1: '2024-02-29 11:45:00.123456+00' -> '2026-11-22 10:02:11+00'",
                "id=3: NULL -> '2026-11-22 10:02:11+00'"),
            "VACUUM payments",
            "ALTER TABLE users ALTER COLUMN email DROP NOT NULL",
            ""),
        new Target(
            DiffTargets.MARIADB,
            "DATETIME NOT NULL DEFAULT '2026-11-22 10:02:11'",
            List.of(
                "id=1: '2024-02-29 13:45:00' -> '2026-11-22 10:02:11'",
                "id=3: NULL -> '2026-11-22 10:02:11'"),
            "OPTIMIZE TABLE payments",
            "ALTER TABLE users MODIFY email VARCHAR(100) NULL",
            " AFTER email"),
        new Target(
            DiffTargets.SQLITE,
            "DATETIME NOT NULL DEFAULT '2026-11-22 10:02:11'",
            List.of(
                "id=1: '2024-02-29 13:45:00.123456+02' -> '2026-11-22 10:02:11'",
                "id=3: NULL -> '2026-11-22 10:02:11'"),
            "VACUUM",
            null,
            ""));
  }

  static Stream<Target> nullableDialects() {
    return dialects().filter(t -> t.nullableEmail() != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void exactModeFindsAColumnRefilledByADefaultAndValuesNulled(Target target) throws SQLException {
    try (DiffDatabase db = target.on().newDatabase()) {
      db.payments();
      List<DataLoss> losses =
          db.after(
              Mode.EXACT,
              "ALTER TABLE payments DROP COLUMN paid_at",
              "ALTER TABLE payments ADD COLUMN paid_at " + target.paidAt(),
              "UPDATE payments SET note = NULL WHERE id = 1");
      assertThat(losses)
          .extracting(DataLoss::kind, DataLoss::target, DataLoss::count)
          .containsExactlyInAnyOrder(
              tuple(Kind.VALUES_CHANGED, db.table("payments.paid_at"), 3L),
              tuple(Kind.VALUES_NULLED, db.table("payments.note"), 1L));
      assertThat(losses)
          .filteredOn(l -> l.kind() == Kind.VALUES_CHANGED)
          .singleElement()
          .satisfies(l -> assertThat(l.samples()).containsAll(target.refilled()));
      assertThat(db.after(Mode.EXACT, "UPDATE payments SET note = note", target.rewrite()))
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullableDialects")
  void exactModeFindsAUsersColumnRefilledAndEmailsNulledButNotOnesPutBackFromABackup(Target target)
      throws SQLException {
    try (DiffDatabase db = target.on().newDatabase()) {
      db.users();
      List<DataLoss> losses =
          db.after(
              Mode.EXACT,
              "ALTER TABLE users DROP COLUMN created_at",
              "ALTER TABLE users ADD COLUMN created_at "
                  + db.dateTime()
                  + " NOT NULL DEFAULT '2026-11-22 10:02:11'",
              target.nullableEmail(),
              "UPDATE users SET email = NULL WHERE id = 2");
      assertThat(losses)
          .extracting(DataLoss::kind, DataLoss::target, DataLoss::count)
          .containsExactlyInAnyOrder(
              tuple(Kind.VALUES_CHANGED, db.table("users.created_at"), 3L),
              tuple(Kind.VALUES_NULLED, db.table("users.email"), 1L));
      assertThat(losses)
          .filteredOn(l -> l.kind() == Kind.VALUES_CHANGED)
          .singleElement()
          .satisfies(
              l ->
                  assertThat(l.samples())
                      .contains("id=1: '2024-02-29 13:45:00' -> '2026-11-22 10:02:11'"));

      assertThat(
              db.after(
                  Mode.EXACT,
                  "ALTER TABLE users ADD COLUMN backup " + db.dateTime(),
                  "UPDATE users SET backup = created_at",
                  "ALTER TABLE users DROP COLUMN created_at",
                  "ALTER TABLE users ADD COLUMN created_at " + db.dateTime() + target.afterEmail(),
                  "UPDATE users SET created_at = backup",
                  "ALTER TABLE users DROP COLUMN backup"))
          .as("a down that restores the values from a backup column")
          .isEmpty();
    }
  }
}
