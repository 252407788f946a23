package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.mysql.EmbeddedMariaDbProvider;
import dev.roundtrip.verifier.testing.TestDialects;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbProviderTest {

  @Test
  void startsAServerWhosePortAndDirectoriesAreGoneAfterClose() throws SQLException {
    int port;
    Path dataDir;
    Path baseDir;
    try (DatabaseServer server =
        new EmbeddedMariaDbProvider().start(TestDialects.MARIADB, ProviderSettings.none())) {
      assertThat(server.describe()).matches("embedded MariaDB 11\\.4\\.\\d+ \\(port \\d+\\)");
      try (DisposableDatabase db = server.createDatabase();
          Connection c = db.connect();
          Statement s = c.createStatement()) {
        assertThat(db.jdbcUrl()).startsWith("jdbc:mariadb://127.0.0.1:").endsWith("/" + db.name());
        s.execute("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20))");
        s.execute("INSERT INTO t VALUES (1, 'Zoë')");
        var rs =
            s.executeQuery(
                "SELECT VERSION(), DATABASE(), @@port, @@datadir, @@basedir,"
                    + " @@innodb_flush_log_at_trx_commit, (SELECT name FROM t)");
        rs.next();
        assertThat(rs.getString(1)).contains("MariaDB");
        assertThat(rs.getString(2)).isEqualTo(db.name());
        port = rs.getInt(3);
        dataDir = Path.of(rs.getString(4));
        baseDir = Path.of(rs.getString(5));
        assertThat(rs.getInt(6)).isZero();
        assertThat(rs.getString(7)).isEqualTo("Zoë");
      }
      assertThat(dataDir).isDirectory();
      assertThat(baseDir).isDirectory();
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    assertThat(dataDir).doesNotExist();
    assertThat(baseDir).doesNotExist();
    assertThat(baseDir.getParent()).doesNotExist();
  }

  @Test
  void refusesConnectionsWithoutTheServersPasswordAndKeepsItsFilesPrivate() throws Exception {
    try (DatabaseServer server =
            new EmbeddedMariaDbProvider().start(TestDialects.MARIADB, ProviderSettings.none());
        DisposableDatabase db = server.createDatabase()) {
      assertThat(db.password()).isNotBlank();
      assertThat(server.describe()).doesNotContain(db.password());
      for (String[] login : new String[][] {{"root", null}, {"root", "wrong"}, {"", null}}) {
        Properties props = new Properties();
        props.setProperty("user", login[0]);
        if (login[1] != null) {
          props.setProperty("password", login[1]);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), props).close())
            .as("user '%s' with password %s", login[0], login[1])
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("Access denied");
      }
      try (Connection c = db.connect();
          Statement s = c.createStatement();
          var rs = s.executeQuery("SELECT @@datadir, @@socket, @@bind_address")) {
        rs.next();
        Path dataDir = Path.of(rs.getString(1));
        Path userFolder = WorkFolder.userFolder();
        assertThat(dataDir).startsWith(userFolder);
        assertThat(Path.of(rs.getString(2))).startsWith(dataDir.getParent());
        assertThat(rs.getString(3)).isEqualTo("127.0.0.1");
        assertThat(Files.getPosixFilePermissions(dataDir.getParent()))
            .isEqualTo(WorkFolder.OWNER_ONLY);
        assertThat(dataDir.getParent().resolve("init.sql")).doesNotExist();
      }
    }
  }

  @Test
  void servesMariadbOnly() {
    EmbeddedMariaDbProvider provider = new EmbeddedMariaDbProvider();
    assertThat(provider.id()).isEqualTo("embedded");
    assertThat(provider.supports(TestDialects.MARIADB)).isTrue();
    assertThat(provider.supports(TestDialects.MYSQL)).isFalse();
    assertThat(provider.supports(TestDialects.POSTGRESQL)).isFalse();
  }
}
