package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss.Kind;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On PostgreSQL and MariaDB, a decimal column narrowed to two decimals loses the value it rounds,
 * and columns widened to bigger types lose nothing; each dialect changes a type in its own
 * statement. SQLite is not among them: it cannot change a column's type, and its types neither
 * round nor truncate.
 */
class DataDiffRetypeContractTest {

  /**
   * A dialect with its statements.
   *
   * @param rounding the statement narrowing {@code payments.amount} to two decimals
   * @param rounded the sample of the one value it rounds
   * @param widenings statements widening columns of {@code payments}
   */
  record Target(DiffTargets.On on, String rounding, String rounded, List<String> widenings) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        new Target(
            DiffTargets.POSTGRESQL,
            "ALTER TABLE payments ALTER COLUMN amount TYPE numeric(12,2)",
            "id=1: '12.345' -> '12.350'",
            List.of(
                "ALTER TABLE payments ALTER COLUMN amount TYPE numeric(14,2)",
                "ALTER TABLE payments ALTER COLUMN qty TYPE bigint",
                "ALTER TABLE payments ALTER COLUMN note TYPE text")),
        new Target(
            DiffTargets.MARIADB,
            "ALTER TABLE payments MODIFY amount DECIMAL(10,2)",
            "id=1: '12.3456' -> '12.3500'",
            List.of(
                "ALTER TABLE payments MODIFY amount DECIMAL(14,2)",
                "ALTER TABLE payments MODIFY qty BIGINT",
                "ALTER TABLE payments MODIFY note VARCHAR(300)",
                "ALTER TABLE payments MODIFY paid_at DATETIME(6)",
                "ALTER TABLE payments MODIFY status ENUM('active', 'legacy', 'closed', 'void')")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void roundingCentsIsLostAndAWideningIsNot(Target target) throws SQLException {
    try (DiffDatabase db = target.on().newDatabase()) {
      db.payments();
      assertThat(db.after(Mode.UP, target.rounding()))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.kind()).isEqualTo(Kind.VALUES_CHANGED);
                assertThat(l.target()).isEqualTo(db.table("payments.amount"));
                assertThat(l.count()).isEqualTo(1);
                assertThat(l.total()).isEqualTo(3);
                assertThat(l.samples()).containsExactly(target.rounded());
              });

      assertThat(db.after(Mode.UP, target.widenings().toArray(String[]::new))).isEmpty();
    }
  }
}
