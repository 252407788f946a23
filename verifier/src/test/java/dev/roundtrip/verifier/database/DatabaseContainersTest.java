package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.testing.TestDialects;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * How each dialect's container is configured, read off the Testcontainers objects before anything
 * starts (no Docker needed): MySQL has no container test here (no MySQL image can be had), so its
 * path is checked this way.
 */
class DatabaseContainersTest {

  @Test
  void mySqlRunsAsRootWithoutDurabilityFromTheOfficialImage() {
    DockerImageName image =
        TestcontainersProvider.imageName(TestDialects.MYSQL, ProviderSettings.none());
    JdbcDatabaseContainer<?> c = DatabaseContainers.container(TestDialects.MYSQL, image, "s3cret");

    assertThat(c).isInstanceOf(MySQLContainer.class);
    assertThat(image.asCanonicalNameString()).isEqualTo("mysql:8.4");
    assertThat(c.getUsername()).isEqualTo("root");
    assertThat(c.getPassword()).isEqualTo("s3cret");
    assertThat(c.getCommandParts())
        .containsExactly(
            "--skip-log-bin", "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=OFF");
  }

  @Test
  void aMirroredImageStandsInForTheOfficialOne() {
    ProviderSettings mirror =
        ProviderSettings.none()
            .withImages(Map.of(TestDialects.MYSQL, "registry.example.com/mirror/mysql:8.4.3"));
    DockerImageName image = TestcontainersProvider.imageName(TestDialects.MYSQL, mirror);

    assertThat(image.asCanonicalNameString()).isEqualTo("registry.example.com/mirror/mysql:8.4.3");
    assertThat(image.isCompatibleWith(DockerImageName.parse("mysql"))).isTrue();
    assertThat(DatabaseContainers.container(TestDialects.MYSQL, image, "pw"))
        .as("Testcontainers accepts it for MySQL")
        .isInstanceOf(MySQLContainer.class);
  }

  @Test
  void postgresAndMariaDbRunWithoutDurability() {
    JdbcDatabaseContainer<?> pg =
        DatabaseContainers.container(
            TestDialects.POSTGRESQL,
            TestcontainersProvider.imageName(TestDialects.POSTGRESQL, ProviderSettings.none()),
            "pw");
    JdbcDatabaseContainer<?> maria =
        DatabaseContainers.container(
            TestDialects.MARIADB,
            TestcontainersProvider.imageName(TestDialects.MARIADB, ProviderSettings.none()),
            "pw");

    assertThat(pg.getUsername()).isEqualTo("postgres");
    assertThat(pg.getCommandParts())
        .containsExactly(
            "postgres",
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off");
    assertThat(maria.getUsername()).isEqualTo("root");
    assertThat(maria.getCommandParts())
        .containsExactly(
            "--skip-log-bin", "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0");
  }
}
