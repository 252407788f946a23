package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.database.Cleanup;
import dev.roundtrip.verifier.database.DisposableDatabase;
import java.nio.file.Path;

/**
 * One SQLite database file of the run. Every connection enforces foreign keys, as applications
 * switch them on, and waits at most {@link #BUSY_TIMEOUT_MILLIS} for a lock another connection
 * holds.
 */
final class SqliteDatabase implements DisposableDatabase {
  /** How long a statement waits for a lock before it fails with SQLITE_BUSY. */
  static final int BUSY_TIMEOUT_MILLIS = 10_000;

  private final SqliteServer server;
  private final String name;
  private final Path file;
  private boolean dropped;

  SqliteDatabase(SqliteServer server, String name, Path file) {
    this.server = server;
    this.name = name;
    this.file = file;
  }

  /** The file that holds the data checks' copies of values of the database in {@code file}. */
  static Path copiesOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".copies");
  }

  Path file() {
    return file;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String jdbcUrl() {
    return "jdbc:sqlite:" + file + "?foreign_keys=true&busy_timeout=" + BUSY_TIMEOUT_MILLIS;
  }

  @Override
  public String user() {
    return null;
  }

  @Override
  public String password() {
    return null;
  }

  @Override
  public String describe() {
    return "database " + file;
  }

  @Override
  public synchronized void close() {
    if (dropped || Cleanup.exiting()) {
      return;
    }
    dropped = true;
    server.drop(this);
  }
}
