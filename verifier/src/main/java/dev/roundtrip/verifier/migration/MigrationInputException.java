package dev.roundtrip.verifier.migration;

import dev.roundtrip.verifier.api.RoundtripException;

/** A migration file or location that cannot be used as it is. */
public final class MigrationInputException extends RoundtripException {
  private static final long serialVersionUID = 1L;

  public MigrationInputException(String message, String fix) {
    super(message, fix);
  }

  public MigrationInputException(String message, String fix, Throwable cause) {
    super(message, fix, cause);
  }
}
