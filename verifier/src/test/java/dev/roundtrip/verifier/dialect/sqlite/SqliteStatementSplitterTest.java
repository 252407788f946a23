package dev.roundtrip.verifier.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SqliteStatementSplitterTest {

  private final StatementSplitter splitter = new SqliteStatementSplitter();

  private List<SqlStatement> split(String script) {
    return splitter.split(script);
  }

  private List<String> sqlOf(String script) {
    return split(script).stream().map(SqlStatement::sql).toList();
  }

  @Nested
  class Basics {

    @Test
    void splitsOnSemicolonsAndTrims() {
      assertThat(split("CREATE TABLE a (id INT);\n  INSERT INTO a VALUES (1) ;\nDROP TABLE a;"))
          .containsExactly(
              new SqlStatement("CREATE TABLE a (id INT)", 1),
              new SqlStatement("INSERT INTO a VALUES (1)", 2),
              new SqlStatement("DROP TABLE a", 3));
    }

    @Test
    void keepsLastStatementWithoutSemicolon() {
      assertThat(split("SELECT 1;\nSELECT 2\n"))
          .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 2));
    }

    @Test
    void lastStatementWithoutSemicolonEndsAtItsLastToken() {
      assertThat(sqlOf("SELECT 1;\nSELECT 2 -- the end\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void dropsEmptyAndCommentOnlyStatements() {
      assertThat(sqlOf(";;\n-- only a comment\n;\n/* and another */;\nSELECT 1;;\n-- trailing\n"))
          .containsExactly("SELECT 1");
    }

    @Test
    void emptyOrBlankScriptHasNoStatements() {
      assertThat(split("")).isEmpty();
      assertThat(split(" \n\t\r\n\u000B\f-- nothing here\n/* nor here */\n")).isEmpty();
    }

    @Test
    void lineIsThatOfTheFirstCharacterAfterLeadingBlanksAndComments() {
      String script =
          """
          -- header comment

          /* a block
             comment */
            CREATE TABLE a (id INT);  -- trailing comment
          -- between

          INSERT INTO a
            VALUES (1);
          """;
      assertThat(split(script))
          .containsExactly(
              new SqlStatement("CREATE TABLE a (id INT)", 5),
              new SqlStatement("INSERT INTO a\n  VALUES (1)", 8));
    }

    @Test
    void countsLinesInsideQuotesAndOfWindowsLineEndings() {
      assertThat(split("SELECT 'a\r\nb', [c\nd], `e\nf`, \"g\nh\";\r\n\r\nSELECT\r\n 2;\r\n"))
          .containsExactly(
              new SqlStatement("SELECT 'a\r\nb', [c\nd], `e\nf`, \"g\nh\"", 1),
              new SqlStatement("SELECT\r\n 2", 7));
    }

    @Test
    void ignoresByteOrderMark() {
      assertThat(split("\uFEFFSELECT 1;")).containsExactly(new SqlStatement("SELECT 1", 1));
    }

    @Test
    void keepsCommentsInsideAStatementAndBeforeItsSemicolon() {
      assertThat(sqlOf("-- lead\nSELECT /* inner; */ 1 -- why; not\n;"))
          .containsExactly("SELECT /* inner; */ 1 -- why; not");
    }

    @Test
    void transactionStatementsAreOrdinaryStatements() {
      assertThat(sqlOf("BEGIN;\nUPDATE t SET a = 1;\nEND;\nbegin immediate transaction;\nCOMMIT;"))
          .containsExactly(
              "BEGIN", "UPDATE t SET a = 1", "END", "begin immediate transaction", "COMMIT");
    }

    @Test
    void caseOutsideATriggerNeedsNoCounting() {
      assertThat(sqlOf("SELECT CASE WHEN 1 THEN 'a' END;\nSELECT 2;"))
          .containsExactly("SELECT CASE WHEN 1 THEN 'a' END", "SELECT 2");
    }
  }

  @Nested
  class QuotesAndComments {

    @Test
    void semicolonInStringWithDoubledQuote() {
      assertThat(sqlOf("INSERT INTO t VALUES ('it''s; fine');SELECT ';'"))
          .containsExactly("INSERT INTO t VALUES ('it''s; fine')", "SELECT ';'");
    }

    @Test
    void backslashEscapesNothing() {
      assertThat(sqlOf("SELECT 'C:\\';SELECT \"a\\\";SELECT 3;"))
          .containsExactly("SELECT 'C:\\'", "SELECT \"a\\\"", "SELECT 3");
    }

    @Test
    void semicolonInDoubleQuotedIdentifierWithDoubledQuote() {
      assertThat(sqlOf("CREATE TABLE \"we\"\"ird;name\" (id INT);SELECT 1;"))
          .containsExactly("CREATE TABLE \"we\"\"ird;name\" (id INT)", "SELECT 1");
    }

    @Test
    void semicolonInBackQuotedIdentifierWithDoubledQuote() {
      assertThat(sqlOf("SELECT `a``b;c` FROM t;SELECT 2;"))
          .containsExactly("SELECT `a``b;c` FROM t", "SELECT 2");
    }

    @Test
    void bracketedIdentifierEndsAtItsFirstClosingBracket() {
      assertThat(sqlOf("SELECT [a;b], [it's \"x\" `y`] FROM [t;];SELECT 2;"))
          .containsExactly("SELECT [a;b], [it's \"x\" `y`] FROM [t;]", "SELECT 2");
    }

    @Test
    void otherQuotesInsideAQuoteAreText() {
      assertThat(sqlOf("SELECT '\"[`;', \"'];\", `'\";`;SELECT 2;"))
          .containsExactly("SELECT '\"[`;', \"'];\", `'\";`", "SELECT 2");
    }

    @Test
    void semicolonInLineComment() {
      assertThat(sqlOf("SELECT 1 -- not here; nor here\n, 2;SELECT 3;"))
          .containsExactly("SELECT 1 -- not here; nor here\n, 2", "SELECT 3");
    }

    @Test
    void lineCommentMayEndTheScriptWithoutANewline() {
      assertThat(sqlOf("SELECT 1;-- last words; still a comment")).containsExactly("SELECT 1");
    }

    @Test
    void blockCommentsDoNotNest() {
      assertThat(split("/* outer /* inner; */ SELECT 1;\nSELECT 2;"))
          .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 2));
    }

    @Test
    void starSlashRightAfterTheOpeningIsNoClose() {
      assertThat(sqlOf("/*/ still; a comment */SELECT 1;")).containsExactly("SELECT 1");
    }

    @Test
    void unterminatedBlockCommentRunsToTheEndOfTheScript() {
      // SQLite ends a block comment at its */ or, lacking one, at the end of the input
      assertThat(split("SELECT 1;\nSELECT 2 /* never closed; SELECT 3;\n"))
          .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 2));
      assertThat(split("SELECT 1;\n/* only a comment; SELECT 2;"))
          .containsExactly(new SqlStatement("SELECT 1", 1));
    }

    @Test
    void commentMarkersInsideQuotesAreText() {
      assertThat(sqlOf("SELECT '--', \"/*\";SELECT [--], `/*`;"))
          .containsExactly("SELECT '--', \"/*\"", "SELECT [--], `/*`");
    }

    @Test
    void singleDashAndSlashAreOperators() {
      assertThat(sqlOf("SELECT 4-1, 4/2;SELECT 2;")).containsExactly("SELECT 4-1, 4/2", "SELECT 2");
    }
  }

  @Nested
  class Unterminated {

    @Test
    void string() {
      assertThatThrownBy(() -> split("SELECT 1;\nSELECT 'oops;\nSELECT 3;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unterminated string literal starting at line 2")
          .extracting(e -> ((ScriptParseException) e).line())
          .isEqualTo(2);
    }

    @Test
    void doubleQuotedIdentifier() {
      assertThatThrownBy(() -> split("SELECT \"col;\nFROM t;"))
          .hasMessage("unterminated double-quoted identifier starting at line 1");
    }

    @Test
    void backQuotedIdentifier() {
      assertThatThrownBy(() -> split("\nSELECT `col;\nFROM t;"))
          .hasMessage("unterminated back-quoted identifier starting at line 2");
    }

    @Test
    void bracketedIdentifier() {
      assertThatThrownBy(() -> split("SELECT 1;\n\n\nSELECT [col;\nFROM t;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage(
              "unterminated [bracketed] identifier starting at line 4: SQLite ends it only at a ]")
          .extracting(e -> ((ScriptParseException) e).line())
          .isEqualTo(4);
    }
  }
}
