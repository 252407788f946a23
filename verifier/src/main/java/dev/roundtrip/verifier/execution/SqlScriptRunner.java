package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.api.Redaction;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Placeholders;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs a SQL script of the project (a seed script) in one transaction. */
public final class SqlScriptRunner {
  private final DisposableDatabase database;
  private final ScriptReader reader;
  private final StatementSplitter splitter;
  private final Placeholders placeholders;

  public SqlScriptRunner(
      DisposableDatabase database,
      ScriptReader reader,
      StatementSplitter splitter,
      Placeholders placeholders) {
    this.database = database;
    this.reader = reader;
    this.splitter = splitter;
    this.placeholders = placeholders;
  }

  public void run(Path script) throws StepFailure {
    List<SqlStatement> statements = reader.statements(script, splitter, placeholders);
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      for (SqlStatement st : statements) {
        try (Statement s = c.createStatement()) {
          s.execute(st.sql());
        } catch (SQLException e) {
          c.rollback();
          throw new StepFailure(
              Redaction.redact(DatabaseMessages.firstLine(e.getMessage()), database.password()),
              script,
              st.line(),
              st.sql(),
              e);
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new StepFailure(
          Redaction.redact(DatabaseMessages.firstLine(e.getMessage()), database.password()),
          script,
          0,
          null,
          e);
    }
  }
}
