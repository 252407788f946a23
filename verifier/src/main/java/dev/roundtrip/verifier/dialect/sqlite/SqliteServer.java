package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.database.Cleanup;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.database.OwnedNames;
import dev.roundtrip.verifier.database.ProvisioningException;
import dev.roundtrip.verifier.database.ServerProcess;
import dev.roundtrip.verifier.database.WorkFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite "server": a folder of the run's private work folder ({@link WorkFolder}, readable by this
 * user only) in which each disposable database is a file of its own, created empty and private, and
 * deleted with its journal, its WAL files and its companion file of copies when it is closed. The
 * folder is removed on close, by the cleanup hook at Ctrl-C, and by a later run when this one was
 * killed. Nothing listens: no other process can reach a database but through the file system.
 */
final class SqliteServer implements DatabaseServer {
  static final ServerProcess.Kind KIND =
      new ServerProcess.Kind("sqlite", "SQLite databases", null, null);

  /** What SQLite adds beside a database file while it is in use. */
  private static final List<String> SIDE_FILES = List.of("-journal", "-wal", "-shm");

  private final Path folder;
  private final ServerProcess cleanup;
  private final String description;
  private final List<SqliteDatabase> open = new ArrayList<>();

  private SqliteServer(Path folder, ServerProcess cleanup, String description) {
    this.folder = folder;
    this.cleanup = cleanup;
    this.description = description;
  }

  /** A new folder for the run's SQLite databases. */
  static SqliteServer start(String version) {
    Path folder = WorkFolder.newServerFolder(KIND.folderPrefix());
    ServerProcess cleanup = new ServerProcess(KIND, folder);
    cleanup.describeAs("SQLite databases in " + folder);
    Cleanup.add(cleanup);
    SqliteServer server = new SqliteServer(folder, cleanup, "embedded SQLite " + version);
    return server;
  }

  @Override
  public synchronized DisposableDatabase createDatabase() {
    String name = OwnedNames.newName();
    Path file = folder.resolve(name + ".db");
    try {
      WorkFolder.writePrivate(file, "");
      WorkFolder.writePrivate(SqliteDatabase.copiesOf(file), "");
    } catch (ProvisioningException e) {
      throw new ProvisioningException(
          "cannot create SQLite database " + file + ": " + e.getMessage(),
          "Check that the temporary directory (java.io.tmpdir) is writable and not full.",
          e);
    }
    SqliteDatabase db = new SqliteDatabase(this, name, file);
    open.add(db);
    return db;
  }

  /** Deletes the database's files; called once by the database. */
  synchronized void drop(SqliteDatabase db) {
    open.remove(db);
    List<String> left = new ArrayList<>();
    for (Path file : List.of(db.file(), SqliteDatabase.copiesOf(db.file()))) {
      for (String side : SIDE_FILES) {
        delete(file.resolveSibling(file.getFileName() + side), left);
      }
      delete(file, left);
    }
    if (!left.isEmpty()) {
      throw new ProvisioningException(
          "could not delete " + String.join(", ", left),
          "Delete them by hand; nothing else uses them.");
    }
  }

  private static void delete(Path file, List<String> left) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      left.add(file + " (" + e.getMessage() + ")");
    }
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    if (Cleanup.exiting()) {
      return; // the shutdown hook removes the folder
    }
    ProvisioningException first = null;
    for (SqliteDatabase db : List.copyOf(open)) {
      try {
        db.close();
      } catch (ProvisioningException e) {
        first = first == null ? e : first;
      }
    }
    cleanup.removeFolder();
    Cleanup.remove(cleanup);
    if (first != null) {
      throw first;
    }
  }
}
