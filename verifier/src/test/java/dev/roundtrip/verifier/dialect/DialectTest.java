package dev.roundtrip.verifier.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectTest {

  @Test
  void theMySqlFamilyIsKnownButItsRoundTripIsNotThereYet() {
    assertThat(Dialect.fromId("MySQL")).isEqualTo(Dialect.MYSQL);
    assertThat(Dialect.fromId(" mariadb ")).isEqualTo(Dialect.MARIADB);
    assertThat(Dialect.MARIADB.jdbcPrefix()).isEqualTo("jdbc:mariadb:");
    assertThat(Dialect.MYSQL.jdbcPrefix()).isEqualTo("jdbc:mysql:");
    assertThat(Dialect.MYSQL.transactionalDdl()).isFalse();
    assertThat(Dialect.MARIADB.transactionalDdl()).isFalse();
    assertThat(Dialect.POSTGRESQL.roundTripSupported()).isTrue();
    assertThat(Dialect.MYSQL.roundTripSupported()).isFalse();
    assertThat(Dialect.MARIADB.roundTripSupported()).isFalse();
  }

  @Test
  void anUnknownDialectListsTheKnownOnes() {
    assertThatThrownBy(() -> Dialect.fromId("oracle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown dialect 'oracle'; known dialects: postgresql, mysql, mariadb");
  }
}
