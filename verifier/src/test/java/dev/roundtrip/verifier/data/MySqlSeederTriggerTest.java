package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.MySqlSeedFixture.execute;
import static dev.roundtrip.verifier.data.MySqlSeedFixture.number;
import static dev.roundtrip.verifier.data.MySqlSeedFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.schema.SchemaDiff;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB, seeding takes user triggers out and puts them back as they were: rows that existed
 * keep their values, and the triggers come back with their order, body, SQL mode, character set
 * settings and definer, working as before.
 */
public class MySqlSeederTriggerTest {

  @Test
  void seedingLinesLeavesOrderTotalsAloneAndPutsTheTriggersBack() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      execute(connection, MySqlTriggerFixture.ORDERS);
      seedLinesAndCheck(connection, database.name(), TestDialects.MARIADB);
    }
  }

  @Test
  void throughConnectorJTheTriggersComeBackTheSame() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase()) {
      try (Connection connection = database.connect()) {
        execute(connection, MySqlTriggerFixture.ORDERS);
      }
      try (Connection connection = MySqlTriggerFixture.connectorJ(database)) {
        assertThat(connection.getClass().getName()).startsWith("com.mysql.");
        seedLinesAndCheck(connection, database.name(), TestDialects.MARIADB);
      }
    }
  }

  private static void seedLinesAndCheck(Connection connection, String db, Dialect dialect)
      throws SQLException {
    SchemaSnapshot schema = MySqlTriggerFixture.snapshot(connection, db);
    List<String> triggers = MySqlTriggerFixture.triggers(connection, db);
    List<String> session = MySqlTriggerFixture.session(connection);

    SeedReport report =
        new Seeder(dialect, SeedOptions.defaults().onlyTables(Set.of(db + ".order_lines")))
            .seed(connection, List.of(db), Set.of());

    assertThat(report.insertedRows(db + ".order_lines")).as(report.toString()).isEqualTo(20);
    assertThat(
            strings(
                connection, "SELECT CONCAT_WS(' ', id, total, touched) FROM orders ORDER BY id"))
        .containsExactly("1 10.00", "2 20.50", "3 0.00");
    assertThat(number(connection, "SELECT COUNT(*) FROM order_log")).isZero();
    assertThat(report.notes())
        .containsExactly(
            "user triggers were taken out while seeding (MySQL and MariaDB cannot switch them"
                + " off for a session) and put back afterwards: "
                + String.join(
                    ", ",
                    List.of(
                        db + ".lines_total",
                        db + ".lines_log_early",
                        db + ".lines_log_late",
                        db + ".orders_guard",
                        db + ".orders_touch")));

    SchemaDiff diff = SchemaDiff.between(schema, MySqlTriggerFixture.snapshot(connection, db));
    assertThat(diff.isEmpty()).as(diff.toString()).isTrue();
    assertThat(MySqlTriggerFixture.triggers(connection, db)).isEqualTo(triggers);
    assertThat(
            strings(
                connection,
                "SELECT CONCAT(TRIGGER_NAME, ' ', ACTION_ORDER) FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'order_lines'"
                    + " ORDER BY ACTION_ORDER"))
        .containsExactly("lines_total 1", "lines_log_early 2", "lines_log_late 3");
    assertThat(
            strings(
                connection,
                "SELECT DEFINER FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME = 'orders_guard'"))
        .containsExactly("order_keeper@%");
    assertThat(MySqlTriggerFixture.session(connection)).isEqualTo(session);
    assertThat(connection.getAutoCommit()).isTrue();

    execute(connection, "INSERT INTO order_lines (order_id, amount) VALUES (2, 1.25);");
    assertThat(
            strings(
                connection, "SELECT CONCAT_WS(' ', id, total, touched) FROM orders ORDER BY id"))
        .containsExactly("1 10.00", "2 21.75 trigger", "3 0.00");
    assertThat(strings(connection, "SELECT note FROM order_log ORDER BY id"))
        .containsExactly("early", "late");
  }

  @Test
  void triggersKeepTheSqlModeAndCharacterSettingsTheyWereCreatedWith() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      String callers = strings(connection, "SELECT @@session.sql_mode").get(0);
      execute(
          connection,
          """
          CREATE TABLE labels (id int PRIMARY KEY, code varchar(10) NOT NULL, label varchar(40));
          SET SESSION sql_mode = 'ANSI_QUOTES,PIPES_AS_CONCAT';
          CREATE TRIGGER labels_concat BEFORE INSERT ON labels FOR EACH ROW SET NEW.label = NEW.code || '!';
          SET SESSION sql_mode = 'ORACLE';
          CREATE TRIGGER labels_oracle BEFORE UPDATE ON labels FOR EACH ROW BEGIN :NEW.label := :NEW.code || '?'; END;
          SET SESSION sql_mode = '%s';
          SET SESSION character_set_client = utf8mb3, collation_connection = latin1_swedish_ci;
          CREATE TRIGGER labels_latin BEFORE DELETE ON labels FOR EACH ROW SET @deleted = CONCAT('é', OLD.code);
          SET SESSION character_set_client = utf8mb4, collation_connection = utf8mb4_general_ci;
          INSERT INTO labels (id, code) VALUES (7, 'ab');
          """
              .formatted(callers));
      assertThat(strings(connection, "SELECT label FROM labels")).containsExactly("ab!");
      List<String> triggers = MySqlTriggerFixture.triggers(connection, db);
      assertThat(triggers)
          .anySatisfy(t -> assertThat(t).contains("SQL_MODE=PIPES_AS_CONCAT,ANSI_QUOTES "))
          .anySatisfy(t -> assertThat(t).contains(",ORACLE,"))
          .anySatisfy(
              t ->
                  assertThat(t)
                      .contains(
                          "CHARACTER_SET_CLIENT=utf8mb3 COLLATION_CONNECTION=latin1_swedish_ci"));
      List<String> session = MySqlTriggerFixture.session(connection);

      SeedReport report =
          new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
              .seed(connection, List.of(db), Set.of());

      assertThat(report.insertedRows(db + ".labels")).as(report.toString()).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM labels WHERE label = CONCAT(code, '!')"))
          .as("rows that went through labels_concat")
          .isEqualTo(1);
      assertThat(MySqlTriggerFixture.triggers(connection, db)).isEqualTo(triggers);
      assertThat(MySqlTriggerFixture.session(connection)).isEqualTo(session);

      Set<String> ids = new HashSet<>(strings(connection, "SELECT id FROM labels"));
      int free = 1;
      while (ids.contains(Integer.toString(free))) {
        free++;
      }
      execute(connection, "INSERT INTO labels (id, code) VALUES (" + free + ", 'xy');");
      execute(connection, "UPDATE labels SET code = 'cd' WHERE id = 7;");
      assertThat(strings(connection, "SELECT label FROM labels WHERE id = " + free))
          .containsExactly("xy!");
      assertThat(strings(connection, "SELECT label FROM labels WHERE id = 7"))
          .containsExactly("cd?");
      execute(connection, "DELETE FROM labels WHERE id = 7;");
      assertThat(strings(connection, "SELECT @deleted")).containsExactly("écd");
    }
  }

  @Test
  void withoutTriggersSeedingIsAsBefore() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      execute(
          connection,
          """
          CREATE TABLE customers (id int AUTO_INCREMENT PRIMARY KEY, name varchar(40) NOT NULL);
          CREATE TABLE invoices (id int PRIMARY KEY, customer_id int NOT NULL,
            amount decimal(10,2), FOREIGN KEY (customer_id) REFERENCES customers (id));
          """);
      SchemaSnapshot schema = MySqlTriggerFixture.snapshot(connection, db);
      List<String> session = MySqlTriggerFixture.session(connection);

      SeedReport report =
          new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
              .seed(connection, List.of(db), Set.of());

      assertThat(report.insertedRows()).containsEntry(db + ".customers", 20);
      assertThat(report.insertedRows()).containsEntry(db + ".invoices", 20);
      assertThat(report.notes()).isEmpty();
      assertThat(report.skippedRowCount()).isZero();
      assertThat(SchemaDiff.between(schema, MySqlTriggerFixture.snapshot(connection, db)).isEmpty())
          .isTrue();
      assertThat(MySqlTriggerFixture.session(connection)).isEqualTo(session);
    }
  }

  @Test
  void triggersALatin1ClientCreatedStayAndFireWithTheirSiblings() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase()) {
      String db = database.name();
      try (Connection connection = database.connect()) {
        execute(connection, MySqlTriggerFixture.ORDERS);
      }
      try (Connection latin1 = MySqlTriggerFixture.connectorJ(database)) {
        execute(
            latin1,
            """
            SET NAMES latin1;
            CREATE TRIGGER lines_latin AFTER INSERT ON order_lines FOR EACH ROW INSERT INTO order_log (note) VALUES ('latin');
            """);
      }
      try (Connection connection = database.connect()) {
        List<String> triggers = MySqlTriggerFixture.triggers(connection, db);

        SeedReport report =
            new Seeder(
                    TestDialects.MARIADB,
                    SeedOptions.defaults().onlyTables(Set.of(db + ".order_lines")))
                .seed(connection, List.of(db), Set.of());

        assertThat(report.notes())
            .containsExactly(
                "user triggers on "
                    + db
                    + ".order_lines AFTER INSERT fired while seeding: they were left in place"
                    + " because "
                    + db
                    + ".lines_latin was created with character_set_client latin1, in which a JDBC"
                    + " connection cannot send it again",
                "user triggers were taken out while seeding (MySQL and MariaDB cannot switch them"
                    + " off for a session) and put back afterwards: "
                    + db
                    + ".orders_guard, "
                    + db
                    + ".orders_touch");
        int lines = report.insertedRows(db + ".order_lines");
        assertThat(lines).isEqualTo(20);
        assertThat(strings(connection, "SELECT note FROM order_log"))
            .hasSize(3 * lines)
            .containsOnly("early", "late", "latin");
        assertThat(
                number(
                    connection,
                    "SELECT (SELECT SUM(total) FROM orders) - (SELECT SUM(amount) FROM order_lines)"
                        + " = 30.50"))
            .as("lines_total added every line to its order")
            .isEqualTo(1);
        assertThat(strings(connection, "SELECT touched FROM orders WHERE touched IS NOT NULL"))
            .as("orders_touch was out while lines_total updated orders")
            .isEmpty();
        assertThat(MySqlTriggerFixture.triggers(connection, db)).isEqualTo(triggers);
      }
    }
  }
}
