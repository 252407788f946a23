package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which names MySQL and MariaDB would have made up, without a database. */
class MySqlNamesTest {

  @Test
  void foreignKeys() {
    assertThat(MySqlNames.foreignKey("orders", "orders_ibfk_1")).isTrue();
    assertThat(MySqlNames.foreignKey("orders", "orders_ibfk_12")).isTrue();
    assertThat(MySqlNames.foreignKey("Orders", "orders_ibfk_2")).isTrue();
    assertThat(MySqlNames.foreignKey("orders", "orders_ibfk_")).isFalse();
    assertThat(MySqlNames.foreignKey("orders", "items_ibfk_1")).isFalse();
    assertThat(MySqlNames.foreignKey("orders", "fk_orders_customer")).isFalse();
  }

  @Test
  void checks() {
    assertThat(MySqlNames.check("orders", "CONSTRAINT_1")).isTrue();
    assertThat(MySqlNames.check("orders", "orders_chk_3")).isTrue();
    assertThat(MySqlNames.check("orders", "CONSTRAINT_0")).isFalse();
    assertThat(MySqlNames.check("orders", "total_positive")).isFalse();
  }

  @Test
  void indexesAreNamedAfterTheirFirstColumn() {
    assertThat(MySqlNames.index("email", "email")).isTrue();
    assertThat(MySqlNames.index("email", "email_2")).isTrue();
    assertThat(MySqlNames.index("Email", "email_3")).isTrue();
    assertThat(MySqlNames.index(null, "functional_index_2")).isTrue();
    assertThat(MySqlNames.index("email", "email_idx")).isFalse();
    assertThat(MySqlNames.index("email", "users_email")).isFalse();
    assertThat(MySqlNames.index("e.mail", "eXmail")).isFalse();
  }
}
