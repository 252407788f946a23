package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.database.ProvisioningException;
import dev.roundtrip.verifier.testing.TestDialects;
import org.junit.jupiter.api.Test;

class MySqlFamilyServerTest {
  private static final MySqlFamilyDialect MARIADB = (MySqlFamilyDialect) TestDialects.MARIADB;
  private static final MySqlFamilyDialect MYSQL = (MySqlFamilyDialect) TestDialects.MYSQL;

  @Test
  void theProductIsTakenFromTheVersion() {
    assertThat(MySqlFamilyServer.product(MARIADB, "10.11.19-MariaDB-0+deb12u1", "u"))
        .isEqualTo("MariaDB 10.11.19");
    assertThat(MySqlFamilyServer.product(MARIADB, "5.5.5-10.6.12-MariaDB-log", "u"))
        .isEqualTo("MariaDB 10.6.12");
    assertThat(MySqlFamilyServer.product(MYSQL, "8.4.3", "u")).isEqualTo("MySQL 8.4.3");
    assertThat(MySqlFamilyServer.product(MYSQL, "8.0.36-0ubuntu0.22.04.1", "u"))
        .isEqualTo("MySQL 8.0.36");
    assertThatThrownBy(() -> MySqlFamilyServer.product(MARIADB, "8.4.3", "jdbc:x"))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage("the server at jdbc:x is MySQL 8.4.3, not MariaDB");
  }
}
