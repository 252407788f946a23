package dev.roundtrip.verifier.api;

/** What a finding is about; the id is what users name in reports and allowances. */
public enum Rule {
  MISSING_DOWN("missing-down", Severity.ERROR, Phase.DOWN),
  UP_FAILED("up-failed", Severity.ERROR, Phase.UP),
  DOWN_FAILED("down-failed", Severity.ERROR, Phase.DOWN),
  /**
   * A step failed part-way on a dialect without transactional DDL, leaving the statements before
   * the failure applied. Its phase is that of the step.
   */
  HALF_APPLIED("half-applied", Severity.ERROR, Phase.UP),
  SCHEMA_NOT_RESTORED("schema-not-restored", Severity.ERROR, Phase.DOWN),
  REAPPLY_FAILED("reapply-failed", Severity.ERROR, Phase.REAPPLY),
  REAPPLY_SCHEMA_DIFFERS("reapply-schema-differs", Severity.ERROR, Phase.REAPPLY),
  DATA_LOST("data-lost", Severity.ERROR, Phase.UP),
  DATA_MOVED("data-moved", Severity.INFO, Phase.UP),
  DATA_NOT_RESTORED("data-not-restored", Severity.ERROR, Phase.DOWN),
  DATA_DISCARDED("data-discarded", Severity.WARNING, Phase.DOWN),
  REAPPLY_DATA_DIFFERS("reapply-data-differs", Severity.ERROR, Phase.REAPPLY),
  /**
   * The up failed on the rows the generator wrote but applies on the same schema without them: it
   * fails in production wherever the data holds what those rows held. The round trip goes on.
   */
  UP_FAILS_ON_DATA("up-fails-on-data", Severity.WARNING, Phase.UP),
  /**
   * A statement of a step ran longer than the statement limit, or waited longer than the lock-wait
   * limit, and was stopped. Its phase is that of the step.
   */
  TIMED_OUT("timed-out", Severity.ERROR, Phase.UP),
  NOT_CHECKED("not-checked", Severity.WARNING, Phase.UP);

  private final String id;
  private final Severity severity;
  private final Phase phase;

  Rule(String id, Severity severity, Phase phase) {
    this.id = id;
    this.severity = severity;
    this.phase = phase;
  }

  /** The rule with this id, or null. */
  public static Rule fromId(String id) {
    for (Rule r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    return null;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public Phase phase() {
    return phase;
  }
}
