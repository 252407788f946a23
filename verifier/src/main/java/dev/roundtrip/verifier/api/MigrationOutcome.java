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
    /** Round-tripped without an error finding. */
    PASSED,
    /** Round-tripped with an error finding, or could not be applied at all. */
    FAILED,
    /** Not run at all: a migration before it could not be applied. */
    NOT_CHECKED,
    /**
     * Only applied, not round-tripped: left out by {@code from} or {@code since}. It was applied
     * (and seeded) to bring the database to the migrations that are round-tripped, and is neither
     * passed nor failed; a finding it has (it failed on the generated rows only, a warning) says
     * so.
     */
    APPLIED
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
   * The milliseconds of each step of a migration's round trip, -1 for a step that did not run (or,
   * for a migration only applied by one Flyway call with others, was not timed on its own).
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
