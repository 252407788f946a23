package dev.roundtrip.verifier.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.SqlStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trigger bodies, whose inner {@code ;} do not end the statement, checked against SQLite itself
 * where it matters: each statement the splitter gives must run on its own through sqlite-jdbc,
 * whose {@code Statement.execute} runs only the first statement of its text.
 */
class SqliteTriggerSplitTest {

  private final SqliteStatementSplitter splitter = new SqliteStatementSplitter();

  private List<SqlStatement> split(String script) {
    return splitter.split(script);
  }

  private List<String> sqlOf(String script) {
    return split(script).stream().map(SqlStatement::sql).toList();
  }

  @Test
  void triggerBodyWithCaseAndQuotesIsOneStatementThatRuns() throws SQLException {
    String script =
        """
        CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC, status TEXT);
        CREATE TABLE audit_log (note TEXT, size TEXT);

        -- keeps a note of every order; sizes it too
        CREATE TRIGGER trg_orders_ai AFTER INSERT ON orders
        BEGIN
          INSERT INTO audit_log (note, size)
            VALUES ('order ' || new.id || '; it''s "new"',
                    CASE WHEN new.total > 100 THEN 'big' ELSE 'small' END);
          UPDATE orders SET status = CASE new.total WHEN 0 THEN 'free' ELSE [status] END
            WHERE id = new.id; /* the row itself */
        END;

        INSERT INTO orders (id, total) VALUES (1, 250), (2, 0);
        """;
    List<SqlStatement> statements = split(script);
    assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2, 5, 14);
    assertThat(statements.get(2).sql())
        .startsWith("CREATE TRIGGER trg_orders_ai AFTER INSERT ON orders\nBEGIN")
        .endsWith("/* the row itself */\nEND");

    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement s = c.createStatement()) {
      for (SqlStatement statement : statements) {
        s.execute(statement.sql());
      }
      assertThat(rows(s, "SELECT note || ' ' || size FROM audit_log ORDER BY rowid"))
          .containsExactly("order 1; it's \"new\" big", "order 2; it's \"new\" small");
      assertThat(rows(s, "SELECT ifnull(status, '-') FROM orders ORDER BY id"))
          .containsExactly("-", "free");
    }
  }

  @Test
  void tempTriggerAndExplainedTrigger() {
    assertThat(
            sqlOf(
                "CREATE TEMP TRIGGER a AFTER DELETE ON t BEGIN DELETE FROM u; END;\n"
                    + "create temporary trigger b before update on t begin select 1; end;\n"
                    + "EXPLAIN QUERY PLAN CREATE TRIGGER c AFTER INSERT ON t BEGIN SELECT 2; END;\n"
                    + "SELECT 3;"))
        .containsExactly(
            "CREATE TEMP TRIGGER a AFTER DELETE ON t BEGIN DELETE FROM u; END",
            "create temporary trigger b before update on t begin select 1; end",
            "EXPLAIN QUERY PLAN CREATE TRIGGER c AFTER INSERT ON t BEGIN SELECT 2; END",
            "SELECT 3");
  }

  @Test
  void endRightAfterASemicolonClosesTheBodyWhateverComesBetween() {
    assertThat(
            split(
                "CREATE TRIGGER t1 AFTER INSERT ON t BEGIN\n"
                    + "  SELECT 1;; -- two\n"
                    + "  /* before the end */ END -- done\n"
                    + ";\n"
                    + "SELECT 2;"))
        .containsExactly(
            new SqlStatement(
                "CREATE TRIGGER t1 AFTER INSERT ON t BEGIN\n"
                    + "  SELECT 1;; -- two\n"
                    + "  /* before the end */ END -- done",
                1),
            new SqlStatement("SELECT 2", 5));
  }

  @Test
  void caseEndJustBeforeTheBodysEndDoesNotCloseIt() {
    assertThat(
            sqlOf(
                "CREATE TRIGGER t2 BEFORE INSERT ON t BEGIN SELECT CASE WHEN 1 THEN 2 END; END;"
                    + "SELECT 3;"))
        .containsExactly(
            "CREATE TRIGGER t2 BEFORE INSERT ON t BEGIN SELECT CASE WHEN 1 THEN 2 END; END",
            "SELECT 3");
  }

  @Test
  void triggerWithoutFinalSemicolonEndsTheScript() {
    assertThat(split("SELECT 1;\nCREATE TRIGGER t3 AFTER INSERT ON t BEGIN SELECT 1; END"))
        .containsExactly(
            new SqlStatement("SELECT 1", 1),
            new SqlStatement("CREATE TRIGGER t3 AFTER INSERT ON t BEGIN SELECT 1; END", 2));
  }

  @Test
  void keywordsCountOnlyAsWholeUnquotedWords() {
    // "trigger" quoted is a table name; a$end and end_at are not END; CREATE TABLE is no trigger
    assertThat(
            sqlOf(
                "CREATE TABLE \"trigger\" (end_at INT, a$end INT);\n"
                    + "CREATE TABLE [trigger2] (x);\n"
                    + "CREATE VIEW v AS SELECT 1 AS [end];\n"
                    + "SELECT 2;"))
        .containsExactly(
            "CREATE TABLE \"trigger\" (end_at INT, a$end INT)",
            "CREATE TABLE [trigger2] (x)",
            "CREATE VIEW v AS SELECT 1 AS [end]",
            "SELECT 2");
  }

  @Test
  void bodyNeverClosedFailsAtTheTriggersLine() {
    String script =
        "SELECT 1;\n\n"
            + "CREATE TRIGGER t4 AFTER INSERT ON t\nBEGIN\n  SELECT 1 END;\nCREATE TABLE x (y);\n";
    assertThatThrownBy(() -> split(script))
        .isInstanceOf(ScriptParseException.class)
        .hasMessage(
            "unterminated CREATE TRIGGER starting at line 3: its body is never closed by END right"
                + " after a ; (as in \"...; END;\")")
        .extracting(e -> ((ScriptParseException) e).line())
        .isEqualTo(3);
  }

  @Test
  void bodyEndingInASemicolonWithoutEndFails() {
    assertThatThrownBy(() -> split("CREATE TRIGGER t5 AFTER INSERT ON t BEGIN SELECT 1;"))
        .isInstanceOf(ScriptParseException.class)
        .hasMessageStartingWith("unterminated CREATE TRIGGER starting at line 1");
  }

  private static List<String> rows(Statement s, String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
