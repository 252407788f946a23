package dev.roundtrip.verifier.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PostgresStatementSplitterTest {

  private final StatementSplitter splitter = new PostgresStatementSplitter();

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
      assertThat(split("CREATE TABLE a (id int);\n  INSERT INTO a VALUES (1) ;\nDROP TABLE a;"))
          .containsExactly(
              new SqlStatement("CREATE TABLE a (id int)", 1),
              new SqlStatement("INSERT INTO a VALUES (1)", 2),
              new SqlStatement("DROP TABLE a", 3));
    }

    @Test
    void keepsLastStatementWithoutSemicolon() {
      assertThat(split("SELECT 1;\nSELECT 2\n"))
          .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 2));
    }

    @Test
    void dropsEmptyAndCommentOnlyStatements() {
      assertThat(sqlOf(";;\n-- only a comment\n;\n/* and another */;\nSELECT 1;;\n-- trailing\n"))
          .containsExactly("SELECT 1");
    }

    @Test
    void emptyOrBlankScriptHasNoStatements() {
      assertThat(split("")).isEmpty();
      assertThat(split(" \n\t\r\n-- nothing here\n/* nor here */\n")).isEmpty();
    }

    @Test
    void lineIsThatOfTheFirstCharacterAfterLeadingBlanksAndComments() {
      String script =
          """
          -- header comment

          /* a block
             comment */
            CREATE TABLE a (id int);  -- trailing comment
          -- between

          INSERT INTO a
            VALUES (1);
          """;
      assertThat(split(script))
          .containsExactly(
              new SqlStatement("CREATE TABLE a (id int)", 5),
              new SqlStatement("INSERT INTO a\n  VALUES (1)", 8));
    }

    @Test
    void countsLinesOfWindowsLineEndings() {
      assertThat(split("SELECT 1;\r\n\r\nSELECT\r\n 2;\r\n"))
          .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT\r\n 2", 3));
    }

    @Test
    void ignoresByteOrderMark() {
      assertThat(split("\uFEFFSELECT 1;")).containsExactly(new SqlStatement("SELECT 1", 1));
    }

    @Test
    void keepsCommentsInsideAndAtTheEndOfAStatement() {
      assertThat(sqlOf("-- lead\nSELECT /* inner; */ 1 -- why; not\n;"))
          .containsExactly("SELECT /* inner; */ 1 -- why; not");
    }

    @Test
    void doesNotSplitInsideParentheses() {
      String rule =
          "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b"
              + " VALUES (2));\nSELECT 1;";
      assertThat(split(rule))
          .containsExactly(
              new SqlStatement(
                  "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO"
                      + " b VALUES (2))",
                  1),
              new SqlStatement("SELECT 1", 2));
    }
  }

  @Nested
  class QuotesAndComments {

    @Test
    void semicolonInSingleQuotedStringWithDoubledQuote() {
      assertThat(sqlOf("INSERT INTO t VALUES ('it''s; fine');SELECT ';'"))
          .containsExactly("INSERT INTO t VALUES ('it''s; fine')", "SELECT ';'");
    }

    @Test
    void backslashIsLiteralInStandardString() {
      // standard_conforming_strings = on: 'C:\' is a complete string
      assertThat(sqlOf("SELECT 'C:\\';SELECT 2;")).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void escapeStringWithBackslashQuote() {
      assertThat(sqlOf("SELECT E'it\\'s; \\\\';SELECT e'a''b;c';SELECT 3;"))
          .containsExactly("SELECT E'it\\'s; \\\\'", "SELECT e'a''b;c'", "SELECT 3");
    }

    @Test
    void identifierEndingInEIsNotAnEscapeStringPrefix() {
      // "type" followed by a standard string: the backslash does not escape the quote
      assertThat(sqlOf("SELECT type'\\';SELECT 2;")).containsExactly("SELECT type'\\'", "SELECT 2");
    }

    @Test
    void semicolonInDoubleQuotedIdentifierWithDoubledQuote() {
      assertThat(sqlOf("CREATE TABLE \"we\"\"ird;name\" (id int);SELECT 1;"))
          .containsExactly("CREATE TABLE \"we\"\"ird;name\" (id int)", "SELECT 1");
    }

    @Test
    void semicolonInLineComment() {
      assertThat(sqlOf("SELECT 1 -- not here; nor here\n, 2;SELECT 3;"))
          .containsExactly("SELECT 1 -- not here; nor here\n, 2", "SELECT 3");
    }

    @Test
    void blockCommentsNest() {
      assertThat(split("/* outer /* inner; */ still comment; */ SELECT 1;\nSELECT 2;"))
          .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 2));
    }

    @Test
    void commentMarkersInsideStringsAreText() {
      assertThat(sqlOf("SELECT '--', '/*';SELECT $$*/$$;"))
          .containsExactly("SELECT '--', '/*'", "SELECT $$*/$$");
    }
  }

  @Nested
  class DollarQuotes {

    @Test
    void plainDollarQuotes() {
      assertThat(sqlOf("SELECT $$a;b$$;SELECT 2;")).containsExactly("SELECT $$a;b$$", "SELECT 2");
    }

    @Test
    void taggedDollarQuotesMayContainOtherTags() {
      assertThat(sqlOf("SELECT $body$ x $$;$$ ; $other$ $body$;SELECT 2;"))
          .containsExactly("SELECT $body$ x $$;$$ ; $other$ $body$", "SELECT 2");
    }

    @Test
    void positionalParameterIsNotADollarQuote() {
      assertThat(sqlOf("PREPARE p(int) AS SELECT $1;EXECUTE p(1);"))
          .containsExactly("PREPARE p(int) AS SELECT $1", "EXECUTE p(1)");
    }

    @Test
    void tagMustNotStartWithADigit() {
      assertThat(sqlOf("SELECT $1$;SELECT 2;")).containsExactly("SELECT $1$", "SELECT 2");
    }

    @Test
    void dollarInsideIdentifierStartsNothing() {
      assertThat(sqlOf("SELECT a$b$c FROM t$x;SELECT 2;"))
          .containsExactly("SELECT a$b$c FROM t$x", "SELECT 2");
    }
  }

  @Nested
  class Bodies {

    @Test
    void plpgsqlFunctionWithSemicolonsAndQuoteInItsBody() {
      String script =
          """
          CREATE TABLE audit (id bigserial PRIMARY KEY, note text);

          -- keeps a note of every change
          CREATE OR REPLACE FUNCTION log_change() RETURNS trigger
          LANGUAGE plpgsql AS $$
          BEGIN
            INSERT INTO audit(note) VALUES ('row changed; don''t panic');
            RAISE NOTICE 'it''s done';
            RETURN NEW;
          END;
          $$;

          CREATE TRIGGER t_log AFTER UPDATE ON accounts
            FOR EACH ROW EXECUTE FUNCTION log_change();
          """;
      List<SqlStatement> statements = split(script);
      assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 4, 13);
      assertThat(statements.get(1).sql())
          .startsWith("CREATE OR REPLACE FUNCTION log_change()")
          .endsWith("END;\n$$")
          .contains("RETURN NEW;");
    }

    @Test
    void beginAtomicBodyStaysOneStatement() {
      assertThat(
              sqlOf(
                  "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2;"
                      + " END;\nSELECT f();"))
          .containsExactly(
              "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END",
              "SELECT f()");
    }

    @Test
    void caseInsideAtomicBodyDoesNotCloseIt() {
      String script =
          """
          create procedure p(x int) language sql
          begin atomic
            insert into t values (case when x > 0 then 1 else 0 end);
            insert into t select case x when 1 then 'one' else 'other' end;
            update t set n = n + 1;
          end;
          select 1;
          """;
      List<SqlStatement> statements = split(script);
      assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 7);
      assertThat(statements.get(0).sql()).endsWith("update t set n = n + 1;\nend");
    }

    @Test
    void commentBetweenBeginAndAtomic() {
      assertThat(
              sqlOf("CREATE FUNCTION f() RETURNS int BEGIN /* sql body */ ATOMIC SELECT 1; END;"))
          .containsExactly(
              "CREATE FUNCTION f() RETURNS int BEGIN /* sql body */ ATOMIC SELECT 1; END");
    }

    @Test
    void transactionBeginIsAnOrdinaryStatement() {
      assertThat(split("BEGIN;\nUPDATE t SET a = 1;\nEND;\nbegin transaction;\nCOMMIT;"))
          .extracting(SqlStatement::sql)
          .containsExactly("BEGIN", "UPDATE t SET a = 1", "END", "begin transaction", "COMMIT");
    }

    @Test
    void beginAtomicInCommentOrStringOpensNoBody() {
      assertThat(sqlOf("-- BEGIN ATOMIC\nSELECT 'BEGIN ATOMIC';SELECT /* begin atomic */ 2;"))
          .containsExactly("SELECT 'BEGIN ATOMIC'", "SELECT /* begin atomic */ 2");
    }
  }

  @Nested
  class Unterminated {

    @Test
    void singleQuotedString() {
      assertThatThrownBy(() -> split("SELECT 1;\nSELECT 'oops;\nSELECT 3;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unterminated quoted string starting at line 2")
          .extracting(e -> ((ScriptParseException) e).line())
          .isEqualTo(2);
    }

    @Test
    void escapeStringEndingInEscapedQuote() {
      assertThatThrownBy(() -> split("\n\nSELECT E'it\\';"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unterminated escape string (E'...') starting at line 3");
    }

    @Test
    void quotedIdentifier() {
      assertThatThrownBy(() -> split("SELECT \"col;\nFROM t;"))
          .hasMessage("unterminated quoted identifier starting at line 1");
    }

    @Test
    void dollarQuote() {
      String script = "SELECT 1;\n".repeat(11) + "CREATE FUNCTION f() AS $body$\nBEGIN\n$$;\n";
      assertThatThrownBy(() -> split(script))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unterminated dollar-quoted string starting at line 12: no closing $body$")
          .extracting(e -> ((ScriptParseException) e).line())
          .isEqualTo(12);
    }

    @Test
    void nestedBlockCommentClosedOnlyOnce() {
      assertThatThrownBy(() -> split("SELECT 1;\n/* outer\n /* inner */\nSELECT 2;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessageStartingWith("unterminated block comment starting at line 2")
          .hasMessageContaining("nest");
    }

    @Test
    void atomicBodyWithoutEnd() {
      assertThatThrownBy(
              () -> split("SELECT 1;\nCREATE FUNCTION f() RETURNS int\nBEGIN ATOMIC\nSELECT 1;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unterminated BEGIN ATOMIC body starting at line 3: no matching END");
    }

    @Test
    void parenthesisNeverClosed() {
      assertThatThrownBy(() -> split("SELECT 1;\nINSERT INTO t VALUES (1;\nSELECT 2;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unclosed parenthesis: the ( at line 2 has no matching )");
    }
  }

  @Test
  void statementNeedsTextAndALine() {
    assertThatThrownBy(() -> new SqlStatement(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SqlStatement("SELECT 1", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
