package dev.roundtrip.verifier.dialect;

/**
 * A statement another session of the run's database is running, as the database reports it.
 *
 * @param session the session's id on the server (PostgreSQL's pid, MySQL's connection id)
 * @param sql the statement text as the server shows it (may be cut short), or null
 * @param runningMillis how long the statement has been running
 * @param lockWaitMillis how long it has been waiting for a lock, or -1 when it is not waiting
 * @param waitsFor what it waits for in the database's words (e.g. {@code Lock/virtualxid}, {@code
 *     Waiting for table metadata lock}), or null
 */
public record RunningStatement(
    long session, String sql, long runningMillis, long lockWaitMillis, String waitsFor) {

  /** Whether the statement is waiting for a lock. */
  public boolean waitingForLock() {
    return lockWaitMillis >= 0;
  }
}
