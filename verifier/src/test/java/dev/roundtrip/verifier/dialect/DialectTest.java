package dev.roundtrip.verifier.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectTest {

  @Test
  void theMySqlFamilyIsKnownAndHasNoTransactionalDdl() {
    assertThat(Dialect.fromId("MySQL")).isEqualTo(Dialect.MYSQL);
    assertThat(Dialect.fromId(" mariadb ")).isEqualTo(Dialect.MARIADB);
    assertThat(Dialect.MARIADB.jdbcPrefix()).isEqualTo("jdbc:mariadb:");
    assertThat(Dialect.MYSQL.jdbcPrefix()).isEqualTo("jdbc:mysql:");
    assertThat(Dialect.MYSQL.transactionalDdl()).isFalse();
    assertThat(Dialect.MARIADB.transactionalDdl()).isFalse();
    assertThat(Dialect.POSTGRESQL.transactionalDdl()).isTrue();
  }

  @Test
  void eachDialectQuotesIdentifiersItsOwnWay() {
    assertThat(Dialect.POSTGRESQL.quote("odd\"name")).isEqualTo("\"odd\"\"name\"");
    assertThat(Dialect.MARIADB.quote("odd`name")).isEqualTo("`odd``name`");
    assertThat(Dialect.MYSQL.quote("orders")).isEqualTo("`orders`");
  }

  @Test
  void eachDialectSplitsScriptsByItsOwnRules() {
    String script = "SELECT 'a;b'; # a comment; with a semicolon\nSELECT 2;";
    assertThat(Dialect.MARIADB.splitter().split(script)).hasSize(2);
    // '#' starts no comment on PostgreSQL: the ';' after it ends a statement of its own
    assertThat(Dialect.POSTGRESQL.splitter().split(script)).hasSize(3);
  }

  @Test
  void ddlBreaksTheTransactionOnlyOnTheMySqlFamily() {
    assertThat(Dialect.MARIADB.breaksTransaction("ALTER TABLE t ADD c INT")).isTrue();
    assertThat(Dialect.MYSQL.breaksTransaction("UPDATE t SET c = 1")).isFalse();
    assertThat(Dialect.POSTGRESQL.breaksTransaction("ALTER TABLE t ADD c INT")).isFalse();
    assertThat(Dialect.POSTGRESQL.breaksTransaction("CREATE INDEX CONCURRENTLY i ON t (c)"))
        .isTrue();
  }

  @Test
  void anUnknownDialectListsTheKnownOnes() {
    assertThatThrownBy(() -> Dialect.fromId("oracle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown dialect 'oracle'; known dialects: postgresql, mysql, mariadb");
  }
}
