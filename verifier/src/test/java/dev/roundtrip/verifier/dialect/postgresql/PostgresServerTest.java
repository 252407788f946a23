package dev.roundtrip.verifier.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

  @Test
  void databaseUrlsKeepHostsAndParameters() {
    assertThat(PostgresServer.withDatabase("jdbc:postgresql://h:5432/postgres?ssl=true", "x"))
        .isEqualTo("jdbc:postgresql://h:5432/x?ssl=true");
    assertThat(PostgresServer.withDatabase("jdbc:postgresql://h1:1,h2:2/", "x"))
        .isEqualTo("jdbc:postgresql://h1:1,h2:2/x");
    assertThat(PostgresServer.withDatabase("jdbc:postgresql://h", "x"))
        .isEqualTo("jdbc:postgresql://h/x");
    assertThat(PostgresServer.withDatabase("jdbc:postgresql:postgres?user=u", "x"))
        .isEqualTo("jdbc:postgresql:x?user=u");
  }
}
