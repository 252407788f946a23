package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * An order schema whose triggers rewrite existing rows when lines are added, and what to compare
 * before and after seeding: the schema snapshot, every column of {@code
 * information_schema.TRIGGERS} but the creation time, and the session settings.
 */
final class MySqlTriggerFixture {

  /**
   * {@code lines_total} adds each new line's amount to its order's total; the two log triggers
   * follow it in the order FOLLOWS gave them, not the order they were created in; {@code
   * orders_guard} has a definer other than the current user.
   */
  static final String ORDERS =
      """
      CREATE TABLE orders (id int PRIMARY KEY, total decimal(12,2) NOT NULL DEFAULT 0,
        touched varchar(20));
      CREATE TABLE order_lines (id int AUTO_INCREMENT PRIMARY KEY, order_id int NOT NULL,
        amount decimal(10,2) NOT NULL, FOREIGN KEY (order_id) REFERENCES orders (id));
      CREATE TABLE order_log (id int AUTO_INCREMENT PRIMARY KEY, note varchar(40));
      INSERT INTO orders (id, total) VALUES (1, 10.00), (2, 20.50), (3, 0.00);
      CREATE TRIGGER lines_total AFTER INSERT ON order_lines FOR EACH ROW UPDATE orders SET total = total + NEW.amount WHERE id = NEW.order_id;
      CREATE TRIGGER lines_log_late AFTER INSERT ON order_lines FOR EACH ROW INSERT INTO order_log (note) VALUES ('late');
      CREATE TRIGGER lines_log_early AFTER INSERT ON order_lines FOR EACH ROW FOLLOWS lines_total INSERT INTO order_log (note) VALUES ('early');
      CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW SET NEW.touched = 'trigger';
      CREATE DEFINER = `order_keeper`@`%` TRIGGER orders_guard BEFORE DELETE ON orders FOR EACH ROW INSERT INTO order_log (note) VALUES ('deleted');
      """;

  private MySqlTriggerFixture() {}

  /** The schema as the replay compares it. */
  static SchemaSnapshot snapshot(Connection connection, String database) throws SQLException {
    return TestDialects.MARIADB.catalogReader().read(connection, List.of(database), Set.of());
  }

  /** Each trigger of the database, every column but CREATED, by name. */
  static List<String> triggers(Connection connection, String database) throws SQLException {
    List<String> triggers = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT * FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?"
                + " ORDER BY TRIGGER_NAME")) {
      query.setString(1, database);
      try (ResultSet row = query.executeQuery()) {
        ResultSetMetaData meta = row.getMetaData();
        while (row.next()) {
          StringBuilder text = new StringBuilder();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (!"CREATED".equalsIgnoreCase(meta.getColumnLabel(i))) {
              text.append(meta.getColumnLabel(i)).append('=').append(row.getString(i)).append(' ');
            }
          }
          triggers.add(text.toString().strip());
        }
      }
    }
    return triggers;
  }

  /** The session settings a trigger takes when created, and the time zone the seeder sets. */
  static List<String> session(Connection connection) throws SQLException {
    return MySqlSeedFixture.strings(
        connection,
        "SELECT CONCAT_WS(' | ', @@session.sql_mode, @@session.character_set_client,"
            + " @@session.collation_connection, @@session.time_zone)");
  }

  /** A connection through MySQL Connector/J, the mysql dialect's driver, to the same database. */
  static Connection connectorJ(DisposableDatabase database) throws SQLException {
    String url = database.jdbcUrl().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
    Properties props = new Properties();
    if (database.user() != null) {
      props.setProperty("user", database.user());
    }
    if (database.password() != null) {
      props.setProperty("password", database.password());
    }
    return DriverManager.getConnection(url, props);
  }
}
