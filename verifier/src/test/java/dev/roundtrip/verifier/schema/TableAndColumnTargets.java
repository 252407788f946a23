package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.SchemaCase.is;
import static dev.roundtrip.verifier.schema.SchemaCase.like;

import dev.roundtrip.verifier.schema.TableAndColumnContractTest.Target;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PostgreSQL and MariaDB for {@link TableAndColumnContractTest}, each with its schema and changes;
 * SQLite is {@link SqliteTableAndColumnTarget}.
 */
final class TableAndColumnTargets {
  private TableAndColumnTargets() {}

  static Target postgresql() {
    return new Target(
        SchemaTarget.POSTGRESQL,
        TableAndColumnChangesTest.USERS,
        new SchemaCase(
            null,
            "DROP TABLE users",
            "public.users",
            is("table"),
            null,
            is(
                "table public.users is missing"
                    + " (was a table with columns created_at, email, id, name)")),
        new SchemaCase(
            null,
            "CREATE UNLOGGED TABLE audit_log (id bigserial PRIMARY KEY, payload jsonb)",
            "public.audit_log",
            null,
            is("unlogged table"),
            is(
                "table public.audit_log is present (it did not exist before):"
                    + " an unlogged table with columns id, payload")),
        new SchemaCase(
            null,
            "ALTER TABLE users DROP COLUMN created_at",
            "public.users.created_at",
            is("timestamp with time zone NOT NULL DEFAULT now()"),
            null,
            is(
                "column public.users.created_at is missing"
                    + " (was timestamp with time zone NOT NULL DEFAULT now())")),
        new SchemaCase(
            null,
            "ALTER TABLE users ADD COLUMN nickname text",
            "public.users.nickname",
            null,
            is("text"),
            is("column public.users.nickname text is present (it did not exist before)")),
        new SchemaCase(
            null,
            "ALTER TABLE products ALTER COLUMN price TYPE numeric(12,2)",
            "public.products.price",
            is("numeric(10,2) NOT NULL"),
            is("numeric(12,2) NOT NULL"),
            is(
                "column public.products.price changed:"
                    + " numeric(10,2) NOT NULL -> numeric(12,2) NOT NULL")),
        """
        ALTER TABLE users ALTER COLUMN email TYPE varchar(100);
        ALTER TABLE products ALTER COLUMN id TYPE bigint;
        """,
        List.of(
            is("column public.products.id changed: integer -> bigint"),
            is(
                "column public.users.email changed:"
                    + " character varying(200) NOT NULL -> character varying(100) NOT NULL")),
        new SchemaCase(
            null,
            "ALTER TABLE users ALTER COLUMN email DROP NOT NULL",
            "public.users.email",
            is("character varying(200) NOT NULL"),
            is("character varying(200)"),
            is(
                "column public.users.email changed:"
                    + " character varying(200) NOT NULL -> character varying(200)")),
        new SchemaCase(
            null,
            "ALTER TABLE users ALTER COLUMN created_at SET DEFAULT statement_timestamp()",
            "public.users.created_at",
            is("timestamp with time zone NOT NULL DEFAULT now()"),
            is("timestamp with time zone NOT NULL DEFAULT statement_timestamp()"),
            is(
                "column public.users.created_at changed: timestamp with time zone NOT NULL DEFAULT"
                    + " now() -> timestamp with time zone NOT NULL DEFAULT statement_timestamp()")),
        new SchemaCase(
            "CREATE TABLE lines (qty integer, price numeric,"
                + " total numeric GENERATED ALWAYS AS (qty * price) STORED)",
            """
            ALTER TABLE lines DROP COLUMN total;
            ALTER TABLE lines ADD COLUMN total numeric
              GENERATED ALWAYS AS (qty * price * 1.2) STORED;
            """,
            "public.lines.total",
            is("numeric GENERATED ALWAYS AS (((qty)::numeric * price)) STORED"),
            is("numeric GENERATED ALWAYS AS ((((qty)::numeric * price) * 1.2)) STORED"),
            like(Pattern.quote("column public.lines.total changed: ") + ".*1\\.2.*")),
        new SchemaCase(
            null,
            "ALTER TABLE users ALTER COLUMN name TYPE text COLLATE \"C\"",
            "public.users.name",
            is("text"),
            is("text COLLATE \"C\""),
            is("column public.users.name changed: text -> text COLLATE \"C\"")));
  }

  static Target mariadb() {
    return new Target(
        SchemaTarget.MARIADB,
        MySqlShop.TABLES,
        new SchemaCase(
            null,
            "DROP TABLE orders",
            "db.orders",
            like("InnoDB table in utf8mb4_\\w+"),
            null,
            like(
                "table db\\.orders is missing \\(was an InnoDB table in utf8mb4_\\w+ with columns"
                    + " created_at, customer_id, id, price, quantity, total, updated_at\\)")),
        new SchemaCase(
            null,
            "CREATE TABLE audit_log (id bigint AUTO_INCREMENT PRIMARY KEY, payload json)"
                + " ENGINE=MyISAM CHARACTER SET latin1",
            "db.audit_log",
            null,
            is("MyISAM table in latin1_swedish_ci"),
            is(
                "table db.audit_log is present (it did not exist before):"
                    + " a MyISAM table in latin1_swedish_ci with columns id, payload")),
        new SchemaCase(
            null,
            "ALTER TABLE orders DROP COLUMN updated_at",
            "db.orders.updated_at",
            is("timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp()"),
            null,
            is(
                "column db.orders.updated_at is missing (was timestamp NOT NULL"
                    + " DEFAULT current_timestamp() ON UPDATE current_timestamp())")),
        new SchemaCase(
            null,
            "ALTER TABLE customers ADD COLUMN nickname varchar(30) FIRST",
            "db.customers.nickname",
            null,
            is("varchar(30)"),
            is("column db.customers.nickname varchar(30) is present (it did not exist before)")),
        new SchemaCase(
            null,
            "ALTER TABLE orders MODIFY price decimal(12,2) NOT NULL DEFAULT 0.00",
            "db.orders.price",
            is("decimal(10,2) NOT NULL DEFAULT 0.00"),
            is("decimal(12,2) NOT NULL DEFAULT 0.00"),
            is(
                "column db.orders.price changed: decimal(10,2) NOT NULL DEFAULT 0.00"
                    + " -> decimal(12,2) NOT NULL DEFAULT 0.00")),
        "ALTER TABLE customers MODIFY email varchar(50) NOT NULL",
        List.of(
            is(
                "column db.customers.email changed: varchar(100) NOT NULL"
                    + " -> varchar(50) NOT NULL")),
        new SchemaCase(
            null,
            "ALTER TABLE customers MODIFY email varchar(100) NULL",
            "db.customers.email",
            is("varchar(100) NOT NULL"),
            is("varchar(100)"),
            is("column db.customers.email changed: varchar(100) NOT NULL -> varchar(100)")),
        new SchemaCase(
            null,
            "ALTER TABLE customers ALTER COLUMN note SET DEFAULT 'n/a'",
            "db.customers.note",
            is("varchar(20) DEFAULT 'none'"),
            is("varchar(20) DEFAULT 'n/a'"),
            is(
                "column db.customers.note changed: varchar(20) DEFAULT 'none'"
                    + " -> varchar(20) DEFAULT 'n/a'")),
        new SchemaCase(
            null,
            "ALTER TABLE orders MODIFY total decimal(12,2)"
                + " GENERATED ALWAYS AS (quantity * price * 2) STORED",
            "db.orders.total",
            is("decimal(12,2) GENERATED ALWAYS AS (`quantity` * `price`) STORED"),
            is("decimal(12,2) GENERATED ALWAYS AS (`quantity` * `price` * 2) STORED"),
            is(
                "column db.orders.total changed: ... (`quantity` * `price`) STORED"
                    + " -> ... (`quantity` * `price` * 2) STORED")),
        new SchemaCase(
            null,
            "ALTER TABLE customers MODIFY name varchar(100) COLLATE utf8mb4_unicode_ci",
            "db.customers.name",
            is("varchar(100) COLLATE utf8mb4_bin"),
            is("varchar(100) COLLATE utf8mb4_unicode_ci"),
            is(
                "column db.customers.name changed: varchar(100) COLLATE utf8mb4_bin"
                    + " -> varchar(100) COLLATE utf8mb4_unicode_ci")));
  }
}
