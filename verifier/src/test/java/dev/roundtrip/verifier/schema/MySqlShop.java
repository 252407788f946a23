package dev.roundtrip.verifier.schema;

/** A MySQL-family schema with at least one object of every kind the MySQL reader records. */
public final class MySqlShop {

  public static final String TABLES =
      """
      CREATE TABLE customers (
        id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
        email varchar(100) NOT NULL,
        name varchar(100) COLLATE utf8mb4_bin,
        status enum('new','active','closed') NOT NULL DEFAULT 'new',
        note varchar(20) DEFAULT 'none',
        profile json,
        UNIQUE KEY customers_email_uq (email),
        KEY customers_name_idx (name(10), status DESC),
        FULLTEXT KEY customers_note_ft (note)
      ) ENGINE=InnoDB;
      CREATE TABLE orders (
        id bigint NOT NULL AUTO_INCREMENT,
        customer_id int unsigned NOT NULL,
        quantity int NOT NULL DEFAULT 1,
        price decimal(10,2) NOT NULL DEFAULT 0.00,
        total decimal(12,2) GENERATED ALWAYS AS (quantity * price) STORED,
        created_at timestamp NOT NULL DEFAULT current_timestamp(),
        updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
        PRIMARY KEY (id),
        KEY orders_customer_idx (customer_id),
        CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
          ON DELETE CASCADE,
        CONSTRAINT orders_quantity_ck CHECK (quantity > 0)
      ) ENGINE=InnoDB;
      CREATE TABLE flyway_schema_history (
        installed_rank int NOT NULL PRIMARY KEY,
        script varchar(1000) NOT NULL,
        KEY flyway_schema_history_s_idx (script(100))
      );
      """;

  public static final String CODE =
      """
      CREATE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE quantity > 0;
      CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW SET NEW.quantity = GREATEST(NEW.quantity, 1);
      CREATE PROCEDURE archive(IN days int) MODIFIES SQL DATA BEGIN DELETE FROM orders WHERE created_at < NOW() - INTERVAL days DAY; END;
      CREATE FUNCTION order_total(order_id bigint) RETURNS decimal(12,2) DETERMINISTIC READS SQL DATA RETURN (SELECT total FROM orders WHERE id = order_id);
      """;

  public static final String ALL = TABLES + CODE;

  private MySqlShop() {}
}
