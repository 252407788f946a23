package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The seeder's statements through MySQL Connector/J, the driver of the mysql dialect: its binding
 * of bytes, BIT numbers and generated keys. The server is MariaDB (there is no MySQL server in this
 * build), so this checks the driver's side only; the rows must be those MariaDB Connector/J writes.
 */
class MySqlConnectorSeedTest {

  @Test
  void connectorJWritesTheSameRowsAsMariaDbConnectorJ() throws SQLException {
    Map<String, List<String>> viaMariaDbDriver;
    Map<String, List<String>> viaMySqlDriver;
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      MySqlSeedFixture.execute(connection, MySqlSeedFixture.SHOP);
      SeedReport report =
          new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
              .seed(connection, List.of(database.name()), MySqlSeedFixture.EXCLUDED);
      assertThat(report.skippedRowCount()).as(report.toString()).isZero();
      viaMariaDbDriver = MySqlSeedFixture.contents(connection, database.name());
    }
    try (DisposableDatabase database = MariaDbTestServer.newDatabase()) {
      try (Connection connection = connectorJ(database)) {
        assertThat(connection.getClass().getName()).startsWith("com.mysql.");
        MySqlSeedFixture.execute(connection, MySqlSeedFixture.SHOP);
        SeedReport report =
            new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
                .seed(connection, List.of(database.name()), MySqlSeedFixture.EXCLUDED);
        assertThat(report.skippedRowCount()).as(report.toString()).isZero();
        assertThat(report.skippedTables()).as(report.toString()).isEmpty();
      }
      try (Connection connection = database.connect()) {
        viaMySqlDriver = MySqlSeedFixture.contents(connection, database.name());
      }
    }
    assertThat(viaMySqlDriver.keySet()).isEqualTo(viaMariaDbDriver.keySet());
    assertThat(viaMariaDbDriver.keySet())
        .allSatisfy(
            table ->
                assertThat(viaMySqlDriver.get(table))
                    .as(table)
                    .isEqualTo(viaMariaDbDriver.get(table)));
  }

  private static Connection connectorJ(DisposableDatabase database) throws SQLException {
    String url = database.jdbcUrl().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
    Properties props = new Properties();
    if (database.user() != null) {
      props.setProperty("user", database.user());
    }
    if (database.password() != null) {
      props.setProperty("password", database.password());
    }
    return DriverManager.getConnection(url, props);
  }
}
