package dev.roundtrip.verifier.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SQLite CHECK clauses in the form the seeder's CHECK reader takes. */
class SqliteChecksTest {

  private static String read(String clause) {
    return SqliteChecks.translate("c", clause).definition();
  }

  @Test
  void inListsAndBetweenBecomeWhatTheReaderTakes() {
    assertThat(read("status IN ('new', 'it''s', 'paid')"))
        .isEqualTo("CHECK ((status = ANY (ARRAY['new', 'it''s', 'paid'])))");
    assertThat(read("\"stock\" between 0 and 100000"))
        .isEqualTo("CHECK (((\"stock\" >= 0) AND (\"stock\" <= 100000)))");
    assertThat(read("[kind] IN (1, 2)")).isEqualTo("CHECK ((\"kind\" = ANY (ARRAY[1, 2])))");
  }

  @Test
  void conjunctionsAreReadPartByPart() {
    assertThat(read("qty BETWEEN 1 AND 5 AND status IN ('a') AND price > 0"))
        .isEqualTo(
            "CHECK (((qty >= 1) AND (qty <= 5)) AND (status = ANY (ARRAY['a'])) AND (price > 0))");
  }

  @Test
  void whatItDoesNotKnowIsLeftAsWritten() {
    assertThat(read("length(sku) > 0")).isEqualTo("CHECK ((length(sku) > 0))");
    assertThat(read("a > 0 OR b > 0")).isEqualTo("CHECK ((a > 0 OR b > 0))");
    assertThat(read("status NOT IN ('x')")).isEqualTo("CHECK ((status NOT IN ('x')))");
  }
}
