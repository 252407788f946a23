package dev.roundtrip.verifier.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.parser.PlaceholderReplacingReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the same scripts through {@link Placeholders} and through the placeholder reader of the
 * Flyway version we build against: both must give the same text, or both must fail.
 *
 * <p>The reader is Flyway-internal; if an upgrade breaks this test, re-check the rules documented
 * on {@link Placeholders} against the new version.
 */
class PlaceholdersFlywayParityTest {

  private static final String FILE = "V7__parity.sql";
  private static final Map<String, String> VALUES =
      Map.of(
          "Schema",
          "app",
          "empty",
          "",
          "brace",
          "}",
          "again",
          "${schema}",
          Placeholders.USER,
          "migrator",
          Placeholders.FILENAME,
          FILE);

  static Stream<Arguments> scripts() {
    return Stream.of(
        Arguments.of("${", "}", "CREATE TABLE ${schema}.t (id int);"),
        Arguments.of("${", "}", "${SCHEMA} ${schema} ${ScHeMa}"),
        Arguments.of("${", "}", "-- ${schema}\nSELECT '${schema}', $$${schema}$$;"),
        Arguments.of("${", "}", "$${schema} $$${schema} $ $5 $}{ $"),
        Arguments.of("${", "}", "SELECT 1;\nSELECT '${unclosed';"),
        Arguments.of("${", "}", "x${empty}y${brace}z${again}"),
        Arguments.of("${", "}", "${schema}}}"),
        Arguments.of("${", "}", "${flyway:user} ${FLYWAY:USER} ${flyway:filename}"),
        Arguments.of("${", "}", "SELECT ${missing};"),
        Arguments.of("${", "}", "SELECT ${flyway:database};"),
        Arguments.of("${", "}", "${ schema }"),
        Arguments.of("${", "}", "${${schema}}"),
        Arguments.of("${", "}", "${}"),
        Arguments.of("#[", "]", "#[schema] ${schema} ##[schema]"),
        Arguments.of("#[", "]", "#[#[schema]]"),
        Arguments.of("<<", ">>", "<<<schema>> <<schema>>>"),
        Arguments.of("${", "}}", "${schema}} ${schema}x}}"),
        Arguments.of("@", "@", "@schema@ @@ user@example.com"),
        Arguments.of("{{", "}}", "{{{schema}} {{schema}}}"));
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void sameTextOrSameRefusalAsFlyway(String prefix, String suffix, String script) {
    String ours;
    try {
      ours = new Placeholders(VALUES, prefix, suffix, true).replace(script, FILE);
    } catch (UnresolvedPlaceholderException e) {
      ours = null;
    }
    assertThat(ours).isEqualTo(flyway(prefix, suffix, script));
  }

  /** Flyway's replacement, or {@code null} if Flyway refuses the script. */
  private static String flyway(String prefix, String suffix, String script) {
    try (Reader reader =
        new PlaceholderReplacingReader(prefix, suffix, ":", VALUES, new StringReader(script))) {
      StringBuilder out = new StringBuilder();
      for (int c = reader.read(); c != -1; c = reader.read()) {
        out.append((char) c);
      }
      return out.toString();
    } catch (FlywayException e) {
      return null;
    } catch (IOException e) {
      throw new AssertionError("reading a String cannot fail", e);
    }
  }
}
