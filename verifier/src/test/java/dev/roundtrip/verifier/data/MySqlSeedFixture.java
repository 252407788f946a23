package dev.roundtrip.verifier.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A MySQL-syntax shop schema with every kind of column and constraint the seeder handles on the
 * MySQL family, and helpers to read back. Scripts are split into statements at a semicolon that
 * ends a line.
 */
final class MySqlSeedFixture {
  static final Set<String> EXCLUDED = Set.of("flyway_schema_history");
  private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

  /**
   * 40 tables: every common type, composite keys and foreign keys, self-references, a cycle through
   * nullable columns, a prefix index, a MyISAM table, Latin-1 and ASCII columns.
   */
  static final String SHOP =
      """
      CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY, version varchar(50));
      CREATE TABLE countries (
        code char(2) PRIMARY KEY, name varchar(80) NOT NULL UNIQUE,
        population bigint unsigned CHECK (population < 10000000000));
      CREATE TABLE customers (
        id bigint unsigned AUTO_INCREMENT PRIMARY KEY,
        email varchar(120) NOT NULL UNIQUE CHECK (email <> ''), name varchar(100) NOT NULL,
        mood enum('sad', 'ok', 'happy'), country_code char(2),
        created_at timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
        balance decimal(12,2) NOT NULL DEFAULT 0, vip boolean NOT NULL DEFAULT false,
        referred_by bigint unsigned,
        FOREIGN KEY (country_code) REFERENCES countries (code),
        FOREIGN KEY (referred_by) REFERENCES customers (id));
      CREATE TABLE addresses (
        id int unsigned AUTO_INCREMENT PRIMARY KEY, customer_id bigint unsigned NOT NULL,
        line1 varchar(200) NOT NULL, line2 varchar(200), zip varchar(10) CHECK (char_length(zip) >= 3),
        FOREIGN KEY (customer_id) REFERENCES customers (id));
      CREATE TABLE categories (
        id int AUTO_INCREMENT PRIMARY KEY, parent_id int, name varchar(50) NOT NULL,
        updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
        UNIQUE KEY (parent_id, name), FOREIGN KEY (parent_id) REFERENCES categories (id));
      CREATE TABLE products (
        id int AUTO_INCREMENT PRIMARY KEY, sku varchar(12) NOT NULL UNIQUE,
        name varchar(200) NOT NULL CHECK (name <> ''), category_id int,
        price decimal(10,2) NOT NULL CHECK (price > 0), weight float,
        rating double CHECK (rating BETWEEN 0 AND 5), attributes json, discontinued tinyint(1),
        description text, FOREIGN KEY (category_id) REFERENCES categories (id));
      CREATE TABLE orders (
        id bigint AUTO_INCREMENT PRIMARY KEY, customer_id bigint unsigned NOT NULL,
        status enum('new', 'paid', 'shipped', 'cancelled') NOT NULL DEFAULT 'new',
        ordered_at datetime NOT NULL, shipped_at datetime, total decimal(12,2) CHECK (total >= 0),
        note text, FOREIGN KEY (customer_id) REFERENCES customers (id),
        CONSTRAINT shipped_after_ordered CHECK (shipped_at >= ordered_at));
      CREATE TABLE order_items (
        order_id bigint, line_no smallint CHECK (line_no > 0), product_id int NOT NULL,
        quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 1000), unit_price decimal(10,2) NOT NULL,
        PRIMARY KEY (order_id, line_no), FOREIGN KEY (order_id) REFERENCES orders (id),
        FOREIGN KEY (product_id) REFERENCES products (id));
      CREATE TABLE shipments (
        id binary(16) PRIMARY KEY, order_id bigint NOT NULL, line_no smallint NOT NULL,
        carrier varchar(20) CHECK (carrier IN ('ups', 'dhl', 'fedex')), tracking char(12),
        shipped_on date,
        FOREIGN KEY (order_id, line_no) REFERENCES order_items (order_id, line_no));
      CREATE TABLE employees (
        id int PRIMARY KEY, manager_id int, department_id int, name varchar(100) NOT NULL,
        salary decimal(19,4), hired date NOT NULL, starts time,
        FOREIGN KEY (manager_id) REFERENCES employees (id));
      CREATE TABLE departments (
        id int PRIMARY KEY, name varchar(100) NOT NULL UNIQUE, head_id int,
        FOREIGN KEY (head_id) REFERENCES employees (id));
      ALTER TABLE employees ADD FOREIGN KEY (department_id) REFERENCES departments (id);
      CREATE TABLE projects (
        id int AUTO_INCREMENT PRIMARY KEY, code varchar(8) NOT NULL UNIQUE, budget decimal(14,4),
        starts date, ends date, CHECK (starts <= ends));
      CREATE TABLE project_members (
        project_id int, employee_id int, role varchar(20) NOT NULL DEFAULT 'member',
        PRIMARY KEY (project_id, employee_id), FOREIGN KEY (project_id) REFERENCES projects (id),
        FOREIGN KEY (employee_id) REFERENCES employees (id));
      CREATE TABLE network_devices (
        id int AUTO_INCREMENT PRIMARY KEY, hostname varchar(63) NOT NULL UNIQUE,
        ip varbinary(16) NOT NULL, mac binary(6) UNIQUE);
      CREATE TABLE files (
        id bigint unsigned AUTO_INCREMENT PRIMARY KEY, name varchar(255) NOT NULL,
        content mediumblob, sha char(64), size_bytes bigint CHECK (size_bytes >= 0), flags bit(8),
        mask bit(16), deleted bit(1) NOT NULL DEFAULT b'0');
      CREATE TABLE events (
        id bigint AUTO_INCREMENT PRIMARY KEY, occurred_at timestamp(6) NOT NULL, payload json,
        level tinyint CHECK (level IN (1, 2, 3, 4, 5)), tags set('red', 'green', 'blue'));
      CREATE TABLE sensors (id int PRIMARY KEY, label varchar(40), installed date);
      CREATE TABLE measurements (
        sensor_id int, taken_at datetime(3), value double NOT NULL, quality float,
        PRIMARY KEY (sensor_id, taken_at), FOREIGN KEY (sensor_id) REFERENCES sensors (id));
      CREATE TABLE invoices (
        id int AUTO_INCREMENT PRIMARY KEY, order_id bigint UNIQUE, amount decimal(30,10) NOT NULL,
        tax_rate decimal(5,2) CHECK (tax_rate BETWEEN 0 AND 100), issued timestamp NULL,
        FOREIGN KEY (order_id) REFERENCES orders (id));
      CREATE TABLE payments (
        id int AUTO_INCREMENT PRIMARY KEY, invoice_id int NOT NULL,
        amount decimal(12,2) NOT NULL CHECK (amount <> 0),
        method varchar(10) NOT NULL CHECK (method IN ('card', 'cash', 'wire')),
        paid_at datetime(6), FOREIGN KEY (invoice_id) REFERENCES invoices (id));
      CREATE TABLE coupons (
        code varchar(16) PRIMARY KEY, discount decimal(5,2) NOT NULL CHECK (discount BETWEEN 0 AND 100),
        valid_from date, valid_to date, max_uses int unsigned CHECK (max_uses > 0),
        CHECK (valid_from < valid_to));
      CREATE TABLE reviews (
        id int AUTO_INCREMENT PRIMARY KEY, product_id int NOT NULL, customer_id bigint unsigned,
        stars tinyint NOT NULL CHECK (stars >= 1 AND stars <= 5), body mediumtext,
        helpful_votes int NOT NULL DEFAULT 0 CHECK (helpful_votes >= 0),
        FOREIGN KEY (product_id) REFERENCES products (id),
        FOREIGN KEY (customer_id) REFERENCES customers (id));
      CREATE TABLE warehouses (code char(3) PRIMARY KEY, name varchar(60), capacity mediumint unsigned);
      CREATE TABLE inventory (
        product_id int, warehouse_code char(3), quantity int NOT NULL CHECK (quantity >= 0),
        reserved int NOT NULL DEFAULT 0, PRIMARY KEY (product_id, warehouse_code),
        FOREIGN KEY (product_id) REFERENCES products (id),
        FOREIGN KEY (warehouse_code) REFERENCES warehouses (code), CHECK (reserved <= quantity));
      CREATE TABLE price_history (
        product_id int, valid_from datetime(6), price decimal(10,2) NOT NULL,
        PRIMARY KEY (product_id, valid_from), FOREIGN KEY (product_id) REFERENCES products (id));
      CREATE TABLE settings (
        `key` varchar(64) PRIMARY KEY, value json NOT NULL,
        updated_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);
      CREATE TABLE audit_log (
        id bigint AUTO_INCREMENT PRIMARY KEY, table_name varchar(64) NOT NULL,
        action char(1) NOT NULL CHECK (action IN ('I', 'U', 'D')), row_data json,
        at timestamp(6) NULL);
      CREATE TABLE carts (
        id int AUTO_INCREMENT PRIMARY KEY, customer_id bigint unsigned,
        quantity int NOT NULL CHECK (quantity > 0), unit_price decimal(8,3) NOT NULL,
        total decimal(20,3) AS (quantity * unit_price) STORED,
        FOREIGN KEY (customer_id) REFERENCES customers (id));
      CREATE TABLE people (
        first_name varchar(40) NOT NULL, last_name varchar(40) NOT NULL,
        full_name varchar(81) AS (concat(first_name, ' ', last_name)) VIRTUAL, birth date,
        UNIQUE KEY (first_name, last_name));
      CREATE TABLE tags (
        id smallint AUTO_INCREMENT PRIMARY KEY,
        label varchar(30) NOT NULL UNIQUE CHECK (char_length(label) > 1));
      CREATE TABLE product_tags (
        product_id int, tag_id smallint, PRIMARY KEY (product_id, tag_id),
        FOREIGN KEY (product_id) REFERENCES products (id), FOREIGN KEY (tag_id) REFERENCES tags (id));
      CREATE TABLE schedules (
        id int AUTO_INCREMENT PRIMARY KEY, starts_at time NOT NULL, ends_at time NOT NULL,
        days set('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun') NOT NULL,
        CHECK (starts_at < ends_at));
      CREATE TABLE bookings (
        id int AUTO_INCREMENT PRIMARY KEY, schedule_id int,
        seats tinyint unsigned NOT NULL CHECK (seats > 0 AND seats <= 10),
        price_per_seat decimal(6,2), holder binary(16) UNIQUE,
        FOREIGN KEY (schedule_id) REFERENCES schedules (id));
      CREATE TABLE ledger (
        entry_no bigint PRIMARY KEY, debit decimal(18,6), credit decimal(18,6), memo varchar(1),
        currency char(3) NOT NULL DEFAULT 'EUR', tiny smallint NOT NULL, huge bigint NOT NULL,
        ratio float, exact double, big_unsigned bigint unsigned NOT NULL, small_int tinyint);
      CREATE TABLE `Weird Table` (`Key Col` int PRIMARY KEY, `select` text, `Quote``d` varchar(5));
      CREATE TABLE logs (id int NOT NULL, logged date NOT NULL, msg text) ENGINE = MyISAM;
      CREATE TABLE tickets (id bigint AUTO_INCREMENT PRIMARY KEY);
      CREATE TABLE calendar (
        day date PRIMARY KEY, year_no year NOT NULL, week tinyint unsigned,
        holiday boolean NOT NULL DEFAULT 0, note tinytext);
      CREATE TABLE documents (
        id int AUTO_INCREMENT PRIMARY KEY, title varchar(200) NOT NULL, body longtext, summary text,
        slug varchar(255) NOT NULL, data longblob, thumb blob, UNIQUE KEY slug_prefix (slug(12)));
      CREATE TABLE latin_notes (
        id int PRIMARY KEY, note varchar(40) CHARACTER SET latin1,
        code varchar(10) CHARACTER SET ascii UNIQUE);
      """;

  private MySqlSeedFixture() {}

  static void execute(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : STATEMENT_END.split(script)) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  static long number(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  static List<String> strings(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      while (row.next()) {
        values.add(row.getString(1));
      }
    }
    return values;
  }

  /** The base tables of the database, by name, with their row counts. */
  static Map<String, Long> counts(Connection connection, String database) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : tables(connection, database)) {
      counts.put(table, number(connection, "SELECT COUNT(*) FROM " + quote(table)));
    }
    return counts;
  }

  /** Every row of every table as text (bytes in hex), sorted: the contents to compare. */
  static Map<String, List<String>> contents(Connection connection, String database)
      throws SQLException {
    Map<String, List<String>> contents = new LinkedHashMap<>();
    for (String table : tables(connection, database)) {
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT * FROM " + quote(table))) {
        ResultSetMetaData meta = row.getMetaData();
        while (row.next()) {
          StringBuilder text = new StringBuilder();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            int type = meta.getColumnType(i);
            boolean bytes =
                type == Types.BINARY
                    || type == Types.VARBINARY
                    || type == Types.LONGVARBINARY
                    || type == Types.BLOB
                    || type == Types.BIT;
            byte[] raw = bytes ? row.getBytes(i) : null;
            text.append(i == 1 ? "" : " | ")
                .append(
                    bytes
                        ? (raw == null ? "null" : HexFormat.of().formatHex(raw))
                        : row.getString(i));
          }
          rows.add(text.toString());
        }
      }
      rows.sort(null);
      contents.put(table, rows);
    }
    return contents;
  }

  /** Per foreign key, rows whose key points at no parent row. */
  static Map<String, Long> danglingReferences(Connection connection, String database)
      throws SQLException {
    Map<String, List<String[]>> keys = new LinkedHashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT CONSTRAINT_NAME, TABLE_NAME, COLUMN_NAME, REFERENCED_TABLE_NAME,"
                + " REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL"
                + " ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION")) {
      statement.setString(1, database);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          keys.computeIfAbsent(row.getString(2) + "." + row.getString(1), k -> new ArrayList<>())
              .add(
                  new String[] {
                    row.getString(2), row.getString(3), row.getString(4), row.getString(5)
                  });
        }
      }
    }
    Map<String, Long> dangling = new LinkedHashMap<>();
    for (Map.Entry<String, List<String[]>> key : keys.entrySet()) {
      String[] first = key.getValue().get(0);
      StringBuilder match = new StringBuilder();
      StringBuilder present = new StringBuilder();
      for (String[] part : key.getValue()) {
        match.append(match.length() == 0 ? "" : " AND ");
        match.append("p.").append(quote(part[3])).append(" = c.").append(quote(part[1]));
        present.append(" AND c.").append(quote(part[1])).append(" IS NOT NULL");
      }
      dangling.put(
          key.getKey(),
          number(
              connection,
              "SELECT COUNT(*) FROM "
                  + quote(first[0])
                  + " c WHERE TRUE"
                  + present
                  + " AND NOT EXISTS (SELECT 1 FROM "
                  + quote(first[2])
                  + " p WHERE "
                  + match
                  + ")"));
    }
    return dangling;
  }

  private static List<String> tables(Connection connection, String database) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?"
                + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
      statement.setString(1, database);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          tables.add(row.getString(1));
        }
      }
    }
    return tables;
  }

  static String quote(String name) {
    return '`' + name.replace("`", "``") + '`';
  }
}
