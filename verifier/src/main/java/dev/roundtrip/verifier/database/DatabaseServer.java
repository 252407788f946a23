package dev.roundtrip.verifier.database;

import java.util.List;
import java.util.Optional;

/**
 * A database server that hands out disposable databases: started for the run (embedded, container)
 * or an existing one (server mode). Closing it drops every database it created that is still open
 * and stops what was started.
 */
public interface DatabaseServer extends AutoCloseable {

  /** Creates a fresh, uniquely named, empty database. */
  DisposableDatabase createDatabase();

  /**
   * Whether this server copies a database faster than its migrations rebuild it ({@link #copyOf});
   * false by default.
   */
  default boolean copiesDatabases() {
    return false;
  }

  /**
   * A new database holding a copy of {@code source}, a database of this server with no connection
   * open on it, where the server copies a database faster than its migrations rebuild it; empty
   * where it does not.
   *
   * @throws ProvisioningException when the copy cannot be made
   */
  default Optional<DisposableDatabase> copyOf(DisposableDatabase source) {
    return Optional.empty();
  }

  /** A one-line description for logs, without secrets, e.g. "embedded PostgreSQL 17.11". */
  String describe();

  /**
   * Lines worth saying once the server is ready, e.g. what earlier runs killed before their cleanup
   * had left and this one removed; none by default.
   */
  default List<String> notes() {
    return List.of();
  }

  @Override
  void close();
}
