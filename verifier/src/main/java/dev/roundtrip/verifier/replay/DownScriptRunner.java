package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Placeholders;
import dev.roundtrip.verifier.dialect.PostgresStatements;
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
  private final DisposableDatabase database;
  private final StatementSplitter splitter;
  private final Placeholders placeholders;
  private final ScriptReader reader;

  DownScriptRunner(
      RoundtripConfig config,
      DisposableDatabase database,
      StatementSplitter splitter,
      Placeholders placeholders,
      ScriptReader reader) {
    this.config = config;
    this.database = database;
    this.splitter = splitter;
    this.placeholders = placeholders;
    this.reader = reader;
  }

  /** Runs the down script of {@code migration}, which must have one. */
  void runDown(Migration migration) throws StepFailure {
    Path script = migration.downScript();
    List<SqlStatement> statements = reader.statements(script, splitter, placeholders);
    boolean transactional =
        statements.stream().noneMatch(s -> PostgresStatements.isNonTransactional(s.sql()));
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

  /** Removes the migration's latest row from the schema history. */
  private void forget(Connection c, Migration migration) throws SQLException {
    String table = historyTable(c);
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM "
                + table
                + " WHERE installed_rank = (SELECT max(installed_rank) FROM "
                + table
                + " WHERE version = ?)")) {
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
          var rs = s.executeQuery("SELECT current_schema()")) {
        rs.next();
        schema = rs.getString(1);
      }
    }
    return quote(schema) + "." + quote(config.table());
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  private String message(SQLException e) {
    return DatabaseMessages.of(e, database.password());
  }
}
