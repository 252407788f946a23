package dev.roundtrip.verifier.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlywayMigrationSourceTest {
  @TempDir Path dir;

  private void file(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "select 1;");
  }

  @Test
  void pairsEachMigrationWithItsUndoScriptInVersionOrder() throws IOException {
    file("V10__ten.sql");
    file("U10__ten.sql");
    file("V2__add_column.sql");
    file("nested/V1_1__create_table.sql");
    file("nested/U1_1__create_table.sql");
    file("R__view.sql");
    file("README.md");

    List<Migration> ms = new FlywayMigrationSource(List.of(dir)).migrations();

    assertThat(ms).extracting(m -> m.version().toString()).containsExactly("1.1", "2", "10");
    assertThat(ms.get(0).description()).isEqualTo("create table");
    assertThat(ms.get(0).downScript()).isEqualTo(dir.resolve("nested/U1_1__create_table.sql"));
    assertThat(ms.get(1).down()).isEmpty();
    assertThat(ms.get(2).downScript().getFileName()).hasToString("U10__ten.sql");
    assertThat(ms.get(2).label()).isEqualTo("V10");
  }

  @Test
  void duplicateVersionsAreAnInputError() throws IOException {
    file("V1__a.sql");
    file("other/V1.0__b.sql");
    assertThatThrownBy(() -> new FlywayMigrationSource(List.of(dir)).migrations())
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("two migrations share version 1")
        .hasMessageContaining("V1__a.sql")
        .hasMessageContaining("V1.0__b.sql");
  }

  @Test
  void undoScriptWithoutMigrationIsAnInputError() throws IOException {
    file("V1__a.sql");
    file("U2__b.sql");
    assertThatThrownBy(() -> new FlywayMigrationSource(List.of(dir)).migrations())
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("U2__b.sql has no migration V2");
  }

  @Test
  void missingFolderIsAnInputErrorNamingIt() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> new FlywayMigrationSource(List.of(missing)).migrations())
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining(missing.toString())
        .satisfies(e -> assertThat(((MigrationInputException) e).fix()).contains("<locations>"));
  }

  @Test
  void namesFlywayRunsWithoutADescriptionOrWithAnUpperCaseSuffixAreMigrations() throws IOException {
    file("V1.sql");
    file("V2__.sql");
    file("V3__three.SQL");
    file("U3__three.SQL");
    file("V4___four.sql");

    List<Migration> ms = new FlywayMigrationSource(List.of(dir)).migrations();

    assertThat(ms).extracting(m -> m.version().toString()).containsExactly("1", "2", "3", "4");
    assertThat(ms).extracting(Migration::description).containsExactly("", "", "three", " four");
    assertThat(ms.get(2).downScript()).isEqualTo(dir.resolve("U3__three.SQL"));
  }

  @Test
  void filesThatAreNotMigrationsAtAllAreIgnored() throws IOException {
    file("V1__a.sql");
    file("V1__a.sql.conf");
    file("README.md");
    file("R__view.sql");
    file("R__.sql");
    file("afterMigrate.sql");
    file("beforeEachMigrate__log.sql");
    file("users.sql");
    file("Vendor_data.sql");
    file("v_orders.sql");
    file("V2__b.txt");
    file("notes/V3__draft.sql.bak");

    assertThat(new FlywayMigrationSource(List.of(dir)).migrations())
        .extracting(Migration::label)
        .containsExactly("V1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "V2_x.sql   | '2_x' is not a version; two underscores separate the version from the"
            + " description | V2__x.sql",
        "V_2__x.sql | '_2' is not a version                         | V2__x.sql",
        "v2__x.sql  | the prefix must be an upper-case V, not 'v'   | V2__x.sql",
        "U2_x.sql   | '2_x' is not a version; two underscores separate the version from the"
            + " description | U2__x.sql",
        "u2__x.sql  | the prefix must be an upper-case U, not 'u'   | U2__x.sql",
        "r__view.sql| the prefix must be an upper-case R, not 'r'   | R__view.sql",
        "R2__view.sql | a repeatable migration has no version, but this one has '2' | R__view.sql",
        "V2a__x.sql | '2a' is not a version                         | ",
        "V2-1__x.sql| '2-1' is not a version                        | ",
        "V__x.sql   | it has no version                             | ",
        "V1.2.__x.sql | '1.2.' is not a version                     | ",
      })
  void aNameThatLooksLikeAMigrationButIsNotOneIsAnInputError(
      String name, String why, String suggestion) throws IOException {
    file("V1__a.sql");
    file("nested/" + name);

    assertThatThrownBy(() -> new FlywayMigrationSource(List.of(dir)).migrations())
        .isInstanceOf(MigrationInputException.class)
        .hasMessage(
            dir.resolve("nested/" + name)
                + ": not a Flyway migration name ("
                + why
                + "), so Flyway skips the file and it is never checked")
        .satisfies(
            e -> {
              String fix = ((MigrationInputException) e).fix();
              assertThat(fix)
                  .startsWith(
                      "Rename it V<version>__<description>.sql (migration),"
                          + " U<version>__<description>.sql (undo) or R__<description>.sql"
                          + " (repeatable)")
                  .endsWith("Move files that are not migrations out of the migration folders.");
              if (suggestion == null) {
                assertThat(fix).doesNotContain("here probably");
              } else {
                assertThat(fix).contains("; here probably " + suggestion + ". ");
              }
            });
  }

  @Test
  void anAmbiguousSingleUnderscoreGetsNoGuess() throws IOException {
    file("V2_1_x.sql");
    assertThatThrownBy(() -> new FlywayMigrationSource(List.of(dir)).migrations())
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("V2_1_x.sql: not a Flyway migration name ('2_1_x' is not a version")
        .satisfies(
            e -> assertThat(((MigrationInputException) e).fix()).doesNotContain("here probably"));
  }
}
