package dev.roundtrip.verifier.api;

/** The step of the round trip a finding belongs to. */
public enum Phase {
  /** Reading and pairing the migration files. */
  DISCOVER("discover"),
  /** The first up of a migration. */
  UP("up"),
  /** The down (undo) script. */
  DOWN("down"),
  /** The up applied again after the down. */
  REAPPLY("re-up"),
  /** The down again, after rows were written under the migration's schema. */
  DOWN_AFTER_WRITES("down after writes"),
  /** The up applied a third time, after the down that followed the writes. */
  REAPPLY_AFTER_WRITES("re-up after writes");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  /** The word used in console output and reports. */
  public String label() {
    return label;
  }
}
