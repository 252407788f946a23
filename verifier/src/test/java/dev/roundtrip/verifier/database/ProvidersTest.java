package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.mysql.EmbeddedMariaDbProvider;
import dev.roundtrip.verifier.dialect.postgresql.EmbeddedPostgresProvider;
import dev.roundtrip.verifier.dialect.sqlite.SqliteProvider;
import dev.roundtrip.verifier.testing.TestDialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The choice among the providers, with the Docker check answered by a stand-in: nothing is started
 * and no Docker engine is asked.
 */
class ProvidersTest {
  private static final DockerCheck NO_ENGINE =
      (image, step) ->
          DockerCheck.Result.unusable(
              "no Docker engine answers (Testcontainers looked at DOCKER_HOST,"
                  + " ~/.testcontainers.properties and the default socket)");
  private static final DockerCheck ENGINE =
      (image, step) ->
          DockerCheck.Result.usable(
              "Docker 27.1.1 at unix:///var/run/docker.sock, image " + image + " present");

  private final List<String> lines = new ArrayList<>();
  private final ProgressListener out =
      new ProgressListener() {
        @Override
        public void info(String line) {
          lines.add(line);
        }

        @Override
        public void warn(String line) {
          lines.add("WARN " + line);
        }

        @Override
        public void debug(String line) {}
      };

  private static Providers providers(DockerCheck docker) {
    return new Providers(
        List.of(
            new EmbeddedPostgresProvider(),
            new EmbeddedMariaDbProvider(),
            new SqliteProvider(),
            new ServerProvider(),
            new TestcontainersProvider(docker)));
  }

  @Test
  void serviceLoaderFindsEveryProvider() {
    assertThatThrownBy(
            () ->
                Providers.discover()
                    .choose(TestDialects.MARIADB, "docker", ProviderSettings.none(), out))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage("unknown database provider 'docker'")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .isEqualTo("Set <provider> to one of: embedded, server, testcontainers."));
  }

  @Test
  void testcontainersIsTheDefaultWhereDockerCanRunTheImage() {
    Providers providers = providers(ENGINE);
    for (Dialect dialect :
        List.of(TestDialects.POSTGRESQL, TestDialects.MYSQL, TestDialects.MARIADB)) {
      assertThat(providers.choose(dialect, null, ProviderSettings.none(), out))
          .isInstanceOf(TestcontainersProvider.class);
    }
    assertThat(lines)
        .containsExactly(
            "[postgresql] database provider: testcontainers (Docker 27.1.1 at"
                + " unix:///var/run/docker.sock, image postgres:17 present)",
            "[mysql] database provider: testcontainers (Docker 27.1.1 at"
                + " unix:///var/run/docker.sock, image mysql:8.4 present)",
            "[mariadb] database provider: testcontainers (Docker 27.1.1 at"
                + " unix:///var/run/docker.sock, image mariadb:11.4 present)");
  }

  @Test
  void aDialectNoContainerServesIsEmbeddedEvenWhereDockerAnswers() {
    Dialect sqlite = Dialect.fromId("sqlite");
    assertThat(providers(ENGINE).choose(sqlite, null, ProviderSettings.none(), out))
        .isInstanceOf(SqliteProvider.class);
    assertThat(lines).containsExactly("[sqlite] database provider: embedded (default)");
  }

  @Test
  void theConfiguredImageIsTheOneChecked() {
    ProviderSettings mirror =
        ProviderSettings.none()
            .withImages(Map.of(TestDialects.POSTGRESQL, "registry.example.com/mirror/postgres:17"));
    providers(ENGINE).choose(TestDialects.POSTGRESQL, null, mirror, out);
    assertThat(lines)
        .containsExactly(
            "[postgresql] database provider: testcontainers (Docker 27.1.1 at"
                + " unix:///var/run/docker.sock, image registry.example.com/mirror/postgres:17"
                + " present)");
  }

  @Test
  void withoutDockerEmbeddedIsTheDefaultWhereThereIsOneAndTheLineSaysWhy() {
    Providers providers = providers(NO_ENGINE);
    assertThat(providers.choose(TestDialects.POSTGRESQL, null, ProviderSettings.none(), out))
        .isInstanceOf(EmbeddedPostgresProvider.class);
    assertThat(providers.choose(TestDialects.MARIADB, null, ProviderSettings.none(), out))
        .isInstanceOf(EmbeddedMariaDbProvider.class);
    assertThat(lines)
        .containsExactly(
            "[postgresql] database provider: embedded (testcontainers unavailable: no Docker"
                + " engine answers (Testcontainers looked at DOCKER_HOST,"
                + " ~/.testcontainers.properties and the default socket))",
            "[mariadb] database provider: embedded (testcontainers unavailable: no Docker engine"
                + " answers (Testcontainers looked at DOCKER_HOST, ~/.testcontainers.properties"
                + " and the default socket))");
  }

  @Test
  void withoutDockerMySqlTakesTheServerUrl() {
    ProviderSettings url = new ProviderSettings("jdbc:mysql://127.0.0.1:3306/", null, null);
    assertThat(providers(NO_ENGINE).choose(TestDialects.MYSQL, null, url, out))
        .isInstanceOf(ServerProvider.class);
    assertThat(lines)
        .containsExactly(
            "[mysql] database provider: server (a server URL is set; testcontainers unavailable:"
                + " no Docker engine answers (Testcontainers looked at DOCKER_HOST,"
                + " ~/.testcontainers.properties and the default socket))");
  }

  @Test
  void dockerWinsOverAServerUrl() {
    ProviderSettings url = new ProviderSettings("jdbc:mysql://127.0.0.1:3306/", null, null);
    assertThat(providers(ENGINE).choose(TestDialects.MYSQL, null, url, out))
        .isInstanceOf(TestcontainersProvider.class);
  }

  @Test
  void withoutDockerNorServerUrlMySqlFailsNamingTheThreeWaysToFixIt() {
    assertThatThrownBy(
            () ->
                providers(NO_ENGINE).choose(TestDialects.MYSQL, null, ProviderSettings.none(), out))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage(
            "no database provider can serve MySQL (testcontainers unavailable: no Docker engine"
                + " answers (Testcontainers looked at DOCKER_HOST, ~/.testcontainers.properties"
                + " and the default socket); server unavailable: no server URL is set)")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .isEqualTo(
                        "Either (1) run a Docker engine that Testcontainers finds (DOCKER_HOST,"
                            + " ~/.testcontainers.properties) and that has or can pull mysql:8.4,"
                            + " or set <mysqlImage> to an image it has; (2) set <serverUrl> (or"
                            + " ROUNDTRIP_SERVER_URL) to the admin JDBC URL of an existing MySQL"
                            + " server; or (3) verify on postgresql, mariadb or sqlite, which have"
                            + " an embedded server, instead of mysql."));
    assertThat(lines).isEmpty();
  }

  @Test
  void theConfiguredProviderWinsWithoutAskingDocker() {
    DockerCheck never =
        (image, step) -> {
          throw new AssertionError("Docker asked although a provider is configured");
        };
    Providers providers = providers(never);
    assertThat(providers.choose(TestDialects.POSTGRESQL, "embedded", ProviderSettings.none(), out))
        .isInstanceOf(EmbeddedPostgresProvider.class);
    assertThat(providers.choose(TestDialects.MARIADB, "embedded", ProviderSettings.none(), out))
        .isInstanceOf(EmbeddedMariaDbProvider.class);
    assertThat(providers.choose(TestDialects.MYSQL, "testcontainers", ProviderSettings.none(), out))
        .isInstanceOf(TestcontainersProvider.class);
    assertThat(lines)
        .containsExactly(
            "[postgresql] database provider: embedded (configured)",
            "[mariadb] database provider: embedded (configured)",
            "[mysql] database provider: testcontainers (configured)");
  }

  @Test
  void thereIsNoEmbeddedMySql() {
    assertThatThrownBy(
            () ->
                providers(ENGINE)
                    .choose(TestDialects.MYSQL, "embedded", ProviderSettings.none(), out))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage("no embedded server for MySQL")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .isEqualTo(
                        "Set <provider>testcontainers</provider> to run MySQL in a container, or"
                            + " <provider>server</provider> and <serverUrl> to use an existing"
                            + " MySQL server."));
  }

  @Test
  void anInvalidImageNameIsAnErrorNamingTheElement() {
    ProviderSettings bad =
        ProviderSettings.none().withImages(Map.of(TestDialects.MARIADB, "Mirror/MariaDB:11.4"));
    assertThatThrownBy(() -> providers(ENGINE).choose(TestDialects.MARIADB, null, bad, out))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage("<mariadbImage>: 'Mirror/MariaDB:11.4' is not a valid image name")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .isEqualTo(
                        "Name an image as Docker does, e.g."
                            + " registry.example.com/mirror/mariadb:11.4."));
  }
}
