package dev.roundtrip.verifier.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.database.CompanionDatabases;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The watchdog on real PostgreSQL and MariaDB: a statement that waits for a lock another session
 * holds is stopped at the lock-wait limit, with the holder named; one that runs too long is stopped
 * at the statement limit; both fail in the session that ran them, which stays usable.
 */
class WatchdogTest {
  private static final Duration LONG = Duration.ofSeconds(60);
  private static final Duration SHORT = Duration.ofSeconds(1);

  private static Watchdog watch(
      Dialect dialect, DisposableDatabase db, Duration stmt, Duration lock) {
    List<String> names =
        dialect == TestDialects.POSTGRESQL
            ? List.of(db.name())
            : List.of(db.name(), CompanionDatabases.shadowOf(db.name()));
    return new Watchdog(
        db, dialect.activity(), names, stmt, lock, ProgressListener.silent(), "test");
  }

  private static void run(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long sessionId(Dialect dialect, Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                dialect == TestDialects.POSTGRESQL
                    ? "SELECT pg_backend_pid()"
                    : "SELECT CONNECTION_ID()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void lockWaitIsStopped(
      Dialect dialect, DisposableDatabase db, String hold, String blocked) throws SQLException {
    try (Watchdog dog = watch(dialect, db, LONG, SHORT);
        Connection holder = db.connect();
        Connection waiter = db.connect()) {
      run(holder, "CREATE TABLE accounts (id INT PRIMARY KEY, name VARCHAR(20))");
      run(holder, "INSERT INTO accounts VALUES (1, 'a')");
      holder.setAutoCommit(false);
      long holderId = sessionId(dialect, holder);
      run(holder, hold);
      long mark = dog.mark();

      assertThatThrownBy(() -> run(waiter, blocked))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(dialect.activity().isCancellation((SQLException) e)).isTrue());

      Watchdog.Stop stop = dog.stoppedSince(mark).orElseThrow();
      assertThat(stop.lockWait()).isTrue();
      assertThat(stop.limit()).isEqualTo(SHORT);
      assertThat(stop.statement().sql()).contains("ALTER TABLE accounts");
      assertThat(stop.statement().waitsFor()).isNotBlank();
      // the holder is named; PostgreSQL also shows its last statement, MariaDB only that it sleeps
      String holderLine = stop.blockers().get(0);
      assertThat(stop.blockers()).hasSize(1);
      assertThat(holderLine).containsPattern("^(pid|id) " + holderId + " ");
      if (dialect == TestDialects.POSTGRESQL) {
        assertThat(holderLine).contains(hold);
      }
      holder.rollback();
      run(waiter, "SELECT 1");
    }
  }

  private static void longStatementIsStopped(Dialect dialect, DisposableDatabase db, String sleep)
      throws SQLException {
    try (Watchdog dog = watch(dialect, db, SHORT, LONG);
        Connection c = db.connect()) {
      long mark = dog.mark();
      long start = System.nanoTime();
      try {
        run(c, sleep);
      } catch (SQLException e) {
        assertThat(dialect.activity().isCancellation(e)).isTrue();
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LONG);
      Watchdog.Stop stop = dog.stoppedSince(mark).orElseThrow();
      assertThat(stop.lockWait()).isFalse();
      assertThat(stop.statement().sql()).contains(sleep);
      assertThat(stop.blockers()).isEmpty();
      assertThat(dog.stoppedSince(dog.mark())).isEmpty();
      run(c, "SELECT 1");
    }
  }

  @Test
  void aLockWaitIsStoppedOnPostgres() throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase()) {
      lockWaitIsStopped(
          TestDialects.POSTGRESQL,
          db,
          "UPDATE accounts SET name = 'b' WHERE id = 1",
          "ALTER TABLE accounts ADD COLUMN note text");
    }
  }

  @Test
  void aLockWaitIsStoppedOnMariaDb() throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase()) {
      lockWaitIsStopped(
          TestDialects.MARIADB,
          db,
          "UPDATE accounts SET name = 'b' WHERE id = 1",
          "ALTER TABLE accounts ADD COLUMN note TEXT");
    }
  }

  @Test
  void aLongStatementIsStoppedOnPostgres() throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase()) {
      longStatementIsStopped(TestDialects.POSTGRESQL, db, "SELECT pg_sleep(100000)");
    }
  }

  @Test
  void aLongStatementIsStoppedOnMariaDb() throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase()) {
      longStatementIsStopped(TestDialects.MARIADB, db, "SELECT SLEEP(100000)");
    }
  }
}
