package dev.roundtrip.verifier.dialect.mysql;

import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.execute;
import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.schema.MySqlShop;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import dev.roundtrip.verifier.schema.StatementCounter;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a MySQL-family snapshot records, and how it normalizes what the server prints. */
class MySqlCatalogReaderTest {

  @Test
  void recordsEveryKindNormalized() throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase();
        Connection connection = db.connect()) {
      execute(connection, MySqlShop.ALL);
      String described = snapshot(connection, db.name()).describe().replace(db.name(), "db");

      assertThat(described.lines())
          .contains(
              "column db.customers.id: int unsigned NOT NULL AUTO_INCREMENT",
              "column db.customers.name: varchar(100) COLLATE utf8mb4_bin",
              "column db.customers.status: enum('new','active','closed') NOT NULL DEFAULT 'new'",
              "column db.customers.profile: json",
              "column db.customers.note: varchar(20) DEFAULT 'none'",
              "column db.orders.price: decimal(10,2) NOT NULL DEFAULT 0.00",
              "column db.orders.total: decimal(12,2) GENERATED ALWAYS AS (`quantity` * `price`)"
                  + " STORED",
              "column db.orders.updated_at: timestamp NOT NULL DEFAULT current_timestamp()"
                  + " ON UPDATE current_timestamp()",
              "primary key db.customers.PRIMARY: PRIMARY KEY (id)",
              "index db.customers.customers_email_uq: UNIQUE KEY (email)",
              "index db.customers.customers_name_idx: KEY (name(10), status DESC)",
              "index db.customers.customers_note_ft: FULLTEXT KEY (note)",
              "foreign key db.orders.orders_customer_fk: FOREIGN KEY (customer_id)"
                  + " REFERENCES customers (id) ON DELETE CASCADE ON UPDATE RESTRICT",
              "check constraint db.orders.orders_quantity_ck: CHECK (`quantity` > 0)",
              "view db.open_orders: select `orders`.`id` AS `id`,`orders`.`customer_id` AS"
                  + " `customer_id`,`orders`.`total` AS `total` from `orders` where"
                  + " `orders`.`quantity` > 0",
              "trigger db.orders.orders_touch: BEFORE UPDATE FOR EACH ROW"
                  + " SET NEW.quantity = GREATEST(NEW.quantity, 1)",
              "procedure db.archive: (IN days int) NOT DETERMINISTIC MODIFIES SQL DATA"
                  + " SQL SECURITY DEFINER BEGIN DELETE FROM orders"
                  + " WHERE created_at < NOW() - INTERVAL days DAY; END",
              "function db.order_total: (order_id bigint) RETURNS decimal(12,2) DETERMINISTIC"
                  + " READS SQL DATA SQL SECURITY DEFINER RETURN (SELECT total FROM orders"
                  + " WHERE id = order_id)");
      assertThat(described)
          .startsWith("schema db: CHARACTER SET utf8mb4 COLLATE ")
          .contains("table db.orders: InnoDB table in utf8mb4_")
          .doesNotContain("json_valid")
          .doesNotContain("flyway_schema_history");
    }
  }

  @Test
  void readingTwiceGivesEqualSnapshotsWithAFixedNumberOfQueries() throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase();
        Connection connection = db.connect()) {
      execute(connection, MySqlShop.ALL);
      StatementCounter small = new StatementCounter(connection);
      SchemaSnapshot first = snapshot(small.connection(), db.name());
      execute(
          connection,
          """
          CREATE TABLE more_a (id int PRIMARY KEY, a int CHECK (a > 0), KEY (a));
          CREATE TABLE more_b (id int PRIMARY KEY, b int REFERENCES more_a (id));
          DROP TABLE more_b, more_a;
          """);
      StatementCounter again = new StatementCounter(connection);
      SchemaSnapshot second = snapshot(again.connection(), db.name());

      assertThat(second).isEqualTo(first);
      assertThat(again.count()).isEqualTo(small.count()).isLessThanOrEqualTo(12);
    }
  }

  @Test
  void excludedTableIsLeftOutWithItsIndexes() throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase();
        Connection connection = db.connect()) {
      execute(connection, MySqlShop.TABLES);
      SchemaSnapshot withHistory =
          new MySqlCatalogReader(true).read(connection, List.of(db.name()), Set.of());
      SchemaSnapshot without = snapshot(connection, db.name());

      assertThat(withHistory.describe())
          .contains(db.name() + ".flyway_schema_history.flyway_schema_history_s_idx");
      assertThat(without.describe()).doesNotContain("flyway_schema_history");
      assertThat(withHistory.size() - without.size()).isEqualTo(5);
    }
  }

  @Test
  void refusesAnEmptyListOfDatabases() throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase();
        Connection connection = db.connect()) {
      assertThatThrownBy(() -> new MySqlCatalogReader(true).read(connection, List.of(), Set.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no databases to read");
    }
  }
}
