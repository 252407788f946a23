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
 * {@code pg_catalog} on the search path every user object is printed schema-qualified; {@link
 * #pinFormats} leaves the search path as it is, for the tables of the catalog model, whose type
 * names the seeder writes in SQL of the caller's session. The catalog queries are planned once per
 * connection ({@code plan_cache_mode}): on the connection a session's checks share, a read costs
 * what it runs, not what planning its joins over the catalog costs. They are not compiled ({@code
 * jit}): their estimates, inflated by the recursive walk over types, pass the cost at which a
 * server built with LLVM compiles a query, and compiling took 40 to 500 ms of a read that runs in 3
 * ms.
 */
final class PinnedSession implements AutoCloseable {
  private static final List<String> NAMES =
      List.of(
          "search_path",
          "TimeZone",
          "DateStyle",
          "IntervalStyle",
          "extra_float_digits",
          "plan_cache_mode",
          "jit");
  private static final List<String> PINNED =
      List.of("pg_catalog", "UTC", "ISO, YMD", "postgres", "1", "force_generic_plan", "off");

  private final Connection connection;
  private final List<String> names;
  private final List<String> callers;

  private PinnedSession(Connection connection, List<String> names, List<String> callers) {
    this.connection = connection;
    this.names = names;
    this.callers = callers;
  }

  /** Pins every setting, the search path included. */
  static PinnedSession pin(Connection connection) throws SQLException {
    return pin(connection, NAMES, PINNED);
  }

  /** Pins how values are printed (time zone, date and interval styles, float digits). */
  static PinnedSession pinFormats(Connection connection) throws SQLException {
    return pin(connection, NAMES.subList(1, NAMES.size()), PINNED.subList(1, PINNED.size()));
  }

  private static PinnedSession pin(Connection connection, List<String> names, List<String> values)
      throws SQLException {
    List<String> callers = new ArrayList<>();
    try (PreparedStatement get = connection.prepareStatement(query(names, "current_setting(?)"))) {
      for (int i = 0; i < names.size(); i++) {
        get.setString(i + 1, names.get(i));
      }
      try (ResultSet row = get.executeQuery()) {
        row.next();
        for (int i = 0; i < names.size(); i++) {
          callers.add(row.getString(i + 1));
        }
      }
    }
    set(connection, names, values);
    return new PinnedSession(connection, names, List.copyOf(callers));
  }

  /** The connection, with the settings pinned until {@link #close()}. */
  Connection connection() {
    return connection;
  }

  @Override
  public void close() throws SQLException {
    set(connection, names, callers);
  }

  private static void set(Connection connection, List<String> names, List<String> values)
      throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement(query(names, "set_config(?, ?, false)"))) {
      for (int i = 0; i < names.size(); i++) {
        set.setString(2 * i + 1, names.get(i));
        set.setString(2 * i + 2, values.get(i));
      }
      set.executeQuery().close();
    }
  }

  /** {@code SELECT call, call, ...} with one call per setting. */
  private static String query(List<String> names, String call) {
    return "SELECT " + String.join(", ", Collections.nCopies(names.size(), call));
  }
}
