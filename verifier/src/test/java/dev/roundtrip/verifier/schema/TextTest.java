package dev.roundtrip.verifier.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short text for descriptions. */
class TextTest {

  @Test
  void shortChangesAreQuotedInFull() {
    assertThat(Text.contrast("numeric(10,2) NOT NULL", "numeric(12,2) NOT NULL"))
        .isEqualTo("numeric(10,2) NOT NULL -> numeric(12,2) NOT NULL");
  }

  @Test
  void longChangesShowTheWordsThatDifferWithContext() {
    assertThat(
            Text.contrast(
                "FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE",
                "FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE RESTRICT"))
        .isEqualTo("... ON DELETE CASCADE -> ... ON DELETE RESTRICT");
  }

  @Test
  void changesInTheMiddleOfMultiLineTextAreShownOnOneLine() {
    String before =
        "BEGIN\n  IF amount > 100 THEN\n    RETURN amount * 0.01;\n  END IF;\n"
            + "  IF amount < 0 THEN\n    RAISE EXCEPTION 'negative';\n  END IF;\n  RETURN 1;\nEND";
    String after = before.replace("0.01", "0.02");

    assertThat(Text.contrast(before, after))
        .isEqualTo("... amount * 0.01; END ... -> ... amount * 0.02; END ...");
  }

  @Test
  void insertedWordsAreShownAgainstTheirNeighbours() {
    String before = "CREATE TRIGGER t BEFORE UPDATE ON public.accounts FOR EACH ROW EXECUTE x()";
    String after = before.replace("UPDATE", "INSERT OR UPDATE");

    assertThat(Text.contrast(before, after))
        .isEqualTo("... t BEFORE UPDATE ... -> ... t BEFORE INSERT OR UPDATE ...");
  }

  @Test
  void longRunsOfChangedWordsAreCut() {
    String before = "SELECT " + "a, ".repeat(40) + "b";
    String after = "SELECT " + "c, ".repeat(40) + "b";

    assertThat(Text.contrast(before, after))
        .isEqualTo(
            "SELECT a, a, a, a, a, a, a, a, a, a, a, ... -> SELECT c, c, c, c, c, c, c, c, c, c, c, ...");
  }

  @Test
  void whiteSpaceOnlyChangesAreSaidToBeSo() {
    assertThat(Text.contrast("SELECT  1", "SELECT 1"))
        .isEqualTo("the definitions differ only in white space: SELECT 1 -> SELECT 1");
  }

  @Test
  void abbreviateCutsAtAWord() {
    String abbreviated = Text.abbreviate("word ".repeat(60));

    assertThat(abbreviated).endsWith("word ...").hasSizeLessThanOrEqualTo(124);
    assertThat(Text.abbreviate("a\n  b")).isEqualTo("a b");
  }
}
