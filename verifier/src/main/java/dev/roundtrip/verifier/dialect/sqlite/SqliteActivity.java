package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.dialect.RunningStatement;
import dev.roundtrip.verifier.dialect.SessionActivity;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * SQLite runs in the process that opens the file: there are no sessions a watching connection can
 * list or cancel. A statement waiting for a lock fails after {@link
 * SqliteDatabase#BUSY_TIMEOUT_MILLIS}; one that runs long is not stopped.
 */
final class SqliteActivity implements SessionActivity {

  @Override
  public List<RunningStatement> running(Connection c, List<String> databases) {
    return List.of();
  }

  @Override
  public List<String> blockers(Connection c, RunningStatement blocked, List<String> databases) {
    return List.of();
  }

  @Override
  public void cancel(Connection c, long session) {
    // nothing is ever listed as running, so nothing is cancelled
  }

  @Override
  public boolean isCancellation(SQLException e) {
    return false;
  }
}
