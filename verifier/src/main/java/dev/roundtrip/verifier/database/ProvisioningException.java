package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.RoundtripException;

/** No disposable database could be provided, or one could not be cleaned up. */
public final class ProvisioningException extends RoundtripException {
  private static final long serialVersionUID = 1L;

  public ProvisioningException(String message, String fix) {
    super(message, fix);
  }

  public ProvisioningException(String message, String fix, Throwable cause) {
    super(message, fix, cause);
  }
}
