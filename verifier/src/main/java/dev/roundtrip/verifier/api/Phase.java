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
  REAPPLY("re-up");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  /** The word used in console output and reports. */
  public String label() {
    return label;
  }
}
