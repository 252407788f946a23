package dev.roundtrip.verifier.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What the sessions of a database are doing, and how to stop one of their statements: what a
 * watchdog needs to put a time limit on every statement, including those of the migration tool.
 * Every method runs one short query on the given connection, in auto-commit mode.
 */
public interface SessionActivity {

  /**
   * The statements running now in the sessions of {@code databases} (on PostgreSQL the connection's
   * own database; on the MySQL family the databases named), apart from the caller's own session.
   */
  List<RunningStatement> running(Connection c, List<String> databases) throws SQLException;

  /**
   * The sessions that keep {@code blocked} waiting, each described in one line (its id, state,
   * program and last statement), or an empty list when the database cannot say.
   */
  List<String> blockers(Connection c, RunningStatement blocked, List<String> databases)
      throws SQLException;

  /** Stops the statement {@code session} is running; the session itself stays. */
  void cancel(Connection c, long session) throws SQLException;

  /** Whether {@code e} is what a statement stopped by {@link #cancel} fails with. */
  boolean isCancellation(SQLException e);
}
