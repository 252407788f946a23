package dev.roundtrip.verifier.api;

import java.util.List;

/**
 * How one migration fared on one dialect.
 *
 * @param version the version, e.g. {@code 3}
 * @param description the description from the file name
 * @param status the verdict
 * @param upMillis time of the first up, or -1 if it did not run
 * @param downMillis time of the down, or -1 if it did not run
 * @param reapplyMillis time of the second up, or -1 if it did not run
 * @param findings what was found, in the order found
 */
public record MigrationOutcome(
    String version,
    String description,
    Status status,
    long upMillis,
    long downMillis,
    long reapplyMillis,
    List<Finding> findings) {

  /** The verdict on one migration. */
  public enum Status {
    PASSED,
    FAILED,
    NOT_CHECKED
  }

  public MigrationOutcome {
    findings = List.copyOf(findings);
  }
}
