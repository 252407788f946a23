package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.SchemaCase.is;

import dev.roundtrip.verifier.schema.TableAndColumnContractTest.Target;
import java.util.List;

/**
 * SQLite for {@link TableAndColumnContractTest}: PostgreSQL's schema in SQLite's types, and its
 * changes, those of a column made by rebuilding the table.
 */
final class SqliteTableAndColumnTarget {
  private static final String SQLITE_USERS =
      """
      CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL, name TEXT,
        created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);
      CREATE INDEX users_name_idx ON users (name);
      CREATE TABLE products (id INTEGER, price NUMERIC(10,2) NOT NULL);
      """;
  private static final String EMAIL = "VARCHAR(200) NOT NULL";
  private static final String NAME = "TEXT";
  private static final String CREATED_AT = "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP";

  private SqliteTableAndColumnTarget() {}

  static Target target() {
    return new Target(
        SchemaTarget.SQLITE,
        SQLITE_USERS,
        new SchemaCase(
            null,
            "DROP TABLE users",
            "main.users",
            is("table"),
            null,
            is(
                "table main.users is missing"
                    + " (was a table with columns created_at, email, id, name)")),
        new SchemaCase(
            null,
            "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, payload ANY) STRICT",
            "main.audit_log",
            null,
            is("table STRICT"),
            is(
                "table main.audit_log is present (it did not exist before):"
                    + " a table STRICT with columns id, payload")),
        new SchemaCase(
            null,
            "ALTER TABLE users DROP COLUMN created_at",
            "main.users.created_at",
            is("timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP"),
            null,
            is(
                "column main.users.created_at is missing"
                    + " (was timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP)")),
        new SchemaCase(
            null,
            "ALTER TABLE users ADD COLUMN nickname TEXT",
            "main.users.nickname",
            null,
            is("text"),
            is("column main.users.nickname text is present (it did not exist before)")),
        new SchemaCase(
            null,
            SqliteRebuild.of("products", "id INTEGER, price NUMERIC(12,2) NOT NULL", ""),
            "main.products.price",
            is("numeric(10,2) NOT NULL"),
            is("numeric(12,2) NOT NULL"),
            is(
                "column main.products.price changed:"
                    + " numeric(10,2) NOT NULL -> numeric(12,2) NOT NULL")),
        users("VARCHAR(100) NOT NULL", NAME, CREATED_AT)
            + SqliteRebuild.of("products", "id BIGINT, price NUMERIC(10,2) NOT NULL", ""),
        List.of(
            is("column main.products.id changed: integer -> bigint"),
            is(
                "column main.users.email changed:"
                    + " varchar(200) NOT NULL -> varchar(100) NOT NULL")),
        new SchemaCase(
            null,
            users("VARCHAR(200)", NAME, CREATED_AT),
            "main.users.email",
            is("varchar(200) NOT NULL"),
            is("varchar(200)"),
            is("column main.users.email changed: varchar(200) NOT NULL -> varchar(200)")),
        new SchemaCase(
            null,
            users(EMAIL, NAME, "TIMESTAMP NOT NULL DEFAULT (datetime('now'))"),
            "main.users.created_at",
            is("timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP"),
            is("timestamp NOT NULL DEFAULT datetime('now')"),
            is(
                "column main.users.created_at changed: timestamp NOT NULL DEFAULT"
                    + " CURRENT_TIMESTAMP -> timestamp NOT NULL DEFAULT datetime('now')")),
        new SchemaCase(
            "CREATE TABLE lines (qty INTEGER, price NUMERIC,"
                + " total NUMERIC GENERATED ALWAYS AS (qty * price) STORED)",
            SqliteRebuild.of(
                "lines",
                "qty INTEGER, price NUMERIC,"
                    + " total NUMERIC GENERATED ALWAYS AS (qty * price * 1.2) STORED",
                "qty, price",
                ""),
            "main.lines.total",
            is("numeric GENERATED ALWAYS AS (qty * price) STORED"),
            is("numeric GENERATED ALWAYS AS (qty * price * 1.2) STORED"),
            is(
                "column main.lines.total changed: numeric GENERATED ALWAYS AS (qty * price) STORED"
                    + " -> numeric GENERATED ALWAYS AS (qty * price * 1.2) STORED")),
        null);
  }

  /** SQLite's {@code users} rebuilt with these definitions of its columns, and its index. */
  private static String users(String email, String name, String createdAt) {
    return SqliteRebuild.of(
        "users",
        "id INTEGER PRIMARY KEY, email " + email + ", name " + name + ", created_at " + createdAt,
        "CREATE INDEX users_name_idx ON users (name);\n");
  }
}
