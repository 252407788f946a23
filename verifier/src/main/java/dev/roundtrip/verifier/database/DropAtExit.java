package dev.roundtrip.verifier.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The databases a run has open on a server it did not start (server mode), dropped by the shutdown
 * hook through an admin connection opened beforehand. The JDBC driver loads its classes lazily, so
 * the connection is opened, and the drop statements run once on a name no database has, while the
 * class loader is open; at exit only classes already loaded are used.
 */
final class DropAtExit extends Cleanup.Entry {
  private final Connection connection;
  private final String description;
  private final Map<String, List<String>> open = new LinkedHashMap<>();

  private DropAtExit(Connection connection, String description) {
    this.connection = connection;
    this.description = description;
  }

  /**
   * Opens the connection and runs {@code warmUp} (drop statements for a database that does not
   * exist) on it.
   */
  static DropAtExit open(Connection connection, String description, List<String> warmUp)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.setQueryTimeout((int) Cleanup.LIMIT_SECONDS);
      for (String sql : warmUp) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new DropAtExit(connection, description);
  }

  synchronized void add(String name, List<String> dropStatements) {
    open.put(name, List.copyOf(dropStatements));
  }

  synchronized void remove(String name) {
    open.remove(name);
  }

  /** Closes the connection (the end of the run). */
  void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // nothing depends on it
    }
  }

  @Override
  synchronized String finish(long deadline) {
    if (open.isEmpty()) {
      return null;
    }
    List<String> dropped = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Map.Entry<String, List<String>> db : open.entrySet()) {
      try (Statement s = connection.createStatement()) {
        long left = (deadline - System.nanoTime()) / 1_000_000_000L;
        s.setQueryTimeout((int) Math.max(1, left));
        for (String sql : db.getValue()) {
          s.execute(sql);
        }
        dropped.add(db.getKey());
      } catch (SQLException | RuntimeException | LinkageError e) {
        failed.add(db.getKey());
      }
    }
    open.clear();
    close();
    return (dropped.isEmpty() ? "" : "dropped " + String.join(", ", dropped))
        + (dropped.isEmpty() || failed.isEmpty() ? "" : "; ")
        + (failed.isEmpty()
            ? ""
            : "could not drop "
                + String.join(", ", failed)
                + " (the next run on this machine drops it)")
        + " on "
        + description;
  }
}
