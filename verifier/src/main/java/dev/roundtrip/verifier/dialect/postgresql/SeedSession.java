package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.data.SeedReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/**
 * The session settings the seeder runs with, restored on {@link #close()}: ISO dates in UTC (so
 * values read back and bounds in CHECKs have one format), no JIT compilation (it costs more than
 * the small catalog and insert statements it would speed up), and {@code session_replication_role =
 * replica} where the role may set it, so user triggers do not fire. Opens a transaction when the
 * connection is in auto-commit mode and commits it with {@link #commit()}.
 */
final class SeedSession implements AutoCloseable {
  private static final List<String> NAMES =
      List.of("TimeZone", "DateStyle", "IntervalStyle", "jit", "session_replication_role");
  private static final List<String> VALUES = List.of("UTC", "ISO, YMD", "postgres", "off");

  private final Connection connection;
  private final boolean ownsTransaction;
  private final List<String> callers;
  private final boolean unicode;
  private final boolean replica;
  private boolean committed;

  private SeedSession(
      Connection connection,
      boolean ownsTransaction,
      List<String> callers,
      boolean unicode,
      boolean replica) {
    this.connection = connection;
    this.ownsTransaction = ownsTransaction;
    this.callers = callers;
    this.unicode = unicode;
    this.replica = replica;
  }

  static SeedSession open(Connection connection, SeedReport.Builder report) throws SQLException {
    boolean owns = connection.getAutoCommit();
    if (owns) {
      connection.setAutoCommit(false);
    }
    try {
      return open(connection, owns, report);
    } catch (SQLException e) {
      if (owns) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      throw e;
    }
  }

  private static SeedSession open(Connection connection, boolean owns, SeedReport.Builder report)
      throws SQLException {
    List<String> callers = new ArrayList<>();
    boolean unicode;
    try (PreparedStatement get =
            connection.prepareStatement(
                "SELECT current_setting(?), current_setting(?), current_setting(?),"
                    + " current_setting(?), current_setting(?), current_setting('server_encoding')");
        PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
      for (int i = 0; i < NAMES.size(); i++) {
        get.setString(i + 1, NAMES.get(i));
      }
      try (ResultSet row = get.executeQuery()) {
        row.next();
        for (int i = 0; i < NAMES.size(); i++) {
          callers.add(row.getString(i + 1));
        }
        unicode = "UTF8".equals(row.getString(NAMES.size() + 1));
      }
      for (int i = 0; i < VALUES.size(); i++) {
        set(set, NAMES.get(i), VALUES.get(i));
      }
      boolean replica = replica(connection, set, report);
      if (!unicode) {
        report.note("the database encoding is not UTF8: strings are generated in ASCII only");
      }
      return new SeedSession(connection, owns, List.copyOf(callers), unicode, replica);
    }
  }

  private static boolean replica(
      Connection connection, PreparedStatement set, SeedReport.Builder report) throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    try {
      set(set, "session_replication_role", "replica");
      connection.releaseSavepoint(savepoint);
      return true;
    } catch (SQLException e) {
      connection.rollback(savepoint);
      report.note(
          "user triggers fired while seeding: this role may not set session_replication_role"
              + " to replica ("
              + e.getSQLState()
              + ")");
      return false;
    }
  }

  private static void set(PreparedStatement set, String name, String value) throws SQLException {
    set.setString(1, name);
    set.setString(2, value);
    set.executeQuery().close();
  }

  /** Whether the database takes any character. */
  boolean unicode() {
    return unicode;
  }

  /** Whether triggers are off (replica mode), so foreign keys are not checked either. */
  boolean replica() {
    return replica;
  }

  /** Makes the rows permanent if the seeder opened the transaction. */
  void commit() throws SQLException {
    restore();
    if (ownsTransaction) {
      connection.commit();
    }
    committed = true;
  }

  @Override
  public void close() throws SQLException {
    try {
      if (!committed) {
        if (ownsTransaction) {
          connection.rollback();
        } else {
          restore();
        }
      }
    } finally {
      if (ownsTransaction) {
        connection.setAutoCommit(true);
      }
    }
  }

  private void restore() throws SQLException {
    try (PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
      int count = replica ? NAMES.size() : VALUES.size();
      for (int i = 0; i < count; i++) {
        set(set, NAMES.get(i), callers.get(i));
      }
    }
  }
}
