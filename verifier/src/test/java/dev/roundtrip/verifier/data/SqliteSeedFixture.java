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

  /** Every row of every table as text ({@code quote}d, so storage classes show), sorted. */
  static Map<String, List<String>> contents(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name FROM sqlite_schema WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
      while (rs.next()) {
        if (!EXCLUDED.contains(rs.getString(1))) {
          tables.add(rs.getString(1));
        }
      }
    }
    Map<String, List<String>> contents = new LinkedHashMap<>();
    for (String table : tables) {
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
}
