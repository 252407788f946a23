package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.postgresql.EmbeddedPostgresProvider;
import dev.roundtrip.verifier.testing.TestDialects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresProviderTest {

  @Test
  void startsAServerThatIsGoneAfterClose() throws SQLException {
    String url;
    try (DatabaseServer server =
        new EmbeddedPostgresProvider().start(TestDialects.POSTGRESQL, ProviderSettings.none())) {
      assertThat(server.describe()).startsWith("embedded PostgreSQL 1");
      try (DisposableDatabase db = server.createDatabase();
          Connection c = db.connect();
          Statement s = c.createStatement();
          var rs = s.executeQuery("SHOW fsync")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("off");
        url = db.jdbcUrl();
      }
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", null).close())
        .isInstanceOf(SQLException.class);
  }

  @Test
  void refusesConnectionsWithoutTheServersPasswordAndKeepsItsDataPrivate() throws Exception {
    try (DatabaseServer server =
            new EmbeddedPostgresProvider().start(TestDialects.POSTGRESQL, ProviderSettings.none());
        DisposableDatabase db = server.createDatabase()) {
      assertThat(db.password()).isNotBlank();
      assertThat(server.describe()).doesNotContain(db.password());
      assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", null).close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password");
      assertThatThrownBy(
              () -> DriverManager.getConnection(db.jdbcUrl(), "postgres", "wrong").close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        assertThat(value(s, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(value(s, "SHOW unix_socket_directories")).isEmpty();
        assertThat(
                value(
                    s,
                    "SELECT count(*) FROM pg_hba_file_rules"
                        + " WHERE auth_method NOT IN ('scram-sha-256', 'reject')"))
            .isEqualTo("0");
        Path dataDir = Path.of(value(s, "SHOW data_directory"));
        Path userFolder = WorkFolder.userFolder();
        assertThat(dataDir).startsWith(userFolder);
        assertThat(Files.getPosixFilePermissions(userFolder)).isEqualTo(WorkFolder.OWNER_ONLY);
        for (Path p = dataDir.getParent(); !p.equals(userFolder); p = p.getParent()) {
          assertThat(Files.getPosixFilePermissions(p))
              .as(p.toString())
              .isEqualTo(WorkFolder.OWNER_ONLY);
        }
        assertThat(dataDir.getParent().resolve("pwfile")).doesNotExist();
      }
    }
  }

  private static String value(Statement s, String sql) throws SQLException {
    try (var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void servesPostgresqlOnly() {
    assertThat(new EmbeddedPostgresProvider().supports(TestDialects.POSTGRESQL)).isTrue();
    assertThat(new EmbeddedPostgresProvider().id()).isEqualTo("embedded");
  }
}
