package dev.roundtrip.verifier.api;

/** Receives progress lines as the run goes, e.g. to print them on the console. */
public interface ProgressListener {
  /** A line worth showing by default (one per migration checked, the provider chosen). */
  void info(String line);

  /** A problem worth showing that does not stop the run. */
  void warn(String line);

  /** Detail for troubleshooting (what Flyway said, SQL run). */
  void debug(String line);

  /** A listener that drops everything. */
  static ProgressListener silent() {
    return new ProgressListener() {
      @Override
      public void info(String line) {}

      @Override
      public void warn(String line) {}

      @Override
      public void debug(String line) {}
    };
  }
}
