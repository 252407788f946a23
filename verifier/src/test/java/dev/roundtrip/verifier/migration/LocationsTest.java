package dev.roundtrip.verifier.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.testing.TestDialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationsTest {
  @TempDir Path base;

  @Test
  void defaultIsDbMigrationInTheResourceFolders() throws IOException {
    Path resources = base.resolve("src/main/resources");
    Files.createDirectories(resources.resolve("db/migration"));
    assertThat(Locations.resolve(List.of(), base, List.of(resources)))
        .containsExactly(resources.resolve("db/migration"));
  }

  @Test
  void classpathLocationsAreFoundInAnyResourceFolderAndFilesystemOnesInTheProject()
      throws IOException {
    Path main = base.resolve("src/main/resources");
    Path extra = base.resolve("src/main/sql");
    Files.createDirectories(extra.resolve("db/extra"));
    Files.createDirectories(base.resolve("migrations/pg"));
    List<Path> dirs =
        Locations.resolve(
            List.of("classpath:/db/extra", "filesystem:migrations/pg"), base, List.of(main, extra));
    assertThat(dirs).containsExactly(extra.resolve("db/extra"), base.resolve("migrations/pg"));
  }

  @Test
  void aLocationThatDoesNotExistSaysWhereItLooked() {
    Path resources = base.resolve("src/main/resources");
    assertThatThrownBy(() -> Locations.resolve(List.of("db/nope"), base, List.of(resources)))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("db/nope")
        .hasMessageContaining(resources.toString());
    assertThatThrownBy(() -> Locations.resolve(List.of("filesystem:sql"), base, List.of()))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("filesystem:sql");
  }

  @Test
  void aVendorLocationReadsTheFolderOfEachDialect() throws IOException {
    Path resources = base.resolve("src/main/resources");
    Files.createDirectories(resources.resolve("db/migration/postgresql"));
    Files.createDirectories(resources.resolve("db/migration/mariadb"));
    Files.createDirectories(resources.resolve("db/common"));
    List<Path> dirs =
        Locations.resolve(
            List.of("db/migration/{vendor}", "db/common"),
            base,
            List.of(resources),
            List.of(TestDialects.POSTGRESQL, TestDialects.MARIADB));

    assertThat(Locations.forDialect(dirs, TestDialects.MARIADB))
        .containsExactly(resources.resolve("db/migration/mariadb"), resources.resolve("db/common"));
    assertThat(Locations.forDialect(dirs, TestDialects.POSTGRESQL))
        .containsExactly(
            resources.resolve("db/migration/postgresql"), resources.resolve("db/common"));
  }

  @Test
  void aVendorFolderMissingForOneDialectNamesThatDialectsFolder() throws IOException {
    Path resources = base.resolve("src/main/resources");
    Files.createDirectories(resources.resolve("db/migration/postgresql"));
    assertThatThrownBy(
            () ->
                Locations.resolve(
                    List.of("classpath:db/migration/{vendor}"),
                    base,
                    List.of(resources),
                    List.of(TestDialects.POSTGRESQL, TestDialects.MYSQL)))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("classpath:db/migration/{vendor} (classpath:db/migration/mysql)");
  }
}
