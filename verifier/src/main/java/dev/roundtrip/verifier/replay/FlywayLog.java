package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.ProgressListener;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.flywaydb.core.api.logging.LogFactory;

/**
 * Routes Flyway's own log to the run's listener at debug level (warnings stay warnings), so that
 * the console shows one line per migration rather than Flyway's chatter.
 */
final class FlywayLog implements LogCreator {
  private final ProgressListener listener;

  private FlywayLog(ProgressListener listener) {
    this.listener = listener;
  }

  static void routeTo(ProgressListener listener) {
    LogFactory.setLogCreator(new FlywayLog(listener));
  }

  @Override
  public Log createLogger(Class<?> clazz) {
    return new Log() {
      @Override
      public boolean isDebugEnabled() {
        return false;
      }

      @Override
      public void debug(String message) {}

      @Override
      public void info(String message) {
        listener.debug("flyway: " + message);
      }

      @Override
      public void warn(String message) {
        listener.debug("flyway warning: " + message);
      }

      @Override
      public void error(String message) {
        listener.debug("flyway error: " + message);
      }

      @Override
      public void error(String message, Exception e) {
        listener.debug("flyway error: " + message);
      }

      @Override
      public void notice(String message) {
        listener.debug("flyway: " + message);
      }
    };
  }
}
