package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.Placeholders;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import dev.roundtrip.verifier.findings.Findings;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationInputException;
import dev.roundtrip.verifier.migration.ScriptConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs a down (undo) script with Roundtrip's own executor, the way Flyway runs an up: Flyway's
 * placeholders replaced, split into statements for the dialect, honouring the script's
 * configuration file ({@code U3__x.sql.conf}: {@code executeInTransaction}, {@code encoding},
 * {@code placeholderReplacement}); otherwise in one transaction unless its statements cannot run in
 * one (PostgreSQL's {@code CREATE/DROP INDEX CONCURRENTLY}, {@code VACUUM} and the like, which then
 * run each on its own; on the MySQL family any statement that commits implicitly), and a script
 * that mixes both kinds refused where Flyway refuses it. Then the migration's row is removed from
 * Flyway's schema history so that Flyway applies it again.
 */
public final class DownScriptRunner {
  private final RoundtripConfig config;
  private final Dialect dialect;
  private final DisposableDatabase database;
  private final StatementSplitter splitter;
  private final Placeholders placeholders;
  private final ScriptReader reader;

  public DownScriptRunner(
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
  public void runDown(Migration migration) throws StepFailure {
    Path script = migration.downScript();
    ScriptConfig conf = scriptConfig(script);
    List<SqlStatement> statements = reader.statements(script, splitter, placeholders, conf);
    try (Connection c = database.connect()) {
      boolean transactional =
          inTransaction(script, statements, conf, c.getMetaData().getDatabaseMajorVersion());
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

  private static ScriptConfig scriptConfig(Path script) throws StepFailure {
    try {
      return ScriptConfig.of(script);
    } catch (MigrationInputException e) {
      throw new StepFailure(e.getMessage(), script, 0, null, e);
    }
  }

  /**
   * Whether the script runs in one transaction: as its configuration says, else as its statements
   * allow.
   *
   * @throws StepFailure where Flyway would refuse a script that mixes statements that cannot run in
   *     a transaction with statements that can
   */
  private boolean inTransaction(
      Path script, List<SqlStatement> statements, ScriptConfig conf, int serverMajor)
      throws StepFailure {
    if (conf.executeInTransaction() != null) {
      return conf.executeInTransaction();
    }
    SqlStatement outside = null;
    SqlStatement inside = null;
    for (SqlStatement s : statements) {
      if (dialect.breaksTransaction(s.sql(), serverMajor)) {
        outside = outside == null ? s : outside;
      } else {
        inside = inside == null ? s : inside;
      }
    }
    if (outside == null) {
      return true;
    }
    if (inside != null && dialect.refusesMixedScripts()) {
      SqlStatement later = outside.line() > inside.line() ? outside : inside;
      throw new StepFailure(
          Findings.name(script)
              + " mixes a statement that cannot run in a transaction (line "
              + outside.line()
              + ") with statements that can (line "
              + inside.line()
              + "), which Flyway refuses unless mixed is set; put the statement that must run"
              + " outside a transaction in a migration of its own, or add "
              + Findings.name(script)
              + ".conf with executeInTransaction=false",
          script,
          later.line(),
          later.sql(),
          null);
    }
    return false;
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
