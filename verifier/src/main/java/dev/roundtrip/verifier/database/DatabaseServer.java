package dev.roundtrip.verifier.database;

import java.util.List;

/**
 * A database server that hands out disposable databases: started for the run (embedded, container)
 * or an existing one (server mode). Closing it drops every database it created that is still open
 * and stops what was started.
 */
public interface DatabaseServer extends AutoCloseable {

  /** Creates a fresh, uniquely named, empty database. */
  DisposableDatabase createDatabase();

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
