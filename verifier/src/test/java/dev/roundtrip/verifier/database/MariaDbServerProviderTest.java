package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code server} mode for the MySQL family against a real MariaDB server: the one named by {@value
 * MariaDbTestServer#URL_VARIABLE}, or an embedded one standing in for an existing server.
 */
class MariaDbServerProviderTest extends ServerModeContract {
  private static ProviderSettings admin;

  @BeforeAll
  static void server() {
    admin = MariaDbTestServer.adminSettings();
  }

  @Override
  Dialect dialect() {
    return TestDialects.MARIADB;
  }

  @Override
  String urlWithPassword(int port, String password) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/?password=" + password;
  }

  @Override
  DatabaseServer start() {
    return new ServerProvider().start(TestDialects.MARIADB, admin);
  }

  @Override
  void admin(String... sql) throws SQLException {
    try (Connection c =
            AbstractDatabaseServer.connect(
                admin.serverUrl(), admin.serverUser(), admin.serverPassword());
        Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  @Override
  List<String> databases() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c =
            AbstractDatabaseServer.connect(
                admin.serverUrl(), admin.serverUser(), admin.serverPassword());
        Statement s = c.createStatement();
        var rs = s.executeQuery("SHOW DATABASES")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  @Test
  void createsItsOwnUnicodeDatabaseAndDropsOnlyThat() throws SQLException {
    List<String> before = databases();
    try (DatabaseServer server = start()) {
      assertThat(server.describe()).matches("MariaDB \\d+\\.\\d+\\.\\d+ at 127\\.0\\.0\\.1:\\d+");
      DisposableDatabase db = server.createDatabase();
      assertThat(db.name()).matches("roundtrip_\\d{14}_[0-9a-f]{8}_[0-9a-z]+_[0-9a-z]+_[0-9a-z]+");
      assertThat(db.jdbcUrl()).startsWith("jdbc:mariadb://").contains("/" + db.name());
      assertThat(databases()).contains(db.name());
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id INT)");
        var rs =
            s.executeQuery(
                "SELECT DATABASE(), DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA"
                    + " WHERE SCHEMA_NAME = DATABASE()");
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(db.name());
        assertThat(rs.getString(2)).isEqualTo("utf8mb4");
      }
      db.close();
      db.close();
      assertThat(databases()).doesNotContain(db.name());
    }
    assertThat(databases()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void aUrlForAnotherDialectSaysWhichPrefixIsExpected() {
    assertThatThrownBy(
            () ->
                new ServerProvider()
                    .start(
                        TestDialects.MARIADB,
                        new ProviderSettings("jdbc:mysql://localhost/db", null, null)))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageContaining("is not a MariaDB JDBC URL")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .startsWith("A MariaDB URL starts with jdbc:mariadb://host:port/"));
    assertThatThrownBy(
            () ->
                new ServerProvider()
                    .start(
                        TestDialects.MYSQL,
                        new ProviderSettings("jdbc:mariadb://localhost/db", null, null)))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageContaining("is not a MySQL JDBC URL")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .startsWith("A MySQL URL starts with jdbc:mysql://host:port/"));
  }

  @Test
  void noUrlGivesAnExampleForTheDialect() {
    assertThatThrownBy(
            () -> new ServerProvider().start(TestDialects.MYSQL, ProviderSettings.none()))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageContaining("existing MySQL server")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .contains("e.g. jdbc:mysql://127.0.0.1:3306/"));
  }

  @Test
  void theMySqlDialectRefusesAMariaDbServer() {
    String url = "jdbc:mysql:" + admin.serverUrl().substring("jdbc:mariadb:".length());
    ProviderSettings mysql = new ProviderSettings(url, admin.serverUser(), admin.serverPassword());
    assertThatThrownBy(() -> new ServerProvider().start(TestDialects.MYSQL, mysql))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageMatching(
            "the server at jdbc:mysql://127\\.0\\.0\\.1:\\d+/.* is MariaDB \\d+\\.\\d+\\.\\d+,"
                + " not MySQL")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .contains("Use the dialect mariadb")
                    .contains("MySQL server"));
  }

  @Test
  void databaseUrlsKeepHostsAndParameters() {
    assertThat(
            AbstractDatabaseServer.withDatabase(
                "jdbc:mariadb://127.0.0.1:3306/?user=root", "jdbc:mariadb:", "x"))
        .isEqualTo("jdbc:mariadb://127.0.0.1:3306/x?user=root");
    assertThat(
            AbstractDatabaseServer.withDatabase(
                "jdbc:mysql://h:3306/mysql?useSSL=false&user=u", "jdbc:mysql:", "x"))
        .isEqualTo("jdbc:mysql://h:3306/x?useSSL=false&user=u");
    assertThat(
            AbstractDatabaseServer.withDatabase(
                "jdbc:mysql:loadbalance://h1:3306,h2:3306", "jdbc:mysql:", "x"))
        .isEqualTo("jdbc:mysql:loadbalance://h1:3306,h2:3306/x");
    assertThat(AbstractDatabaseServer.withDatabase("jdbc:mariadb://h?user=u", "jdbc:mariadb:", "x"))
        .isEqualTo("jdbc:mariadb://h/x?user=u");
  }
}
