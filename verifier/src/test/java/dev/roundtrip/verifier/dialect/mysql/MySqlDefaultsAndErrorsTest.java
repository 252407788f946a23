package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.ColumnInfo.DefaultKind;
import dev.roundtrip.verifier.data.TableInfo;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How defaults and rejections read on each server, without one. The MySQL 8 forms (bare literal
 * defaults with DEFAULT_GENERATED marking expressions, key names qualified by their table, error
 * 3819 for checks) are MySQL's documented output; there is no MySQL server in this build.
 */
class MySqlDefaultsAndErrorsTest {
  private static final TableInfo ORDERS =
      new TableInfo(
          "shop.orders", "shop", "orders", List.of(), List.of(), List.of(), List.of(), List.of());

  @Test
  void mariaDbPrintsDefaultsAsExpressions() {
    assertThat(MySqlTableCatalog.defaultKind("'it''s'", "", true)).isEqualTo(DefaultKind.STABLE);
    assertThat(MySqlTableCatalog.defaultKind("0.00", "", true)).isEqualTo(DefaultKind.STABLE);
    assertThat(MySqlTableCatalog.defaultKind("b'0'", "", true)).isEqualTo(DefaultKind.STABLE);
    assertThat(MySqlTableCatalog.defaultKind("NULL", "", true)).isEqualTo(DefaultKind.NONE);
    assertThat(MySqlTableCatalog.defaultKind(null, "", true)).isEqualTo(DefaultKind.NONE);
    assertThat(MySqlTableCatalog.defaultKind("current_timestamp(3)", "", true))
        .isEqualTo(DefaultKind.VOLATILE);
    assertThat(MySqlTableCatalog.defaultKind("uuid()", "", true)).isEqualTo(DefaultKind.VOLATILE);
    assertThat(MySqlTableCatalog.defaultKind(null, "auto_increment", true))
        .isEqualTo(DefaultKind.SEQUENCE);
  }

  @Test
  void mySqlPrintsLiteralDefaultsBareAndMarksExpressions() {
    assertThat(MySqlTableCatalog.defaultKind("it's", "", false)).isEqualTo(DefaultKind.STABLE);
    assertThat(MySqlTableCatalog.defaultKind("new", "", false)).isEqualTo(DefaultKind.STABLE);
    assertThat(MySqlTableCatalog.defaultKind("NULL", "", false)).isEqualTo(DefaultKind.STABLE);
    assertThat(MySqlTableCatalog.defaultKind(null, "", false)).isEqualTo(DefaultKind.NONE);
    assertThat(
            MySqlTableCatalog.defaultKind(
                "CURRENT_TIMESTAMP", "default_generated on update current_timestamp", false))
        .isEqualTo(DefaultKind.VOLATILE);
    assertThat(MySqlTableCatalog.defaultKind("(uuid_to_bin(uuid()))", "default_generated", false))
        .isEqualTo(DefaultKind.VOLATILE);
  }

  @Test
  void rejectionsNameTheConstraintOnEitherServer() {
    assertThat(
            MySqlErrors.describe(
                new SQLException("(conn=12) Duplicate entry 'x' for key 'uq_sku'", "23000", 1062),
                ORDERS))
        .containsExactly("uq_sku", "Duplicate entry 'x' for key 'uq_sku'");
    assertThat(
            MySqlErrors.describe(
                new SQLException("Duplicate entry 'x' for key 'orders.uq_sku'", "23000", 1062),
                ORDERS)[0])
        .isEqualTo("uq_sku");
    assertThat(
            MySqlErrors.describe(
                new SQLException("Check constraint 'qty_positive' is violated.", "HY000", 3819),
                ORDERS)[0])
        .isEqualTo("qty_positive");
    assertThat(
            MySqlErrors.describe(
                new SQLException(
                    "(conn=3) CONSTRAINT `qty_positive` failed for `shop`.`orders`", "23000", 4025),
                ORDERS)[0])
        .isEqualTo("qty_positive");
    assertThat(
            MySqlErrors.describe(
                new SQLException(
                    "Cannot add or update a child row: a foreign key constraint fails (`shop`."
                        + "`orders`, CONSTRAINT `orders_customer` FOREIGN KEY (`customer_id`)"
                        + " REFERENCES `customers` (`id`))",
                    "23000",
                    1452),
                ORDERS)[0])
        .isEqualTo("orders_customer");
    assertThat(
            MySqlErrors.describe(
                new SQLException("(conn=3) Data too long for column 'note' at row 1", "22001"),
                ORDERS))
        .containsExactly("SQLSTATE 22001", "Data too long for column 'note' at row 1");
  }
}
