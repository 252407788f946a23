package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.dialect.RunningStatement;
import dev.roundtrip.verifier.dialect.SessionActivity;
import dev.roundtrip.verifier.dialect.Sessions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@link SessionActivity} on MySQL and MariaDB: {@code information_schema.PROCESSLIST} of the run's
 * databases (every user sees its own sessions), a state such as {@code Waiting for table metadata
 * lock} for a lock wait, {@code KILL QUERY} to stop a statement. Row lock waits in InnoDB are also
 * bounded by the server itself ({@code innodb_lock_wait_timeout}).
 */
final class MySqlActivity implements SessionActivity {
  private static final int QUERY_INTERRUPTED = 1317;

  @Override
  public List<RunningStatement> running(Connection c, List<String> databases) throws SQLException {
    List<RunningStatement> result = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT ID, INFO, TIME, STATE FROM information_schema.PROCESSLIST"
                + " WHERE DB IN ("
                + placeholders(databases.size())
                + ") AND ID <> CONNECTION_ID() AND COMMAND = 'Query' AND INFO IS NOT NULL")) {
      bind(ps, databases, 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long millis = rs.getLong(3) * 1000;
          String state = rs.getString(4);
          result.add(
              new RunningStatement(
                  rs.getLong(1),
                  rs.getString(2),
                  millis,
                  isLockWait(state) ? millis : -1,
                  state == null || state.isBlank() ? null : state));
        }
      }
    }
    return result;
  }

  /**
   * {@code Waiting for table metadata lock}, {@code Waiting for table level lock}, and the like.
   */
  static boolean isLockWait(String state) {
    if (state == null) {
      return false;
    }
    String s = state.toLowerCase(Locale.ROOT);
    return s.startsWith("waiting for") && s.contains("lock");
  }

  @Override
  public List<String> blockers(Connection c, RunningStatement blocked, List<String> databases)
      throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT ID, COMMAND, TIME, INFO FROM information_schema.PROCESSLIST"
                + " WHERE DB IN ("
                + placeholders(databases.size())
                + ") AND ID <> CONNECTION_ID() AND ID <> ? ORDER BY ID")) {
      int next = bind(ps, databases, 1);
      ps.setLong(next, blocked.session());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(
              Sessions.describe(
                  "id " + rs.getLong(1),
                  rs.getString(2) + " for " + rs.getLong(3) + " s",
                  null,
                  rs.getString(4)));
        }
      }
    }
    return lines;
  }

  @Override
  public void cancel(Connection c, long session) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("KILL QUERY " + session);
    }
  }

  @Override
  public boolean isCancellation(SQLException e) {
    return e.getErrorCode() == QUERY_INTERRUPTED || "70100".equals(e.getSQLState());
  }

  private static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(Math.max(1, n), "?"));
  }

  private static int bind(PreparedStatement ps, List<String> databases, int from)
      throws SQLException {
    int i = from;
    if (databases.isEmpty()) {
      ps.setString(i++, "");
    }
    for (String db : databases) {
      ps.setString(i++, db);
    }
    return i;
  }
}
