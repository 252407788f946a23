package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.Placeholders;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import dev.roundtrip.verifier.migration.Migration;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs a down (undo) script with Roundtrip's own executor: Flyway's placeholders replaced, split
 * into statements for the dialect, in one transaction where the dialect allows, and the migration's
 * row removed from Flyway's schema history so that Flyway applies it again.
 */
final class DownScriptRunner {
  private final RoundtripConfig config;
  private final Dialect dialect;
  private final DisposableDatabase database;
  private final StatementSplitter splitter;
  private final Placeholders placeholders;
  private final ScriptReader reader;

  DownScriptRunner(
      RoundtripConfig config,
      Dialect dialect,
      DisposableDatabase database,
      StatementSplitter splitter,
      Placeholders placeholders,
      ScriptReader reader) {
    this.config = config;
    this.dialect = dialect;
    this.database = database;
    this.splitter = splitter;
    this.placeholders = placeholders;
    this.reader = reader;
  }

  /** Runs the down script of {@code migration}, which must have one. */
  void runDown(Migration migration) throws StepFailure {
    Path script = migration.downScript();
    List<SqlStatement> statements = reader.statements(script, splitter, placeholders);
    boolean transactional = statements.stream().noneMatch(s -> dialect.breaksTransaction(s.sql()));
    try (Connection c = database.connect()) {
      c.setAutoCommit(!transactional);
      try {
        execute(c, script, statements);
        forget(c, migration);
        if (transactional) {
          c.commit();
        }
      } catch (StepFailure | SQLException e) {
        if (transactional) {
          c.rollback();
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StepFailure(message(e), script, 0, null, e);
    }
  }

  private void execute(Connection c, Path script, List<SqlStatement> statements)
      throws StepFailure {
    for (SqlStatement statement : statements) {
      try (Statement s = c.createStatement()) {
        s.execute(statement.sql());
      } catch (SQLException e) {
        throw new StepFailure(message(e), script, statement.line(), statement.sql(), e);
      }
    }
  }

  /**
   * Removes the migration's latest row from the schema history. The maximum is read through a
   * derived table, since MySQL refuses a subquery on the table a DELETE changes.
   */
  private void forget(Connection c, Migration migration) throws SQLException {
    String table = historyTable(c);
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM "
                + table
                + " WHERE installed_rank = (SELECT r FROM (SELECT max(installed_rank) AS r FROM "
                + table
                + " WHERE version = ?) latest)")) {
      ps.setString(1, migration.version().toString());
      ps.executeUpdate();
    }
  }

  private String historyTable(Connection c) throws SQLException {
    String schema;
    if (!config.schemas().isEmpty()) {
      schema = config.schemas().get(0);
    } else {
      try (Statement s = c.createStatement();
          var rs = s.executeQuery(dialect.currentSchemaQuery())) {
        rs.next();
        schema = rs.getString(1);
      }
    }
    return dialect.quote(schema) + "." + dialect.quote(config.table());
  }

  private String message(SQLException e) {
    return DatabaseMessages.of(e, database.password());
  }
}
