package dev.roundtrip.verifier.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import dev.roundtrip.verifier.schema.SchemaTarget.Outcome;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, a primary key that changes its columns, a missing and an unexpected index, a
 * foreign key that changes its action and a CHECK that changes its expression are each one
 * difference, of the right kind, named and explained. Each dialect has its own schema, changes it
 * in its own SQL (SQLite, whose {@code ALTER TABLE} cannot change a constraint, by rebuilding the
 * table) and words definitions its own way; the Target carries them.
 */
class ConstraintAndIndexContractTest {

  /**
   * A change to the schema and the one difference it makes.
   *
   * @param sql the change
   * @param name the difference's name ({@code db} for a MySQL-family database)
   * @param description the difference's description, likewise
   */
  record Case(String sql, String name, String description) {}

  /**
   * A dialect with its schema and its changes.
   *
   * @param setup the schema the changes are made to
   * @param primaryKey the primary key of {@code orders} takes another column, or null
   * @param missingIndex an index dropped
   * @param unexpectedIndex an index created
   * @param foreignKey the foreign key of {@code orders} to {@code customers} changes its action, or
   *     null
   * @param foreignKeyBefore that foreign key as it was, or null
   * @param check a CHECK of {@code orders} changes its expression, or null
   */
  record Target(
      SchemaTarget on,
      String setup,
      Case primaryKey,
      Case missingIndex,
      Case unexpectedIndex,
      Case foreignKey,
      String foreignKeyBefore,
      Case check) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        ConstraintAndIndexTargets.postgresql(),
        ConstraintAndIndexTargets.mariadb(),
        ConstraintAndIndexTargets.sqlite());
  }

  private static Stream<Target> having(Function<Target, Case> scenario) {
    return dialects().filter(t -> Objects.nonNull(scenario.apply(t)));
  }

  static Stream<Target> primaryKeyDialects() {
    return having(Target::primaryKey);
  }

  static Stream<Target> foreignKeyDialects() {
    return having(Target::foreignKey);
  }

  static Stream<Target> checkDialects() {
    return having(Target::check);
  }

  private static Outcome after(Target target, Case change) throws SQLException {
    return target.on().diffAfter(target.setup(), change.sql());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("primaryKeyDialects")
  void primaryKeyColumnsChange(Target target) throws SQLException {
    Outcome outcome = after(target, target.primaryKey());

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.PRIMARY_KEY);
    assertThat(outcome.single().change()).isEqualTo(Change.CHANGED);
    assertThat(outcome.name()).isEqualTo(target.primaryKey().name());
    assertThat(outcome.sentence()).isEqualTo(target.primaryKey().description());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void missingIndex(Target target) throws SQLException {
    Outcome outcome = after(target, target.missingIndex());

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.INDEX);
    assertThat(outcome.single().change()).isEqualTo(Change.MISSING);
    assertThat(outcome.name()).isEqualTo(target.missingIndex().name());
    assertThat(outcome.sentence()).isEqualTo(target.missingIndex().description());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void unexpectedIndexIsStillThere(Target target) throws SQLException {
    Outcome outcome = after(target, target.unexpectedIndex());

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.INDEX);
    assertThat(outcome.single().change()).isEqualTo(Change.UNEXPECTED);
    assertThat(outcome.name()).isEqualTo(target.unexpectedIndex().name());
    assertThat(outcome.sentence()).isEqualTo(target.unexpectedIndex().description());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("foreignKeyDialects")
  void foreignKeyActionChange(Target target) throws SQLException {
    Outcome outcome = after(target, target.foreignKey());

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.FOREIGN_KEY);
    assertThat(outcome.single().change()).isEqualTo(Change.CHANGED);
    assertThat(outcome.name()).isEqualTo(target.foreignKey().name());
    assertThat(outcome.single().expected()).isEqualTo(target.foreignKeyBefore());
    assertThat(outcome.sentence()).isEqualTo(target.foreignKey().description());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkDialects")
  void checkExpressionChange(Target target) throws SQLException {
    Outcome outcome = after(target, target.check());

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.CHECK_CONSTRAINT);
    assertThat(outcome.single().change()).isEqualTo(Change.CHANGED);
    assertThat(outcome.name()).isEqualTo(target.check().name());
    assertThat(outcome.sentence()).isEqualTo(target.check().description());
  }
}
