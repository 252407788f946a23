package dev.roundtrip.verifier.dialect.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Pins the session settings that change how PostgreSQL prints definitions, so that snapshots do not
 * depend on the caller's session, and restores the caller's values on {@link #close()}. With only
 * {@code pg_catalog} on the search path every user object is printed schema-qualified.
 */
final class PinnedSession implements AutoCloseable {
  private static final List<String> NAMES =
      List.of("search_path", "TimeZone", "DateStyle", "IntervalStyle", "extra_float_digits");
  private static final List<String> PINNED =
      List.of("pg_catalog", "UTC", "ISO, YMD", "postgres", "1");

  private final Connection connection;
  private final List<String> callers;

  private PinnedSession(Connection connection, List<String> callers) {
    this.connection = connection;
    this.callers = callers;
  }

  static PinnedSession pin(Connection connection) throws SQLException {
    List<String> callers = new ArrayList<>();
    try (PreparedStatement get = connection.prepareStatement(query("current_setting(?)"))) {
      for (int i = 0; i < NAMES.size(); i++) {
        get.setString(i + 1, NAMES.get(i));
      }
      try (ResultSet row = get.executeQuery()) {
        row.next();
        for (int i = 0; i < NAMES.size(); i++) {
          callers.add(row.getString(i + 1));
        }
      }
    }
    set(connection, PINNED);
    return new PinnedSession(connection, List.copyOf(callers));
  }

  /** The connection, with the settings pinned until {@link #close()}. */
  Connection connection() {
    return connection;
  }

  @Override
  public void close() throws SQLException {
    set(connection, callers);
  }

  private static void set(Connection connection, List<String> values) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement(query("set_config(?, ?, false)"))) {
      for (int i = 0; i < NAMES.size(); i++) {
        set.setString(2 * i + 1, NAMES.get(i));
        set.setString(2 * i + 2, values.get(i));
      }
      set.executeQuery().close();
    }
  }

  /** {@code SELECT call, call, ...} with one call per setting. */
  private static String query(String call) {
    return "SELECT " + String.join(", ", Collections.nCopies(NAMES.size(), call));
  }
}
