package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.diffAfter;
import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.execute;
import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * MySQL-family schemas equal in meaning give an empty diff even when they were built differently: a
 * down script that restores the schema must not be reported.
 */
class MySqlEquivalentSchemasTest {

  @Test
  void columnDroppedAndAddedAgainAtAnotherPositionIsTheSameSchema() throws SQLException {
    MySqlSchemaFixture.Outcome outcome =
        diffAfter(
            MySqlShop.ALL,
            """
            ALTER TABLE customers DROP COLUMN note;
            ALTER TABLE customers ADD COLUMN note varchar(20) DEFAULT 'none' FIRST;
            ALTER TABLE customers ADD FULLTEXT KEY customers_note_ft (note);
            ALTER TABLE orders DROP COLUMN created_at;
            ALTER TABLE orders ADD COLUMN created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP
              AFTER id;
            """);

    assertThat(outcome.diff().differences()).as(outcome.diff().toString()).isEmpty();
  }

  @Test
  void objectsDroppedAndCreatedAgainAreTheSameSchema() throws SQLException {
    MySqlSchemaFixture.Outcome outcome =
        diffAfter(
            MySqlShop.ALL,
            """
            ALTER TABLE customers DROP INDEX customers_name_idx;
            CREATE INDEX customers_name_idx ON customers (name(10), status DESC);
            ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk;
            ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)
              REFERENCES customers (id) ON DELETE CASCADE ON UPDATE RESTRICT;
            ALTER TABLE orders DROP CONSTRAINT orders_quantity_ck;
            ALTER TABLE orders ADD CONSTRAINT orders_quantity_ck CHECK (quantity > 0);
            ALTER TABLE customers MODIFY note varchar(20) DEFAULT 'changed';
            ALTER TABLE customers MODIFY note varchar(20) DEFAULT 'none';
            DROP TRIGGER orders_touch;
            DROP PROCEDURE archive;
            DROP FUNCTION order_total;
            DROP VIEW open_orders;
            """
                + MySqlShop.CODE);

    assertThat(outcome.diff().differences()).as(outcome.diff().toString()).isEmpty();
  }

  @Test
  void schemaBuiltInAnotherOrderWithOtherSpellingsIsTheSameSchema() throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase();
        Connection connection = db.connect()) {
      execute(connection, MySqlShop.ALL);
      SchemaSnapshot first = snapshot(connection, db.name());
      execute(
          connection,
          """
          DROP VIEW open_orders;
          DROP PROCEDURE archive;
          DROP FUNCTION order_total;
          DROP TABLE orders, customers, flyway_schema_history;
          CREATE TABLE orders (
            price decimal(10,2) NOT NULL DEFAULT 0,
            updated_at timestamp NOT NULL DEFAULT NOW() ON UPDATE CURRENT_TIMESTAMP,
            quantity int(11) NOT NULL DEFAULT '1',
            total decimal(12,2) AS (quantity * price) PERSISTENT,
            customer_id int(10) unsigned NOT NULL,
            id bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
            created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP);
          CREATE TABLE customers (
            profile longtext CHECK (json_valid(profile)),
            status enum('new','active','closed') NOT NULL DEFAULT 'new',
            name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
            note varchar(20) DEFAULT 'none',
            email varchar(100) NOT NULL,
            id int unsigned NOT NULL AUTO_INCREMENT,
            PRIMARY KEY (id));
          CREATE FULLTEXT INDEX customers_note_ft ON customers (note);
          CREATE INDEX customers_name_idx ON customers (name(10), status DESC);
          CREATE UNIQUE INDEX customers_email_uq ON customers (email);
          CREATE INDEX orders_customer_idx ON orders (customer_id);
          ALTER TABLE orders ADD CONSTRAINT orders_quantity_ck CHECK (quantity > 0),
            ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
              ON DELETE CASCADE;
          INSERT INTO customers (email) VALUES ('a@example.com'), ('b@example.com');
          INSERT INTO orders (customer_id, price) VALUES (1, 9.99);
          """
              + MySqlShop.CODE);
      SchemaSnapshot second = snapshot(connection, db.name());

      SchemaDiff diff = SchemaDiff.between(first, second);
      assertThat(diff.differences()).as(diff.toString()).isEmpty();
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void eventCreatedAgainLaterIsTheSameEvent() throws SQLException {
    MySqlSchemaFixture.Outcome outcome =
        MySqlSchemaFixture.diffAfterWithEvents(
            MySqlShop.TABLES
                + "CREATE EVENT purge_empty ON SCHEDULE EVERY 1 DAY DO DELETE FROM orders WHERE"
                + " quantity = 0;\n",
            """
            DO SLEEP(1.1);
            DROP EVENT purge_empty;
            CREATE EVENT purge_empty ON SCHEDULE EVERY 1 DAY DO DELETE FROM orders WHERE quantity = 0;
            """);

    assertThat(outcome.diff().differences()).as(outcome.diff().toString()).isEmpty();
  }
}
