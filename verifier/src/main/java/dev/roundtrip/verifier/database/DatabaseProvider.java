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

  /**
   * Whether this provider can serve the dialect here and now, answered within seconds and without
   * starting anything; asked when no provider is configured, to choose one. By default it can when
   * it supports the dialect.
   */
  default Availability availability(Dialect dialect, ProviderSettings settings) {
    return supports(dialect)
        ? Availability.available("default")
        : Availability.unavailable(id() + " cannot provide " + dialect.displayName());
  }

  /** Starts or connects to a server for the dialect. */
  DatabaseServer start(Dialect dialect, ProviderSettings settings);
}
