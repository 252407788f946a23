package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.SchemaFixture.diffAfter;
import static dev.roundtrip.verifier.schema.SchemaFixture.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Changes to tables and columns are found and explained. */
class TableAndColumnChangesTest {

  private static final String USERS =
      """
      CREATE TABLE users (
        id integer PRIMARY KEY,
        email varchar(200) NOT NULL,
        name text,
        created_at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX users_name_idx ON users (name);
      CREATE TABLE products (id integer, price numeric(10,2) NOT NULL);
      """;

  @Test
  void missingTableIsOneDifferenceNamingItsColumns() throws SQLException {
    SchemaDifference d = single(diffAfter(USERS, "DROP TABLE users"));

    assertThat(d.kind()).isEqualTo(ObjectKind.TABLE);
    assertThat(d.change()).isEqualTo(Change.MISSING);
    assertThat(d.name()).isEqualTo("public.users");
    assertThat(d.description())
        .isEqualTo(
            "table public.users is missing (was a table with columns created_at, email, id, name)");
  }

  @Test
  void unexpectedTableIsOneDifference() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                USERS,
                "CREATE UNLOGGED TABLE audit_log (id bigserial PRIMARY KEY, payload jsonb)"));

    assertThat(d.kind()).isEqualTo(ObjectKind.TABLE);
    assertThat(d.change()).isEqualTo(Change.UNEXPECTED);
    assertThat(d.expected()).isNull();
    assertThat(d.actual()).isEqualTo("unlogged table");
    assertThat(d.description())
        .isEqualTo(
            "table public.audit_log is present (it did not exist before):"
                + " an unlogged table with columns id, payload");
  }

  @Test
  void missingColumnNamesWhatItWas() throws SQLException {
    SchemaDifference d = single(diffAfter(USERS, "ALTER TABLE users DROP COLUMN created_at"));

    assertThat(d.kind()).isEqualTo(ObjectKind.COLUMN);
    assertThat(d.change()).isEqualTo(Change.MISSING);
    assertThat(d.name()).isEqualTo("public.users.created_at");
    assertThat(d.description())
        .isEqualTo(
            "column public.users.created_at is missing"
                + " (was timestamp with time zone NOT NULL DEFAULT now())");
  }

  @Test
  void unexpectedColumn() throws SQLException {
    SchemaDifference d = single(diffAfter(USERS, "ALTER TABLE users ADD COLUMN nickname text"));

    assertThat(d.change()).isEqualTo(Change.UNEXPECTED);
    assertThat(d.description())
        .isEqualTo("column public.users.nickname text is present (it did not exist before)");
  }

  @Test
  void precisionChange() throws SQLException {
    SchemaDifference d =
        single(diffAfter(USERS, "ALTER TABLE products ALTER COLUMN price TYPE numeric(12,2)"));

    assertThat(d.kind()).isEqualTo(ObjectKind.COLUMN);
    assertThat(d.change()).isEqualTo(Change.CHANGED);
    assertThat(d.expected()).isEqualTo("numeric(10,2) NOT NULL");
    assertThat(d.actual()).isEqualTo("numeric(12,2) NOT NULL");
    assertThat(d.description())
        .isEqualTo(
            "column public.products.price changed: numeric(10,2) NOT NULL -> numeric(12,2) NOT NULL");
  }

  @Test
  void lengthAndTypeChanges() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            USERS,
            """
            ALTER TABLE users ALTER COLUMN email TYPE varchar(100);
            ALTER TABLE products ALTER COLUMN id TYPE bigint;
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::description)
        .containsExactly(
            "column public.products.id changed: integer -> bigint",
            "column public.users.email changed:"
                + " character varying(200) NOT NULL -> character varying(100) NOT NULL");
  }

  @Test
  void nullabilityChange() throws SQLException {
    SchemaDifference d =
        single(diffAfter(USERS, "ALTER TABLE users ALTER COLUMN email DROP NOT NULL"));

    assertThat(d.change()).isEqualTo(Change.CHANGED);
    assertThat(d.description())
        .isEqualTo(
            "column public.users.email changed:"
                + " character varying(200) NOT NULL -> character varying(200)");
  }

  @Test
  void defaultChange() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                USERS,
                "ALTER TABLE users ALTER COLUMN created_at SET DEFAULT statement_timestamp()"));

    assertThat(d.description())
        .isEqualTo(
            "column public.users.created_at changed: timestamp with time zone NOT NULL DEFAULT"
                + " now() -> timestamp with time zone NOT NULL DEFAULT statement_timestamp()");
  }

  @Test
  void identityChanges() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            """
            CREATE TABLE a (id integer GENERATED ALWAYS AS IDENTITY);
            CREATE TABLE b (id integer GENERATED ALWAYS AS IDENTITY);
            CREATE TABLE c (id integer NOT NULL);
            """,
            """
            ALTER TABLE a ALTER COLUMN id SET GENERATED BY DEFAULT;
            ALTER TABLE b ALTER COLUMN id SET INCREMENT BY 10;
            ALTER TABLE c ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::description)
        .containsExactly(
            "column public.a.id changed: integer NOT NULL GENERATED ALWAYS AS IDENTITY"
                + " -> integer NOT NULL GENERATED BY DEFAULT AS IDENTITY",
            "column public.b.id changed: integer NOT NULL GENERATED ALWAYS AS IDENTITY"
                + " -> integer NOT NULL GENERATED ALWAYS AS IDENTITY (INCREMENT BY 10)",
            "column public.c.id changed: integer NOT NULL"
                + " -> integer NOT NULL GENERATED ALWAYS AS IDENTITY");
  }

  @Test
  void generatedColumnExpressionChange() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                "CREATE TABLE lines (qty integer, price numeric,"
                    + " total numeric GENERATED ALWAYS AS (qty * price) STORED)",
                """
                ALTER TABLE lines DROP COLUMN total;
                ALTER TABLE lines ADD COLUMN total numeric
                  GENERATED ALWAYS AS (qty * price * 1.2) STORED;
                """));

    assertThat(d.kind()).isEqualTo(ObjectKind.COLUMN);
    assertThat(d.change()).isEqualTo(Change.CHANGED);
    assertThat(d.expected())
        .isEqualTo("numeric GENERATED ALWAYS AS (((qty)::numeric * price)) STORED");
    assertThat(d.description()).startsWith("column public.lines.total changed: ").contains("1.2");
  }

  @Test
  void collationChange() throws SQLException {
    SchemaDifference d =
        single(diffAfter(USERS, "ALTER TABLE users ALTER COLUMN name TYPE text COLLATE \"C\""));

    assertThat(d.description())
        .isEqualTo("column public.users.name changed: text -> text COLLATE \"C\"");
  }

  @Test
  void tableKindChanges() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            """
            CREATE TABLE events (id integer, at date) PARTITION BY RANGE (at);
            CREATE TABLE events_2024 PARTITION OF events
              FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
            CREATE TABLE notes (id integer);
            """,
            """
            ALTER TABLE events DETACH PARTITION events_2024;
            ALTER TABLE events ATTACH PARTITION events_2024
              FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
            ALTER TABLE notes SET UNLOGGED;
            ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::description)
        .containsExactly(
            "table public.events_2024 changed: ... ('2024-01-01') TO ('2025-01-01')"
                + " -> ... ('2024-01-01') TO ('2024-07-01')",
            "table public.notes changed: table -> unlogged table ROW LEVEL SECURITY");
  }
}
