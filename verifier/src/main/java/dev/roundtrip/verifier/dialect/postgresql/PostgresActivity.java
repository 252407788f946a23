package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.dialect.RunningStatement;
import dev.roundtrip.verifier.dialect.SessionActivity;
import dev.roundtrip.verifier.dialect.Sessions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link SessionActivity} on PostgreSQL: {@code pg_stat_activity} of the connection's database,
 * {@code pg_locks.waitstart} (PostgreSQL 14 and later; the statement's start before) for how long a
 * lock has been awaited, {@code pg_blocking_pids} for who holds it, {@code pg_cancel_backend} to
 * stop a statement.
 */
final class PostgresActivity implements SessionActivity {
  private static final String QUERY_CANCELED = "57014";
  private static final int WAITSTART_SINCE = 140000;

  private static final String RUNNING =
      "SELECT a.pid, a.query,"
          + " (extract(epoch FROM clock_timestamp() - a.query_start) * 1000)::bigint,"
          + " CASE WHEN a.wait_event_type = 'Lock' THEN (extract(epoch FROM clock_timestamp() -"
          + " %s) * 1000)::bigint ELSE -1 END,"
          + " a.wait_event_type || '/' || a.wait_event"
          + " FROM pg_stat_activity a"
          + " WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()"
          + " AND a.state = 'active' AND a.backend_type = 'client backend'";
  private static final String WAIT_START =
      "coalesce((SELECT min(l.waitstart) FROM pg_locks l WHERE l.pid = a.pid AND NOT l.granted),"
          + " a.query_start)";

  private String runningQuery;

  @Override
  public List<RunningStatement> running(Connection c, List<String> databases) throws SQLException {
    List<RunningStatement> result = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(runningQuery(c))) {
      while (rs.next()) {
        result.add(
            new RunningStatement(
                rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
      }
    }
    return result;
  }

  private String runningQuery(Connection c) throws SQLException {
    if (runningQuery == null) {
      int version;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int")) {
        rs.next();
        version = rs.getInt(1);
      }
      runningQuery =
          String.format(RUNNING, version >= WAITSTART_SINCE ? WAIT_START : "a.query_start");
    }
    return runningQuery;
  }

  @Override
  public List<String> blockers(Connection c, RunningStatement blocked, List<String> databases)
      throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT b.pid, b.state, b.application_name, b.query FROM pg_stat_activity b"
                + " WHERE b.pid = ANY (pg_blocking_pids(?::int)) ORDER BY b.pid")) {
      ps.setLong(1, blocked.session());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(
              Sessions.describe(
                  "pid " + rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return lines;
  }

  @Override
  public void cancel(Connection c, long session) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_cancel_backend(?::int)")) {
      ps.setLong(1, session);
      ps.execute();
    }
  }

  @Override
  public boolean isCancellation(SQLException e) {
    return QUERY_CANCELED.equals(e.getSQLState());
  }
}
