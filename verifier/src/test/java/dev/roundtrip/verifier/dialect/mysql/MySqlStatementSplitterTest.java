package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MySqlStatementSplitterTest {

  private final StatementSplitter splitter = new MySqlStatementSplitter();

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
    void keepsLastStatementWithoutSemicolonAndDropsEmptyOnes() {
      assertThat(split(";;\n# only a comment\n;\nSELECT 1;;\nSELECT 2\n-- trailing\n"))
          .containsExactly(new SqlStatement("SELECT 1", 4), new SqlStatement("SELECT 2", 5));
    }

    @Test
    void emptyOrBlankScriptHasNoStatements() {
      assertThat(split("")).isEmpty();
      assertThat(split(" \n\t\r\n-- nothing\n# here\n/* nor here */\n")).isEmpty();
    }

    @Test
    void lineIsThatOfTheFirstCharacterAfterLeadingBlanksAndComments() {
      String script =
          """
          -- header comment
          # another

          /* a block
             comment */
            CREATE TABLE a (id int);  # trailing comment
          -- between

          INSERT INTO a
            VALUES (1);
          """;
      assertThat(split(script))
          .containsExactly(
              new SqlStatement("CREATE TABLE a (id int)", 6),
              new SqlStatement("INSERT INTO a\n  VALUES (1)", 9));
    }

    @Test
    void countsLinesOfWindowsLineEndingsAndIgnoresByteOrderMark() {
      assertThat(split("\uFEFFSELECT 1;\r\n\r\nSELECT\r\n 2;\r\n"))
          .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT\r\n 2", 3));
    }

    @Test
    void semicolonInsideParenthesesDoesNotSplit() {
      assertThat(sqlOf("SELECT (1;2);SELECT 3;")).containsExactly("SELECT (1;2)", "SELECT 3");
    }
  }

  @Nested
  class QuotesAndComments {

    @Test
    void singleQuotedStringWithBackslashEscapeAndDoubledQuote() {
      assertThat(sqlOf("INSERT INTO t VALUES ('it\\'s; ok', 'it''s; ok', 'C:\\\\');SELECT 2;"))
          .containsExactly(
              "INSERT INTO t VALUES ('it\\'s; ok', 'it''s; ok', 'C:\\\\')", "SELECT 2");
    }

    @Test
    void doubleQuotedStringWithBackslashEscapeAndDoubledQuote() {
      assertThat(sqlOf("SELECT \"say \\\"hi\\\"; \"\"now\"\"\";SELECT 2;"))
          .containsExactly("SELECT \"say \\\"hi\\\"; \"\"now\"\"\"", "SELECT 2");
    }

    @Test
    void backtickIdentifierWithDoubledBacktickAndNoBackslashEscape() {
      assertThat(sqlOf("CREATE TABLE `we``ird;name\\` (id int);SELECT 1;"))
          .containsExactly("CREATE TABLE `we``ird;name\\` (id int)", "SELECT 1");
    }

    @Test
    void dashDashNeedsABlankAfterIt() {
      assertThat(split("SELECT 1--1;\nSELECT 2 -- x; not here\n;\nSELECT 3 --\t;\n;"))
          .containsExactly(
              new SqlStatement("SELECT 1--1", 1),
              new SqlStatement("SELECT 2 -- x; not here", 2),
              new SqlStatement("SELECT 3 --\t;", 4));
    }

    @Test
    void dashDashAtEndOfScriptIsAComment() {
      assertThat(sqlOf("SELECT 1;\n--")).containsExactly("SELECT 1");
    }

    @Test
    void hashCommentRunsToEndOfLine() {
      assertThat(split("SELECT 1 # a; b\n, 2;\n# SELECT 3;\nSELECT 4;"))
          .containsExactly(
              new SqlStatement("SELECT 1 # a; b\n, 2", 1), new SqlStatement("SELECT 4", 4));
    }

    @Test
    void blockCommentsDoNotNest() {
      assertThat(split("/* outer /* inner; */ SELECT 1;\nSELECT 2;"))
          .containsExactly(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 2));
    }

    @Test
    void commentMarkersInsideStringsAreText() {
      assertThat(sqlOf("SELECT '--', \"#\", '/*';SELECT `#`;"))
          .containsExactly("SELECT '--', \"#\", '/*'", "SELECT `#`");
    }
  }

  @Nested
  class ExecutableComments {

    @Test
    void versionedCommentIsAStatementOfItsOwn() {
      assertThat(
              split(
                  "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n"
                      + "/*!50503 SET NAMES utf8mb4 */;\n/*! SET x = 1 */;"))
          .containsExactly(
              new SqlStatement(
                  "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */", 1),
              new SqlStatement("/*!50503 SET NAMES utf8mb4 */", 2),
              new SqlStatement("/*! SET x = 1 */", 3));
    }

    @Test
    void semicolonInsideExecutableCommentDoesNotSplit() {
      // the server reads the content as SQL: a body with ; inside is fine, the client would cut it
      assertThat(
              sqlOf(
                  "/*!50003 CREATE PROCEDURE p() BEGIN SELECT 1; END */;"
                      + "/*M!100100 CREATE PROCEDURE q() BEGIN SELECT 2; END */;SELECT 3;"))
          .containsExactly(
              "/*!50003 CREATE PROCEDURE p() BEGIN SELECT 1; END */",
              "/*M!100100 CREATE PROCEDURE q() BEGIN SELECT 2; END */",
              "SELECT 3");
    }

    @Test
    void contentIsSqlSoItsQuotesCount() {
      assertThat(sqlOf("/*!50003 SELECT '*/;' */;SELECT 2;"))
          .containsExactly("/*!50003 SELECT '*/;' */", "SELECT 2");
    }

    @Test
    void triggerInExecutableCommentsWithoutDelimiterChange() {
      String script =
          "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER trg BEFORE"
              + " INSERT ON t FOR EACH ROW BEGIN\n  SET NEW.a = 1;\n  SET NEW.b = 2;\nEND */;\n"
              + "SELECT 1;";
      List<SqlStatement> statements = split(script);
      assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 5);
      assertThat(statements.get(0).sql()).endsWith("SET NEW.b = 2;\nEND */");
    }

    @Test
    void optimizerHintIsAnOrdinaryComment() {
      assertThat(sqlOf("SELECT /*+ BKA(t1); */ 1;SELECT 2;"))
          .containsExactly("SELECT /*+ BKA(t1); */ 1", "SELECT 2");
    }
  }

  @Nested
  class Delimiters {

    @Test
    void procedureWithDelimiterChange() {
      String script =
          """
          DROP PROCEDURE IF EXISTS add_order;
          DELIMITER $$
          CREATE PROCEDURE add_order(IN p_id INT)
          BEGIN
            INSERT INTO orders(id) VALUES (p_id);
            UPDATE stats SET n = n + 1;
          END$$
          DELIMITER ;
          CALL add_order(1);
          """;
      List<SqlStatement> statements = split(script);
      assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3, 9);
      assertThat(statements.get(1).sql())
          .startsWith("CREATE PROCEDURE add_order")
          .endsWith("UPDATE stats SET n = n + 1;\nEND");
      assertThat(statements.get(2).sql()).isEqualTo("CALL add_order(1)");
    }

    @Test
    void delimiterIsCaseInsensitiveAndMayBeLongOrSlashes() {
      assertThat(
              split(
                  "delimiter //\nSELECT 1; SELECT 2//\nDelimiter END_OF_IT\nSELECT 3;"
                      + "END_OF_IT\nDELIMITER ;\nSELECT 4;"))
          .containsExactly(
              new SqlStatement("SELECT 1; SELECT 2", 2),
              new SqlStatement("SELECT 3;", 4),
              new SqlStatement("SELECT 4", 6));
    }

    @Test
    void delimiterEndsAWordAndHashMayBeADelimiter() {
      assertThat(sqlOf("DELIMITER $$\nSELECT a$$ SELECT 'x$$'$$\nDELIMITER #\nSELECT 1#SELECT 2"))
          .containsExactly("SELECT a", "SELECT 'x$$'", "SELECT 1", "SELECT 2");
    }

    @Test
    void delimiterCommandTakesOnlyTheFirstWordAfterIt() {
      assertThat(sqlOf("DELIMITER ;;  -- mysqldump style\nSELECT 1;;\nDELIMITER ;\nSELECT 2;"))
          .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void delimiterInsideAStatementIsText() {
      // as in the mysql client: DELIMITER is a command only where a statement would start
      assertThat(sqlOf("SELECT id,\ndelimiter\nFROM csv_format;"))
          .containsExactly("SELECT id,\ndelimiter\nFROM csv_format");
    }

    @Test
    void delimiterWithoutArgument() {
      assertThatThrownBy(() -> split("SELECT 1;\nDELIMITER\nSELECT 2;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("DELIMITER at line 2 has no delimiter after it");
    }

    @Test
    void delimiterWithBackslash() {
      assertThatThrownBy(() -> split("DELIMITER \\\\"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("DELIMITER at line 1 contains a backslash: \\\\");
    }
  }

  @Nested
  class Unterminated {

    @Test
    void singleQuotedStringEndingInEscapedQuote() {
      assertThatThrownBy(() -> split("SELECT 1;\nSELECT 'it\\';\nSELECT 3;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unterminated quoted string starting at line 2")
          .extracting(e -> ((ScriptParseException) e).line())
          .isEqualTo(2);
    }

    @Test
    void doubleQuotedString() {
      assertThatThrownBy(() -> split("\n\nSELECT \"oops;"))
          .hasMessage("unterminated double-quoted string starting at line 3");
    }

    @Test
    void backtickIdentifier() {
      assertThatThrownBy(() -> split("SELECT `col;\nFROM t;"))
          .hasMessage("unterminated quoted identifier starting at line 1");
    }

    @Test
    void blockComment() {
      assertThatThrownBy(() -> split("SELECT 1;\n\n/* never\nclosed"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unterminated block comment starting at line 3");
    }

    @Test
    void executableComment() {
      assertThatThrownBy(() -> split("SELECT 1;\n/*!40101 SET x = 1;\nSELECT 2;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unterminated executable comment (/*!) starting at line 2");
    }

    @Test
    void parenthesis() {
      assertThatThrownBy(() -> split("SELECT 1;\nINSERT INTO t VALUES (1;\nSELECT 2;"))
          .hasMessage("unclosed parenthesis: the ( at line 2 has no matching )");
    }

    @Test
    void storedProgramBody() {
      assertThatThrownBy(
              () ->
                  split(
                      "SELECT 1;\nCREATE PROCEDURE p()\nBEGIN\n  IF x THEN SELECT 1; END IF;\n"
                          + "SELECT 2;"))
          .isInstanceOf(ScriptParseException.class)
          .hasMessage("unterminated BEGIN ... END starting at line 3: no matching END")
          .extracting(e -> ((ScriptParseException) e).line())
          .isEqualTo(3);
    }
  }
}
