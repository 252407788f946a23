package dev.roundtrip.verifier.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
