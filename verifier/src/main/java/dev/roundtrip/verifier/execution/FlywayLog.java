package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.api.ProgressListener;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Routes Flyway's own log to the listener of the run on the current thread, at debug level, so that
 * the console shows one line per migration rather than Flyway's chatter. Flyway instantiates this
 * class by name (its {@code loggers} setting); {@link #during} says where lines go.
 */
public final class FlywayLog implements LogCreator {
  private static final ThreadLocal<ProgressListener> CURRENT = new ThreadLocal<>();

  /** Called by Flyway. */
  public FlywayLog() {}

  /** Runs {@code action} with Flyway's log going to {@code listener}. */
  static <T extends Exception> void during(ProgressListener listener, Step<T> action) throws T {
    ProgressListener previous = CURRENT.get();
    CURRENT.set(listener);
    try {
      action.run();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** An action that may throw {@code T}. */
  interface Step<T extends Exception> {
    void run() throws T;
  }

  private static void emit(String line) {
    ProgressListener listener = CURRENT.get();
    if (listener != null) {
      listener.debug(line);
    }
  }

  @Override
  public Log createLogger(Class<?> clazz) {
    return new Log() {
      @Override
      public void debug(String message) {}

      @Override
      public void info(String message) {
        emit("flyway: " + message);
      }

      @Override
      public void warn(String message) {
        emit("flyway warning: " + message);
      }

      @Override
      public void error(String message) {
        emit("flyway error: " + message);
      }

      @Override
      public void error(String message, Exception e) {
        emit("flyway error: " + message);
      }

      @Override
      public void notice(String message) {
        emit("flyway: " + message);
      }
    };
  }
}
