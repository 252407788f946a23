package dev.roundtrip.verifier.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  private static final String FILE = "U3__add_index.sql";

  private static Placeholders defaults(Map<String, String> values) {
    return new Placeholders(values, Placeholders.DEFAULT_PREFIX, Placeholders.DEFAULT_SUFFIX, true);
  }

  @Test
  void replacesKnownPlaceholders() {
    Placeholders placeholders = defaults(Map.of("schema", "app", "owner", "alice"));

    assertThat(placeholders.replace("ALTER TABLE ${schema}.t OWNER TO ${owner};", FILE))
        .isEqualTo("ALTER TABLE app.t OWNER TO alice;");
  }

  @Test
  void matchesNamesWithoutRegardToCaseAsFlywayDoes() {
    Placeholders placeholders = defaults(Map.of("Schema", "app"));

    assertThat(placeholders.replace("${schema} ${SCHEMA} ${sChEmA}", FILE))
        .isEqualTo("app app app");
  }

  @Test
  void rejectsNamesThatDifferOnlyInCase() {
    assertThatThrownBy(() -> defaults(Map.of("schema", "a", "SCHEMA", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ only in case");
  }

  @Test
  void unknownPlaceholderFailsWithFileLineAndName() {
    Placeholders placeholders = defaults(Map.of("owner", "alice"));
    String script = "-- undo V3\n\nDROP INDEX ${schema}.idx_a;\n";

    assertThatThrownBy(() -> placeholders.replace(script, FILE))
        .isInstanceOf(UnresolvedPlaceholderException.class)
        .hasMessage(
            "U3__add_index.sql:3: no value for placeholder ${schema}; define it in <placeholders>"
                + " (as for Flyway)")
        .satisfies(
            e -> {
              UnresolvedPlaceholderException unresolved = (UnresolvedPlaceholderException) e;
              assertThat(unresolved.placeholder()).isEqualTo("schema");
              assertThat(unresolved.fileName()).isEqualTo(FILE);
              assertThat(unresolved.line()).isEqualTo(3);
            });
  }

  @Test
  void missingBuiltInPlaceholderSaysWhichFlywayFills() {
    assertThatThrownBy(() -> defaults(Map.of()).replace("SELECT '${flyway:user}';", FILE))
        .isInstanceOf(UnresolvedPlaceholderException.class)
        .hasMessageStartingWith(
            "U3__add_index.sql:1: no value for built-in placeholder ${flyway:user}; Flyway itself"
                + " fills only flyway:defaultSchema");
  }

  @Test
  void replacesInsideCommentsAndStringLiteralsToo() {
    Placeholders placeholders = defaults(Map.of("who", "ops"));

    assertThat(
            placeholders.replace("-- by ${who}\nSELECT '${who}', $$${who}$$; /* ${who} */", FILE))
        .isEqualTo("-- by ops\nSELECT 'ops', $$ops$$; /* ops */");
  }

  @Test
  void placeholderInACommentMustBeDefinedToo() {
    assertThatThrownBy(() -> defaults(Map.of()).replace("-- uses ${later}\nSELECT 1;", FILE))
        .isInstanceOf(UnresolvedPlaceholderException.class)
        .hasMessageContaining("${later}");
  }

  @Test
  void disabledReplacementLeavesScriptUntouched() {
    Placeholders placeholders = new Placeholders(Map.of("schema", "app"), "${", "}", false);
    String script = "SELECT '${schema}', '${undefined}', '${unclosed";

    assertThat(placeholders.replace(script, FILE)).isSameAs(script);
  }

  @Test
  void customPrefixAndSuffix() {
    Placeholders placeholders = new Placeholders(Map.of("schema", "app"), "#[", "]", true);

    assertThat(placeholders.replace("SELECT * FROM #[schema].t WHERE a = '${schema}';", FILE))
        .isEqualTo("SELECT * FROM app.t WHERE a = '${schema}';");
  }

  @Test
  void emptyPrefixOrSuffixIsRefusedAsInFlyway() {
    assertThatThrownBy(() -> new Placeholders(Map.of(), "", "}", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholderPrefix");
    assertThatThrownBy(() -> new Placeholders(Map.of(), "${", "", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholderSuffix");
  }

  @Test
  void filenameIsSetPerFile() {
    Placeholders placeholders = defaults(Map.of());
    String script = "COMMENT ON TABLE t IS 'created by ${flyway:filename}';";

    assertThat(placeholders.replace(script, "V1__init.sql"))
        .isEqualTo("COMMENT ON TABLE t IS 'created by V1__init.sql';");
    assertThat(placeholders.replace(script, "U1__init.sql"))
        .isEqualTo("COMMENT ON TABLE t IS 'created by U1__init.sql';");
  }

  @Test
  void builtInValuesComeFromTheMap() {
    Placeholders placeholders =
        defaults(Map.of(Placeholders.DEFAULT_SCHEMA, "app", Placeholders.USER, "migrator"));

    assertThat(
            placeholders.replace(
                "GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${flyway:user};", FILE))
        .isEqualTo("GRANT USAGE ON SCHEMA app TO migrator;");
  }

  @Test
  void emptyOrNullValueRemovesThePlaceholder() {
    Map<String, String> values = new HashMap<>();
    values.put("suffix", "");
    values.put("nothing", null);

    assertThat(defaults(values).replace("CREATE TABLE t${suffix}${nothing} (id int);", FILE))
        .isEqualTo("CREATE TABLE t (id int);");
  }

  @Test
  void valuesAreNotScannedAgain() {
    assertThat(defaults(Map.of("a", "${b}")).replace("SELECT '${a}';", FILE))
        .isEqualTo("SELECT '${b}';");
  }

  @Test
  void nameIsEverythingUpToTheSuffix() {
    assertThatThrownBy(() -> defaults(Map.of("schema", "app")).replace("${ schema }", FILE))
        .isInstanceOf(UnresolvedPlaceholderException.class)
        .extracting(e -> ((UnresolvedPlaceholderException) e).placeholder())
        .isEqualTo(" schema ");
  }

  @Test
  void scanResumesAfterAPartialPrefixLikeFlyway() {
    Placeholders placeholders = defaults(Map.of("x", "X"));

    assertThat(placeholders.replace("$${x}", FILE)).isEqualTo("$${x}");
    assertThat(placeholders.replace("$$${x}", FILE)).isEqualTo("$$X");
    assertThat(placeholders.replace("price: $5, ${x}$", FILE)).isEqualTo("price: $5, X$");
  }

  @Test
  void unclosedPlaceholderFails() {
    assertThatThrownBy(() -> defaults(Map.of()).replace("SELECT 1;\nSELECT '${oops';\n", FILE))
        .isInstanceOf(UnresolvedPlaceholderException.class)
        .hasMessageStartingWith(
            "U3__add_index.sql:2: placeholder ${oops'; is never closed by }; close it, or if ${ is"
                + " meant literally");
  }

  @Test
  void reservedNames() {
    assertThat(Placeholders.isReserved("flyway:user")).isTrue();
    assertThat(Placeholders.isReserved("Flyway:Custom")).isTrue();
    assertThat(Placeholders.isReserved("flywayish")).isFalse();
    assertThat(Placeholders.isReserved("schema")).isFalse();
  }
}
