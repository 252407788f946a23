package dev.roundtrip.verifier.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import dev.roundtrip.verifier.schema.SchemaTarget.Outcome;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, a missing and an unexpected table, a missing and an unexpected column, and a
 * column whose precision, length, type, nullability, default, generation or collation changed are
 * found, named and explained as the one difference they are. Each dialect has its own schema,
 * changes it in its own SQL (SQLite, whose {@code ALTER TABLE} cannot change a column, by
 * rebuilding the table) and words definitions its own way; the Target carries them.
 */
class TableAndColumnContractTest {

  /**
   * A dialect with its schema and its changes.
   *
   * @param setup the schema the changes are made to
   * @param lengths changes of a text column's length and a number column's type
   * @param lengthChanges the differences {@code lengths} makes, in order
   * @param collation a text column's collation changes, or null
   */
  record Target(
      SchemaTarget on,
      String setup,
      SchemaCase missingTable,
      SchemaCase unexpectedTable,
      SchemaCase missingColumn,
      SchemaCase unexpectedColumn,
      SchemaCase precision,
      String lengths,
      List<Pattern> lengthChanges,
      SchemaCase nullability,
      SchemaCase defaultChange,
      SchemaCase generated,
      SchemaCase collation) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        TableAndColumnTargets.postgresql(),
        TableAndColumnTargets.mariadb(),
        SqliteTableAndColumnTarget.target());
  }

  /**
   * The dialects with a collation scenario. SQLite is left out: there an index on the column takes
   * the column's collation, so the index changes too and the change is two differences.
   */
  static Stream<Target> collationDialects() {
    return dialects().filter(t -> t.collation() != null);
  }

  private static void check(Target target, SchemaCase c, ObjectKind kind, Change change)
      throws SQLException {
    c.check(target.on(), target.setup(), kind, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void missingTableIsOneDifferenceNamingItsColumns(Target target) throws SQLException {
    check(target, target.missingTable(), ObjectKind.TABLE, Change.MISSING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void unexpectedTableIsOneDifference(Target target) throws SQLException {
    check(target, target.unexpectedTable(), ObjectKind.TABLE, Change.UNEXPECTED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void missingColumnNamesWhatItWas(Target target) throws SQLException {
    check(target, target.missingColumn(), ObjectKind.COLUMN, Change.MISSING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void unexpectedColumn(Target target) throws SQLException {
    check(target, target.unexpectedColumn(), ObjectKind.COLUMN, Change.UNEXPECTED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void precisionChange(Target target) throws SQLException {
    check(target, target.precision(), ObjectKind.COLUMN, Change.CHANGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void lengthAndTypeChanges(Target target) throws SQLException {
    Outcome outcome = target.on().diffAfter(target.setup(), target.lengths());

    assertThat(outcome.diff().differences())
        .allSatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(ObjectKind.COLUMN);
              assertThat(d.change()).isEqualTo(Change.CHANGED);
            })
        .extracting(outcome::sentence)
        .hasSameSizeAs(target.lengthChanges())
        .satisfies(
            sentences -> {
              for (int i = 0; i < sentences.size(); i++) {
                assertThat(sentences.get(i)).matches(target.lengthChanges().get(i));
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void nullabilityChange(Target target) throws SQLException {
    check(target, target.nullability(), ObjectKind.COLUMN, Change.CHANGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void defaultChange(Target target) throws SQLException {
    check(target, target.defaultChange(), ObjectKind.COLUMN, Change.CHANGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void generatedColumnExpressionChange(Target target) throws SQLException {
    check(target, target.generated(), ObjectKind.COLUMN, Change.CHANGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collationDialects")
  void collationChange(Target target) throws SQLException {
    check(target, target.collation(), ObjectKind.COLUMN, Change.CHANGED);
  }
}
