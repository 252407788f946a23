package dev.roundtrip.verifier.schema;

import dev.roundtrip.verifier.schema.ConstraintAndIndexContractTest.Case;
import dev.roundtrip.verifier.schema.ConstraintAndIndexContractTest.Target;

/**
 * The dialects of {@link ConstraintAndIndexContractTest}, each with its schema and changes. SQLite
 * keeps no names of primary and foreign keys, so its diff names them by kind and columns.
 */
final class ConstraintAndIndexTargets {

  private ConstraintAndIndexTargets() {}

  static Target postgresql() {
    return new Target(
        SchemaTarget.POSTGRESQL,
        ConstraintAndIndexChangesTest.ORDERS,
        new Case(
            """
            ALTER TABLE orders DROP CONSTRAINT orders_pkey;
            ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, number);
            """,
            "public.orders.orders_pkey",
            "primary key public.orders.orders_pkey changed:"
                + " PRIMARY KEY (id) -> PRIMARY KEY (id, number)"),
        new Case(
            "DROP INDEX orders_customer_idx",
            "public.orders_customer_idx",
            "index public.orders_customer_idx is missing (was on public.orders (customer_id))"),
        new Case(
            "CREATE INDEX orders_total_idx ON orders (total)",
            "public.orders_total_idx",
            "index public.orders_total_idx on public.orders (total)"
                + " is present (it did not exist before)"),
        new Case(
            """
            ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
            ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
              FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE RESTRICT;
            """,
            "public.orders.orders_customer_id_fkey",
            "foreign key public.orders.orders_customer_id_fkey changed:"
                + " ... ON DELETE CASCADE -> ... ON DELETE RESTRICT"),
        "FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE",
        new Case(
            """
            ALTER TABLE orders DROP CONSTRAINT orders_total_check;
            ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total > 0);
            """,
            "public.orders.orders_total_check",
            "check constraint public.orders.orders_total_check changed:"
                + " CHECK ((total >= (0)::numeric)) -> CHECK ((total > (0)::numeric))"));
  }

  static Target mariadb() {
    return new Target(
        SchemaTarget.MARIADB,
        MySqlShop.TABLES,
        new Case(
            "ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, customer_id)",
            "db.orders.PRIMARY",
            "primary key db.orders.PRIMARY changed: PRIMARY KEY (id)"
                + " -> PRIMARY KEY (id, customer_id)"),
        new Case(
            "ALTER TABLE customers DROP INDEX customers_email_uq",
            "db.customers.customers_email_uq",
            "index db.customers.customers_email_uq is missing (was UNIQUE KEY (email))"),
        new Case(
            "CREATE INDEX orders_created_idx ON orders (created_at DESC)",
            "db.orders.orders_created_idx",
            "index db.orders.orders_created_idx KEY (created_at DESC)"
                + " is present (it did not exist before)"),
        new Case(
            """
            ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk;
            ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id)
              REFERENCES customers (id) ON DELETE RESTRICT ON UPDATE CASCADE;
            """,
            "db.orders.orders_customer_fk",
            "foreign key db.orders.orders_customer_fk changed: ... ON DELETE CASCADE ON"
                + " UPDATE RESTRICT -> ... ON DELETE RESTRICT ON UPDATE CASCADE"),
        "FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE ON UPDATE RESTRICT",
        new Case(
            """
            ALTER TABLE orders DROP CONSTRAINT orders_quantity_ck;
            ALTER TABLE orders ADD CONSTRAINT orders_quantity_ck CHECK (quantity >= 0);
            """,
            "db.orders.orders_quantity_ck",
            "check constraint db.orders.orders_quantity_ck changed: CHECK (`quantity` > 0)"
                + " -> CHECK (`quantity` >= 0)"));
  }

  /** SQLite's {@code orders} rebuilt with this primary key, foreign key action and CHECK. */
  private static String sqliteOrders(String primaryKey, String onDelete, String check) {
    return SqliteRebuild.of(
        "orders",
        "id INTEGER NOT NULL, number TEXT NOT NULL UNIQUE,"
            + " customer_id INTEGER CONSTRAINT orders_customer_id_fkey REFERENCES customers (id)"
            + " ON DELETE "
            + onDelete
            + ", total NUMERIC CONSTRAINT orders_total_check CHECK ("
            + check
            + "), status TEXT, CONSTRAINT orders_pkey PRIMARY KEY ("
            + primaryKey
            + ")",
        "CREATE INDEX orders_customer_idx ON orders (customer_id);\n");
  }

  static Target sqlite() {
    return new Target(
        SchemaTarget.SQLITE,
        """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, code TEXT);
        CREATE TABLE orders (id INTEGER NOT NULL, number TEXT NOT NULL UNIQUE,
          customer_id INTEGER CONSTRAINT orders_customer_id_fkey REFERENCES customers (id)
            ON DELETE CASCADE,
          total NUMERIC CONSTRAINT orders_total_check CHECK (total >= 0), status TEXT,
          CONSTRAINT orders_pkey PRIMARY KEY (id));
        CREATE INDEX orders_customer_idx ON orders (customer_id);
        """,
        new Case(
            sqliteOrders("id, number", "CASCADE", "total >= 0"),
            "main.orders.primary key",
            "primary key main.orders.primary key changed:"
                + " PRIMARY KEY (id) -> PRIMARY KEY (id, number)"),
        new Case(
            "DROP INDEX orders_customer_idx",
            "main.orders.orders_customer_idx",
            "index main.orders.orders_customer_idx is missing (was INDEX (customer_id))"),
        new Case(
            "CREATE INDEX orders_total_idx ON orders (total)",
            "main.orders.orders_total_idx",
            "index main.orders.orders_total_idx INDEX (total)"
                + " is present (it did not exist before)"),
        new Case(
            sqliteOrders("id", "RESTRICT", "total >= 0"),
            "main.orders.foreign key (customer_id)",
            "foreign key main.orders.foreign key (customer_id) changed:"
                + " ... ON DELETE CASCADE -> ... ON DELETE RESTRICT"),
        "FOREIGN KEY (customer_id) REFERENCES main.customers(id)"
            + " ON UPDATE NO ACTION ON DELETE CASCADE",
        new Case(
            sqliteOrders("id", "CASCADE", "total > 0"),
            "main.orders.orders_total_check",
            "check constraint main.orders.orders_total_check changed:"
                + " CHECK (total >= 0) -> CHECK (total > 0)"));
  }
}
