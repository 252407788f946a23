package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code server} mode against a real MySQL server, named by {@value #URL_VARIABLE} (e.g. {@code
 * jdbc:mysql://127.0.0.1:3306/?user=root&allowPublicKeyRetrieval=true}); skipped without one. There
 * is no embedded MySQL, and a MariaDB server must not stand in for one.
 */
class MySqlServerProviderTest {
  static final String URL_VARIABLE = "ROUNDTRIP_TEST_MYSQL_URL";

  private ProviderSettings admin;

  @BeforeEach
  void server() {
    String url = System.getenv(URL_VARIABLE);
    assumeTrue(
        url != null && !url.isBlank(),
        URL_VARIABLE + " is not set: no MySQL server to test against");
    admin = new ProviderSettings(url, null, null);
  }

  @Test
  void createsItsOwnDatabaseOnMySqlAndDropsIt() throws SQLException {
    try (DatabaseServer server = new ServerProvider().start(TestDialects.MYSQL, admin)) {
      assertThat(server.describe()).startsWith("MySQL ");
      DisposableDatabase db = server.createDatabase();
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id INT)");
        var rs = s.executeQuery("SELECT DATABASE()");
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(db.name());
      }
      db.close();
      try (Connection c = AbstractDatabaseServer.connect(admin.serverUrl(), null, null);
          Statement s = c.createStatement();
          var rs = s.executeQuery("SHOW DATABASES LIKE '" + db.name() + "'")) {
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void theMariaDbDialectRefusesAMySqlServer() {
    String url = "jdbc:mariadb:" + admin.serverUrl().substring("jdbc:mysql:".length());
    assertThatThrownBy(
            () ->
                new ServerProvider()
                    .start(TestDialects.MARIADB, new ProviderSettings(url, null, null)))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageContaining("not MariaDB");
  }
}
