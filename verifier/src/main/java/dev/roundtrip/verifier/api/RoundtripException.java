package dev.roundtrip.verifier.api;

/**
 * A problem with the input or the infrastructure of a run (not a finding about a migration). It
 * carries what to do about it, so that a build tool can show a fix next to the cause.
 */
public class RoundtripException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String fix;

  public RoundtripException(String message, String fix) {
    super(message);
    this.fix = fix;
  }

  public RoundtripException(String message, String fix, Throwable cause) {
    super(message, cause);
    this.fix = fix;
  }

  /** How to fix the problem, in one or two sentences; never null. */
  public String fix() {
    return fix == null ? "" : fix;
  }
}
