package dev.roundtrip.verifier.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.testing.TestDialects;
import org.junit.jupiter.api.Test;

class DialectTest {

  @Test
  void theMySqlFamilyIsKnownAndHasNoTransactionalDdl() {
    assertThat(Dialect.fromId("MySQL")).isEqualTo(TestDialects.MYSQL);
    assertThat(Dialect.fromId(" mariadb ")).isEqualTo(TestDialects.MARIADB);
    assertThat(TestDialects.MARIADB.jdbcPrefix()).isEqualTo("jdbc:mariadb:");
    assertThat(TestDialects.MYSQL.jdbcPrefix()).isEqualTo("jdbc:mysql:");
    assertThat(TestDialects.MYSQL.transactionalDdl()).isFalse();
    assertThat(TestDialects.MARIADB.transactionalDdl()).isFalse();
    assertThat(TestDialects.POSTGRESQL.transactionalDdl()).isTrue();
  }

  @Test
  void eachDialectQuotesIdentifiersItsOwnWay() {
    assertThat(TestDialects.POSTGRESQL.quote("odd\"name")).isEqualTo("\"odd\"\"name\"");
    assertThat(TestDialects.MARIADB.quote("odd`name")).isEqualTo("`odd``name`");
    assertThat(TestDialects.MYSQL.quote("orders")).isEqualTo("`orders`");
  }

  @Test
  void eachDialectSplitsScriptsByItsOwnRules() {
    String script = "SELECT 'a;b'; # a comment; with a semicolon\nSELECT 2;";
    assertThat(TestDialects.MARIADB.splitter().split(script)).hasSize(2);
    // '#' starts no comment on PostgreSQL: the ';' after it ends a statement of its own
    assertThat(TestDialects.POSTGRESQL.splitter().split(script)).hasSize(3);
  }

  @Test
  void ddlBreaksTheTransactionOnlyOnTheMySqlFamily() {
    assertThat(TestDialects.MARIADB.breaksTransaction("ALTER TABLE t ADD c INT")).isTrue();
    assertThat(TestDialects.MYSQL.breaksTransaction("UPDATE t SET c = 1")).isFalse();
    assertThat(TestDialects.POSTGRESQL.breaksTransaction("ALTER TABLE t ADD c INT")).isFalse();
    assertThat(TestDialects.POSTGRESQL.breaksTransaction("CREATE INDEX CONCURRENTLY i ON t (c)"))
        .isTrue();
  }

  @Test
  void anUnknownDialectListsTheKnownOnes() {
    assertThatThrownBy(() -> Dialect.fromId("oracle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown dialect 'oracle'; known dialects: postgresql, mysql, mariadb, sqlite");
  }
}
