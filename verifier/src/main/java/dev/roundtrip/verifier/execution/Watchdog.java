package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.RunningStatement;
import dev.roundtrip.verifier.dialect.SessionActivity;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Puts a time limit on every statement run in a disposable database, whoever runs it (Flyway, the
 * down executor, the data checks, a seed script): a thread of its own looks at the database's
 * sessions a few times a second, and stops a statement that runs longer than the statement limit or
 * waits for a lock longer than the lock-wait limit, noting what it was doing and, for a lock, who
 * held it. The step that ran the statement then fails, and {@link #stoppedSince} says why.
 */
public final class Watchdog implements AutoCloseable {
  private static final long MIN_POLL_MS = 100;
  private static final long MAX_POLL_MS = 1000;

  /**
   * A statement the watchdog stopped.
   *
   * @param sequence its place among the watchdog's stops, from 1
   * @param statement what it was running, as the database showed it
   * @param lockWait whether it was stopped for waiting for a lock (else for running too long)
   * @param limit the limit it went past
   * @param blockers the sessions it waited for, one line each (empty unless {@code lockWait})
   */
  public record Stop(
      long sequence,
      RunningStatement statement,
      boolean lockWait,
      Duration limit,
      List<String> blockers) {}

  private final DisposableDatabase database;
  private final SessionActivity activity;
  private final List<String> databases;
  private final Duration statementLimit;
  private final Duration lockLimit;
  private final ProgressListener out;
  private final ScheduledExecutorService thread;
  private final List<Stop> stops = new ArrayList<>();
  private final Map<Long, Long> stoppedAt = new HashMap<>();
  private Connection connection;
  private boolean closed;

  /**
   * Starts watching.
   *
   * @param databases the database's names as its sessions show them (on the MySQL family the
   *     disposable database and its companion)
   */
  public Watchdog(
      DisposableDatabase database,
      SessionActivity activity,
      List<String> databases,
      Duration statementLimit,
      Duration lockLimit,
      ProgressListener out,
      String name) {
    this.database = database;
    this.activity = activity;
    this.databases = List.copyOf(databases);
    this.statementLimit = statementLimit;
    this.lockLimit = lockLimit;
    this.out = out;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "roundtrip-watchdog-" + name);
              t.setDaemon(true);
              return t;
            });
    long poll =
        Math.max(
            MIN_POLL_MS,
            Math.min(MAX_POLL_MS, Math.min(statementLimit.toMillis(), lockLimit.toMillis()) / 4));
    thread.scheduleWithFixedDelay(this::look, poll, poll, TimeUnit.MILLISECONDS);
  }

  /** A mark to ask {@link #stoppedSince} about later: call it before a step. */
  public synchronized long mark() {
    return stops.size();
  }

  /** The first statement stopped after {@code mark}, if any. */
  public synchronized Optional<Stop> stoppedSince(long mark) {
    return mark < stops.size() ? Optional.of(stops.get((int) mark)) : Optional.empty();
  }

  private void look() {
    try {
      Connection c = connection();
      if (c == null) {
        return;
      }
      for (RunningStatement s : activity.running(c, databases)) {
        boolean lockWait = s.waitingForLock() && s.lockWaitMillis() > lockLimit.toMillis();
        if ((lockWait || s.runningMillis() > statementLimit.toMillis()) && !stoppedAlready(s)) {
          List<String> blockers = lockWait ? blockers(c, s) : List.of();
          // noted before the stop, so that the step it ends finds it noted
          record(new Stop(0, s, lockWait, lockWait ? lockLimit : statementLimit, blockers));
          activity.cancel(c, s.session());
        }
      }
    } catch (SQLException e) {
      dropConnection();
      out.debug(
          "watchdog of "
              + database.describe()
              + ": "
              + DatabaseMessages.of(e, database.password()));
    } catch (RuntimeException e) {
      // a look that fails must not end the looks to come
      out.debug(
          "watchdog of "
              + database.describe()
              + " failed: "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
    }
  }

  /** Who holds what {@code s} waits for; the stop must not depend on the database saying so. */
  private List<String> blockers(Connection c, RunningStatement s) {
    try {
      return activity.blockers(c, s, databases);
    } catch (SQLException e) {
      out.debug(
          "watchdog of "
              + database.describe()
              + ": who holds the lock is unknown: "
              + DatabaseMessages.of(e, database.password()));
      return List.of();
    }
  }

  /**
   * Whether this very statement was stopped already and has not ended yet: a session's statement is
   * the same while its start stays put.
   */
  private synchronized boolean stoppedAlready(RunningStatement s) {
    Long startedAt = stoppedAt.get(s.session());
    long started = System.currentTimeMillis() - s.runningMillis();
    return startedAt != null && Math.abs(startedAt - started) < 2 * MAX_POLL_MS;
  }

  private synchronized void record(Stop stop) {
    if (closed) {
      return;
    }
    Stop numbered =
        new Stop(
            stops.size() + 1L, stop.statement(), stop.lockWait(), stop.limit(), stop.blockers());
    stops.add(numbered);
    stoppedAt.put(
        stop.statement().session(), System.currentTimeMillis() - stop.statement().runningMillis());
  }

  private synchronized Connection connection() throws SQLException {
    if (closed) {
      return null;
    }
    if (connection == null) {
      connection = database.connect();
    }
    return connection;
  }

  private synchronized void dropConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // a new one is opened at the next look
      }
      connection = null;
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    thread.shutdownNow();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dropConnection();
  }
}
