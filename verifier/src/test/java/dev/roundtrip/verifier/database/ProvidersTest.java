package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import org.junit.jupiter.api.Test;

/** The choice among the providers registered with ServiceLoader; nothing is started. */
class ProvidersTest {
  private final Providers providers = Providers.discover();
  private final ProgressListener out = ProgressListener.silent();

  @Test
  void embeddedPicksTheServerOfTheDialect() {
    assertThat(providers.choose(Dialect.POSTGRESQL, "embedded", ProviderSettings.none(), out))
        .isInstanceOf(EmbeddedPostgresProvider.class);
    assertThat(providers.choose(Dialect.MARIADB, "embedded", ProviderSettings.none(), out))
        .isInstanceOf(EmbeddedMariaDbProvider.class);
  }

  @Test
  void embeddedIsTheDefaultWhereThereIsOne() {
    assertThat(providers.choose(Dialect.POSTGRESQL, null, ProviderSettings.none(), out))
        .isInstanceOf(EmbeddedPostgresProvider.class);
    assertThat(providers.choose(Dialect.MARIADB, null, ProviderSettings.none(), out))
        .isInstanceOf(EmbeddedMariaDbProvider.class);
  }

  @Test
  void thereIsNoEmbeddedMySql() {
    assertThatThrownBy(
            () -> providers.choose(Dialect.MYSQL, "embedded", ProviderSettings.none(), out))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage("no embedded server for MySQL")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .contains("<provider>server</provider>")
                    .contains("<serverUrl>")
                    .contains("MySQL server")
                    .contains("Testcontainers support comes later"));
  }

  @Test
  void mySqlNeedsAServerUrl() {
    assertThatThrownBy(() -> providers.choose(Dialect.MYSQL, null, ProviderSettings.none(), out))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage("no database provider can serve MySQL");
    ProviderSettings url = new ProviderSettings("jdbc:mysql://127.0.0.1:3306/", null, null);
    assertThat(providers.choose(Dialect.MYSQL, null, url, out)).isInstanceOf(ServerProvider.class);
    assertThat(providers.choose(Dialect.MYSQL, "server", url, out))
        .isInstanceOf(ServerProvider.class);
  }

  @Test
  void anUnknownProviderListsEachIdOnce() {
    assertThatThrownBy(
            () -> providers.choose(Dialect.MARIADB, "docker", ProviderSettings.none(), out))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage("unknown database provider 'docker'")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .isEqualTo("Set <provider> to one of: embedded, server."));
  }
}
