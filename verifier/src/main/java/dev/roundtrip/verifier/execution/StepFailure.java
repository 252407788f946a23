package dev.roundtrip.verifier.execution;

import java.nio.file.Path;

/**
 * A step of the round trip that failed: which file, which line, what the database said. Internal to
 * the replay; it becomes a finding.
 */
public final class StepFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String statement;

  StepFailure(String message, Path file, int line, String statement, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.line = line;
    this.statement = statement;
  }

  public Path file() {
    return file;
  }

  /** 1-based, 0 when unknown. */
  public int line() {
    return line;
  }

  /** The failing statement, or null. */
  public String statement() {
    return statement;
  }
}
