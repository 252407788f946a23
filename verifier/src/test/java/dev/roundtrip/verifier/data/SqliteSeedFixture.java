package dev.roundtrip.verifier.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A shop in SQLite for the seeder tests: the types, keys and checks SQLite applications use. */
final class SqliteSeedFixture {
  static final Set<String> EXCLUDED = Set.of("flyway_schema_history");

  static final String SHOP =
      """
      CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY, version TEXT);
      CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL, phone VARCHAR(20), vip BOOLEAN NOT NULL DEFAULT 0,
          born DATE, created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);
      CREATE TABLE categories (code TEXT PRIMARY KEY, label TEXT NOT NULL,
          parent TEXT REFERENCES categories (code));
      CREATE TABLE products (id INTEGER PRIMARY KEY, sku VARCHAR(32) NOT NULL UNIQUE,
          name TEXT NOT NULL, category TEXT REFERENCES categories (code),
          price NUMERIC(10,2) NOT NULL CHECK (price >= 0), weight REAL, image BLOB,
          stock INT NOT NULL DEFAULT 0 CHECK (stock BETWEEN 0 AND 100000));
      CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL
          REFERENCES customers (id), placed_at DATETIME NOT NULL,
          status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped')),
          note TEXT);
      CREATE TABLE order_lines (order_id INTEGER NOT NULL REFERENCES orders (id),
          line INT NOT NULL, product_id INTEGER NOT NULL REFERENCES products (id),
          quantity INT NOT NULL CHECK (quantity > 0), PRIMARY KEY (order_id, line))
          WITHOUT ROWID;
      CREATE TABLE settings (key TEXT PRIMARY KEY, value ANY) STRICT;
      CREATE TABLE audit (id INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT NOT NULL,
          at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);
      CREATE TRIGGER orders_audit AFTER INSERT ON orders
      BEGIN INSERT INTO audit (what) VALUES ('order ' || NEW.id); END;
      """;

  private SqliteSeedFixture() {}

  /** Runs the script, statement by statement. */
  static void execute(Connection connection, String script) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (var statement :
          dev.roundtrip.verifier.dialect.Dialect.fromId("sqlite").splitter().split(script)) {
        s.execute(statement.sql());
      }
    }
  }

  /** Each table of {@code main} with its row count, by name. */
  static Map<String, Long> counts(Connection connection) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : tables(connection)) {
      counts.put(table, SeedFixture.count(connection, "\"" + table + "\""));
    }
    return counts;
  }

  /**
   * Rows whose foreign key points at no parent row, per foreign key ({@code table#id}, as {@code
   * pragma_foreign_key_list} numbers them).
   */
  static Map<String, Long> danglingReferences(Connection connection) throws SQLException {
    Map<String, Long> dangling = new LinkedHashMap<>();
    for (String table : tables(connection)) {
      Map<Integer, List<String[]>> keys = new LinkedHashMap<>();
      try (Statement s = connection.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('"
                      + table
                      + "') ORDER BY id, seq")) {
        while (rs.next()) {
          keys.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
              .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      for (Map.Entry<Integer, List<String[]>> key : keys.entrySet()) {
        StringBuilder match = new StringBuilder();
        StringBuilder present = new StringBuilder();
        for (String[] part : key.getValue()) {
          match.append(match.length() == 0 ? "" : " AND ");
          match.append("p.\"").append(part[2]).append("\" = c.\"").append(part[1]).append('"');
          present.append(" AND c.\"").append(part[1]).append("\" IS NOT NULL");
        }
        dangling.put(
            table + "#" + key.getKey(),
            SeedFixture.number(
                connection,
                "SELECT count(*) FROM \""
                    + table
                    + "\" c WHERE 1"
                    + present
                    + " AND NOT EXISTS (SELECT 1 FROM \""
                    + key.getValue().get(0)[0]
                    + "\" p WHERE "
                    + match
                    + ")"));
      }
    }
    return dangling;
  }

  /** Every row of every table as text ({@code quote}d, so storage classes show), sorted. */
  static Map<String, List<String>> contents(Connection connection) throws SQLException {
    Map<String, List<String>> contents = new LinkedHashMap<>();
    for (String table : tables(connection)) {
      if (EXCLUDED.contains(table)) {
        continue;
      }
      List<String> columns = new ArrayList<>();
      try (Statement s = connection.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
        while (rs.next()) {
          columns.add("quote(\"" + rs.getString(1) + "\")");
        }
      }
      contents.put(
          table,
          SeedFixture.strings(
              connection,
              "SELECT "
                  + String.join(" || ' | ' || ", columns)
                  + " FROM \""
                  + table
                  + "\" ORDER BY 1"));
    }
    return contents;
  }

  /** The tables of {@code main} but SQLite's own, by name. */
  private static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }
}
