package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
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
        new EmbeddedPostgresProvider().start(Dialect.POSTGRESQL, ProviderSettings.none())) {
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
  void servesPostgresqlOnly() {
    assertThat(new EmbeddedPostgresProvider().supports(Dialect.POSTGRESQL)).isTrue();
    assertThat(new EmbeddedPostgresProvider().id()).isEqualTo("embedded");
  }
}
