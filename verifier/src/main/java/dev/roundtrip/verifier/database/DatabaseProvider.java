package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;

/**
 * Provides disposable databases for a dialect. Implementations are found with {@link
 * java.util.ServiceLoader}; each has a short id users name in their configuration.
 */
public interface DatabaseProvider {

  /** The id users configure, e.g. {@code embedded} or {@code server}. */
  String id();

  /** Whether this provider can serve the dialect at all. */
  boolean supports(Dialect dialect);

  /** Starts or connects to a server for the dialect. */
  DatabaseServer start(Dialect dialect, ProviderSettings settings);
}
