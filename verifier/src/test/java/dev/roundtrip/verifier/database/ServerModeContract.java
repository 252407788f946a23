package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
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

  /** Runs statements on the test's server as its admin. */
  abstract void admin(String... sql) throws SQLException;

  @Test
  void startingDropsOnlyTheDatabasesOfKilledRunsOfThisUserOnThisMachine() throws Exception {
    Process gone = new ProcessBuilder("sleep", "30").start();
    RunOwner dead = RunOwner.running(gone.toHandle()).orElseThrow();
    gone.destroyForcibly().waitFor();
    LocalDateTime old = LocalDateTime.now().minusMinutes(5);
    String killed = OwnedNames.name(old, RunOwner.tag(), dead, "k1");
    String killedShadowOnly = OwnedNames.name(old, RunOwner.tag(), dead, "k2") + "_shadow";
    String young = OwnedNames.name(LocalDateTime.now(), RunOwner.tag(), dead, "y1");
    String alive = OwnedNames.name(old, RunOwner.tag(), RunOwner.self(), "a1");
    String otherMachine = OwnedNames.name(old, "0badc0de", dead, "o1");
    String unmarked = "roundtrip_20200101000000_unmarked";
    List<String> all = List.of(killed, killedShadowOnly, young, alive, otherMachine, unmarked);
    for (String name : all) {
      admin("CREATE DATABASE " + name);
    }
    try (DatabaseServer server = start()) {
      assertThat(databases())
          .doesNotContain(killed, killedShadowOnly)
          .contains(young, alive, otherMachine, unmarked);
      assertThat(server.notes())
          .singleElement(as(InstanceOfAssertFactories.STRING))
          .contains("dropped 2 database(s) left by runs that were killed")
          .contains(killed);
    } finally {
      for (String name : all) {
        admin("DROP DATABASE IF EXISTS " + name);
      }
    }
  }

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
        .hasMessageContaining(" as user app: ")
        .hasMessageNotContaining("s3cr3t-value")
        .satisfies(e -> assertThat(((ProvisioningException) e).fix()).contains("URL"));
  }
}
