package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code server} mode promises on every dialect; each dialect's test supplies a server. */
abstract class ServerModeContract {

  abstract Dialect dialect();

  /** Starts server mode against the test's real server. */
  abstract DatabaseServer start();

  /** The names of the databases on the test's server. */
  abstract List<String> databases() throws SQLException;

  /** A URL of the dialect, with a password parameter, to a port where nothing listens. */
  abstract String urlWithPassword(int port, String password);

  @Test
  void closingTheServerDropsDatabasesStillOpenEvenWithConnections() throws SQLException {
    List<String> before = databases();
    String name;
    try (DatabaseServer server = start()) {
      DisposableDatabase a = server.createDatabase();
      DisposableDatabase b = server.createDatabase();
      assertThat(a.name()).isNotEqualTo(b.name());
      name = a.name();
      Connection leaked = a.connect();
      assertThat(leaked.isValid(1)).isTrue();
    }
    assertThat(databases()).doesNotContain(name).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void anUnreachableServerIsAProvisioningErrorWithoutThePassword() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    String url = urlWithPassword(port, "s3cr3t-value");
    String shown = url.substring(0, url.indexOf(":" + port) + 1 + String.valueOf(port).length());
    assertThatThrownBy(
            () ->
                new ServerProvider()
                    .start(dialect(), new ProviderSettings(url, "app", "s3cr3t-value")))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageContaining("cannot connect to " + dialect().displayName() + " at " + shown)
        .hasMessageNotContaining("s3cr3t-value")
        .satisfies(e -> assertThat(((ProvisioningException) e).fix()).contains("URL"));
  }
}
