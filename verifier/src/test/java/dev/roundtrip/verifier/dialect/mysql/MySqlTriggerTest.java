package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.MySqlSeederTriggerTest;
import org.junit.jupiter.api.Test;

/**
 * The statements that take a MySQL-family trigger out and put it back, and which triggers cannot be
 * put back exactly, without a server: the forms MySQL 8 prints ({@code utf8mb4} clients, {@code
 * user@host} definers) are covered here, MariaDB's also against a server in {@link
 * MySqlSeederTriggerTest}.
 */
class MySqlTriggerTest {
  private static final MySqlTrigger TOTALS =
      trigger("root@localhost", "utf8mb4", "utf8mb4_0900_ai_ci", "utf8mb4_0900_ai_ci");

  private static MySqlTrigger trigger(
      String definer, String client, String collation, String databaseCollation) {
    return new MySqlTrigger(
        "shop",
        "order lines",
        "add`total",
        "AFTER",
        "INSERT",
        2,
        "UPDATE orders SET total = total + NEW.amount WHERE id = NEW.order_id",
        "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE",
        client,
        collation,
        databaseCollation,
        definer);
  }

  @Test
  void createsWithBackQuotedQualifiedNamesAndTheBodyAsItIs() {
    assertThat(TOTALS.createStatement(false))
        .isEqualTo(
            "CREATE TRIGGER `shop`.`add``total` AFTER INSERT ON `shop`.`order lines` FOR EACH ROW"
                + " UPDATE orders SET total = total + NEW.amount WHERE id = NEW.order_id");
    assertThat(TOTALS.createStatement(true))
        .startsWith("CREATE DEFINER = `root`@`localhost` TRIGGER `shop`.`add``total` AFTER");
    assertThat(TOTALS.createStatement(false, "log`first"))
        .isEqualTo(
            "CREATE TRIGGER `shop`.`add``total` AFTER INSERT ON `shop`.`order lines` FOR EACH ROW"
                + " PRECEDES `log``first` UPDATE orders SET total = total + NEW.amount WHERE id ="
                + " NEW.order_id");
    assertThat(TOTALS.dropStatement()).isEqualTo("DROP TRIGGER `shop`.`add``total`");
    assertThat(TOTALS.qualifiedName()).isEqualTo("shop.add`total");
    assertThat(TOTALS.group()).isEqualTo("shop.order lines AFTER INSERT");
  }

  @Test
  void definersSplitAtTheLastAtSign() {
    assertThat(trigger("app@eu@10.0.%", "utf8mb4", "x", "x").quotedDefiner())
        .isEqualTo("`app@eu`@`10.0.%`");
    assertThat(trigger("o`brien@%", "utf8mb4", "x", "x").quotedDefiner())
        .isEqualTo("`o``brien`@`%`");
    assertThat(trigger("auditor@", "utf8mb4", "x", "x").quotedDefiner()).isEqualTo("`auditor`");
    assertThat(trigger("", "utf8mb4", "x", "x").createStatement(true))
        .startsWith("CREATE TRIGGER ");
  }

  @Test
  void onlyUtf8ClientsAndAnUnchangedDatabaseCollationCanBePutBackExactly() {
    assertThat(TOTALS.obstacle("utf8mb4_0900_ai_ci")).isNull();
    assertThat(
            trigger("a@b", "utf8mb3", "latin1_swedish_ci", "latin1_swedish_ci")
                .obstacle("latin1_swedish_ci"))
        .isNull();
    assertThat(
            trigger("a@b", "utf8", "utf8_general_ci", "utf8_general_ci")
                .obstacle("utf8_general_ci"))
        .isNull();
    assertThat(
            trigger("a@b", "latin1", "latin1_swedish_ci", "utf8mb4_general_ci")
                .obstacle("utf8mb4_general_ci"))
        .isEqualTo(
            "was created with character_set_client latin1, in which a JDBC connection cannot"
                + " send it again");
    assertThat(TOTALS.obstacle("utf8mb4_general_ci"))
        .isEqualTo(
            "was created when the default collation of shop was utf8mb4_0900_ai_ci, not"
                + " utf8mb4_general_ci as now");
  }
}
