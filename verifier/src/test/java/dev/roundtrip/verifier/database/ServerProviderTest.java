package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code server} mode against a real PostgreSQL server: the one named by {@value
 * PostgresTestServer#URL_VARIABLE}, or an embedded one standing in for an existing server.
 */
class ServerProviderTest extends ServerModeContract {
  private static EmbeddedPostgres embedded;
  private static String adminUrl;

  @BeforeAll
  static void server() throws IOException {
    String url = System.getenv(PostgresTestServer.URL_VARIABLE);
    if (url == null || url.isBlank()) {
      embedded = EmbeddedPostgres.builder().start();
      url = embedded.getJdbcUrl("postgres", "postgres");
    }
    adminUrl = url;
  }

  @AfterAll
  static void stop() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }

  @Override
  Dialect dialect() {
    return TestDialects.POSTGRESQL;
  }

  @Override
  String urlWithPassword(int port, String password) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?password=" + password;
  }

  @Override
  DatabaseServer start() {
    return new ServerProvider()
        .start(TestDialects.POSTGRESQL, new ProviderSettings(adminUrl, null, null));
  }

  @Override
  void admin(String... sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  @Override
  List<String> databases() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT datname FROM pg_database ORDER BY 1")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  @Test
  void createsItsOwnDatabaseAndDropsOnlyThat() throws SQLException {
    List<String> before = databases();
    try (DatabaseServer server = start()) {
      assertThat(server.describe()).startsWith("PostgreSQL ");
      DisposableDatabase db = server.createDatabase();
      assertThat(db.name()).matches("roundtrip_\\d{14}_[0-9a-f]{8}_[0-9a-z]+_[0-9a-z]+_[0-9a-z]+");
      assertThat(databases()).contains(db.name());
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id int)");
        var rs = s.executeQuery("SELECT current_database()");
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(db.name());
      }
      db.close();
      db.close();
      assertThat(databases()).doesNotContain(db.name());
    }
    assertThat(databases()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void noUrlSaysHowToGiveOne() {
    assertThatThrownBy(
            () -> new ServerProvider().start(TestDialects.POSTGRESQL, ProviderSettings.none()))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageContaining("needs the admin JDBC URL")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .contains("<serverUrl>")
                    .contains("ROUNDTRIP_SERVER_URL"));
  }

  @Test
  void aUrlOfAnotherDatabaseIsRejected() {
    assertThatThrownBy(
            () ->
                new ServerProvider()
                    .start(
                        TestDialects.POSTGRESQL,
                        new ProviderSettings("jdbc:mysql://localhost/db", null, null)))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageContaining("is not a PostgreSQL JDBC URL");
  }
}
