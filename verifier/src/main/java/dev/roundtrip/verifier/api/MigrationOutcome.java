package dev.roundtrip.verifier.api;

import java.util.List;

/**
 * How one migration fared on one dialect.
 *
 * @param version the version, e.g. {@code 3}
 * @param description the description from the file name
 * @param status the verdict
 * @param times how long each step took
 * @param findings what was found, in the order found
 */
public record MigrationOutcome(
    String version, String description, Status status, StepTimes times, List<Finding> findings) {

  /** The verdict on one migration. */
  public enum Status {
    PASSED,
    FAILED,
    NOT_CHECKED
  }

  public MigrationOutcome {
    findings = List.copyOf(findings);
    times = times == null ? StepTimes.NONE : times;
  }

  /** Time of the first up, or -1 if it did not run. */
  public long upMillis() {
    return times.up();
  }

  /** Time of the first down, or -1 if it did not run. */
  public long downMillis() {
    return times.down();
  }

  /** Time of the second up, or -1 if it did not run. */
  public long reapplyMillis() {
    return times.reapply();
  }

  /**
   * The milliseconds of each step of a migration's round trip, -1 for a step that did not run.
   *
   * @param up the first up
   * @param down the down right after it
   * @param reapply the up again
   * @param downAfterWrites the down after rows were written under the migration's schema
   * @param reapplyAfterWrites the up after that down
   */
  public record StepTimes(
      long up, long down, long reapply, long downAfterWrites, long reapplyAfterWrites) {
    /** No step ran. */
    public static final StepTimes NONE = new StepTimes(-1, -1, -1, -1, -1);
  }
}
