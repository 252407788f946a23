package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the MySQL reader writes what MySQL and MariaDB print differently. Only MariaDB servers run
 * the database tests, so MySQL's spellings are checked here, without a server.
 */
class MySqlNormalizationTest {

  @Test
  void currentTimestampIsWrittenAsMariaDbPrintsIt() {
    assertThat(MySqlColumnQuery.timestamps("CURRENT_TIMESTAMP")).isEqualTo("current_timestamp()");
    assertThat(MySqlColumnQuery.timestamps("CURRENT_TIMESTAMP(3)"))
        .isEqualTo("current_timestamp(3)");
    assertThat(MySqlColumnQuery.timestamps("now()")).isEqualTo("current_timestamp()");
    assertThat(MySqlColumnQuery.timestamps("current_timestamp()")).isEqualTo("current_timestamp()");
    assertThat(MySqlColumnQuery.timestamps("(curdate() + interval 1 day)"))
        .isEqualTo("(curdate() + interval 1 day)");
  }

  @Test
  void integerDisplayWidthIsDroppedUnlessItMeansSomething() {
    assertThat(MySqlCatalog.type("int(11)")).isEqualTo("int");
    assertThat(MySqlCatalog.type("int(10) unsigned")).isEqualTo("int unsigned");
    assertThat(MySqlCatalog.type("bigint(20)")).isEqualTo("bigint");
    assertThat(MySqlCatalog.type("int(5) unsigned zerofill")).isEqualTo("int(5) unsigned zerofill");
    assertThat(MySqlCatalog.type("tinyint(1)")).isEqualTo("tinyint(1)");
    assertThat(MySqlCatalog.type("tinyint(4)")).isEqualTo("tinyint");
    assertThat(MySqlCatalog.type("decimal(10,2)")).isEqualTo("decimal(10,2)");
    assertThat(MySqlCatalog.type("varchar(11)")).isEqualTo("varchar(11)");
  }

  @Test
  void ownDatabaseQualifierIsStrippedFromBodies() {
    assertThat(
            MySqlCatalog.unqualified(
                "select `shop`.`t`.`id` AS `id` from `shop`.`t` join `other`.`u`", "shop"))
        .isEqualTo("select `t`.`id` AS `id` from `t` join `other`.`u`");
  }

  @Test
  void identifiersAreQuotedOnlyWhereNeeded() {
    assertThat(MySqlCatalog.qualify("shop", "order lines", "id"))
        .isEqualTo("shop.`order lines`.id");
    assertThat(MySqlCatalog.ident("odd`name")).isEqualTo("`odd``name`");
  }
}
