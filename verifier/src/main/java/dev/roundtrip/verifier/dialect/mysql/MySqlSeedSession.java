package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.SeedReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The session the seeder runs with on MySQL and MariaDB: {@code time_zone = '+00:00'}, so that
 * TIMESTAMP values are written (and their 1970-2038 range checked) in UTC, restored to the caller's
 * on {@link #close()}. The {@code sql_mode} is left as it is: in strict mode a value the column
 * cannot hold is rejected, which is what the seeder counts; without it the server adjusts the value
 * and warns, and the report notes that. Opens a transaction when the connection is in auto-commit
 * mode and commits it with {@link #commit()}; a statement that fails inside it is rolled back on
 * its own, without ending the transaction.
 */
final class MySqlSeedSession implements AutoCloseable {
  private static final String UTC = "+00:00";

  private final Connection connection;
  private final boolean ownsTransaction;
  private final String callersTimeZone;
  private boolean committed;

  private MySqlSeedSession(Connection connection, boolean ownsTransaction, String timeZone) {
    this.connection = connection;
    this.ownsTransaction = ownsTransaction;
    this.callersTimeZone = timeZone;
  }

  static MySqlSeedSession open(Connection connection, SeedReport.Builder report)
      throws SQLException {
    String timeZone;
    String sqlMode;
    try (PreparedStatement get =
            connection.prepareStatement("SELECT @@session.time_zone, @@session.sql_mode");
        ResultSet row = get.executeQuery()) {
      row.next();
      timeZone = row.getString(1);
      sqlMode = row.getString(2) == null ? "" : row.getString(2).toUpperCase(Locale.ROOT);
    }
    if (!sqlMode.contains("STRICT_TRANS_TABLES") && !sqlMode.contains("STRICT_ALL_TABLES")) {
      report.note(
          "the session is not in strict mode (sql_mode '"
              + sqlMode
              + "'): values a column cannot hold are adjusted by the server with a warning"
              + " instead of being rejected");
    }
    boolean owns = connection.getAutoCommit();
    setTimeZone(connection, UTC);
    if (owns) {
      connection.setAutoCommit(false);
    }
    return new MySqlSeedSession(connection, owns, timeZone);
  }

  /** Whether the seeder began the transaction (the connection was in auto-commit mode). */
  boolean ownsTransaction() {
    return ownsTransaction;
  }

  /** Restores the caller's time zone and makes the rows permanent if the seeder began. */
  void commit() throws SQLException {
    setTimeZone(connection, callersTimeZone);
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
        }
        setTimeZone(connection, callersTimeZone);
      }
    } finally {
      if (ownsTransaction) {
        connection.setAutoCommit(true);
      }
    }
  }

  private static void setTimeZone(Connection connection, String timeZone) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement("SET time_zone = ?")) {
      set.setString(1, timeZone);
      set.execute();
    }
  }
}
