package dev.roundtrip.maven;

import dev.roundtrip.verifier.api.ProgressListener;
import org.apache.maven.plugin.logging.Log;

/** Sends the engine's progress lines to Maven's log. */
final class MavenListener implements ProgressListener {
  private final Log log;

  MavenListener(Log log) {
    this.log = log;
  }

  @Override
  public void info(String line) {
    log.info(line);
  }

  @Override
  public void warn(String line) {
    log.warn(line);
  }

  @Override
  public void debug(String line) {
    if (log.isDebugEnabled()) {
      log.debug(line);
    }
  }
}
