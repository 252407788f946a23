package dev.roundtrip.verifier.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import dev.roundtrip.verifier.schema.SchemaTarget.Outcome;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * A change to a schema and the one difference it makes, for the schema diff contracts. Texts are
 * patterns: {@link #is} for the exact text, {@link #like} where the text names what the server
 * chose (a default collation) or where only part of it is promised; on the MySQL family the
 * database is written {@code db}.
 *
 * @param setup the schema the change is made to, or null for the Target's
 * @param sql the change
 * @param name the difference's name
 * @param expected its expected definition, or null where there was none
 * @param actual its actual definition, or null where there is none
 * @param description its description
 */
record SchemaCase(
    String setup, String sql, String name, Pattern expected, Pattern actual, Pattern description) {

  /** The exact text. */
  static Pattern is(String text) {
    return Pattern.compile(Pattern.quote(text), Pattern.DOTALL);
  }

  /** Text that matches {@code regex}. */
  static Pattern like(String regex) {
    return Pattern.compile(regex, Pattern.DOTALL);
  }

  /**
   * Builds the setup ({@code setup}, else {@code defaultSetup}) on {@code on}, makes the change and
   * checks the one difference: its kind, change, name, definitions and description.
   */
  void check(SchemaTarget on, String defaultSetup, ObjectKind kind, Change change)
      throws SQLException {
    Outcome outcome = on.diffAfter(setup == null ? defaultSetup : setup, sql);
    SchemaDifference d = outcome.single();

    assertThat(d.kind()).isEqualTo(kind);
    assertThat(d.change()).isEqualTo(change);
    assertThat(outcome.name()).isEqualTo(name);
    matches(outcome.written(d.expected()), expected);
    matches(outcome.written(d.actual()), actual);
    assertThat(outcome.sentence()).matches(description);
  }

  private static void matches(String text, Pattern pattern) {
    if (pattern == null) {
      assertThat(text).isNull();
    } else {
      assertThat(text).matches(pattern);
    }
  }
}
