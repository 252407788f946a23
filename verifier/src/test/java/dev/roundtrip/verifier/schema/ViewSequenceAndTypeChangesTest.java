package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.SchemaFixture.diffAfter;
import static dev.roundtrip.verifier.schema.SchemaFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Changes to what only PostgreSQL has are found: view options, materialized views, sequences,
 * user-defined types, policies and extensions. A view's query and a missing view, on every dialect,
 * are in {@link ViewAndTriggerContractTest}.
 */
class ViewSequenceAndTypeChangesTest {

  /** The schema, also {@link ViewAndTriggerContractTest}'s for PostgreSQL's views. */
  static final String CATALOG =
      """
      CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
      CREATE DOMAIN percent AS integer CHECK (VALUE BETWEEN 0 AND 100);
      CREATE TYPE address AS (street text, city text);
      CREATE SEQUENCE invoice_numbers;
      CREATE TABLE items (id serial PRIMARY KEY, name text, price numeric, mood mood);
      CREATE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 10;
      CREATE MATERIALIZED VIEW item_count AS SELECT count(*) AS n FROM items;
      """;

  @Test
  void viewOptionChange() throws SQLException {
    SchemaDifference d =
        single(diffAfter(CATALOG, "ALTER VIEW cheap_items SET (security_barrier = true)"));

    assertThat(d.description())
        .startsWith("view public.cheap_items changed: ")
        .contains("-> WITH (security_barrier=true) SELECT");
  }

  @Test
  void missingViewAndChangedMaterializedView() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            CATALOG,
            """
            DROP VIEW cheap_items;
            DROP MATERIALIZED VIEW item_count;
            CREATE MATERIALIZED VIEW item_count AS SELECT count(DISTINCT name) AS n FROM items;
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::kind, SchemaDifference::change)
        .containsExactly(
            tuple(ObjectKind.VIEW, Change.MISSING),
            tuple(ObjectKind.MATERIALIZED_VIEW, Change.CHANGED));
    assertThat(diff.differences().get(0).description())
        .startsWith("view public.cheap_items is missing (was SELECT ");
    assertThat(diff.differences().get(1).description())
        .startsWith("materialized view public.item_count changed: ")
        .contains("count(*)")
        .contains("count(DISTINCT");
  }

  @Test
  void sequenceIncrementChange() throws SQLException {
    SchemaDifference d =
        single(diffAfter(CATALOG, "ALTER SEQUENCE invoice_numbers INCREMENT BY 5"));

    assertThat(d.kind()).isEqualTo(ObjectKind.SEQUENCE);
    assertThat(d.change()).isEqualTo(Change.CHANGED);
    assertThat(d.description())
        .isEqualTo("sequence public.invoice_numbers changed: bigint -> bigint INCREMENT BY 5");
  }

  @Test
  void sequenceValuesAreStateNotSchema() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            CATALOG,
            """
            SELECT nextval('invoice_numbers');
            SELECT setval('items_id_seq', 40);
            """);

    assertThat(diff.differences()).as(diff.toString()).isEmpty();
  }

  @Test
  void serialSequenceLeftBehindByADroppedColumnDefault() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            CATALOG,
            """
            ALTER SEQUENCE items_id_seq OWNED BY NONE;
            ALTER TABLE items ALTER COLUMN id DROP DEFAULT;
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::description)
        .containsExactly(
            "column public.items.id changed: integer NOT NULL"
                + " DEFAULT nextval('public.items_id_seq'::regclass) -> integer NOT NULL",
            "sequence public.items_id_seq changed: integer OWNED BY public.items.id -> integer");
  }

  @Test
  void enumLabelAdded() throws SQLException {
    SchemaDifference d = single(diffAfter(CATALOG, "ALTER TYPE mood ADD VALUE 'ecstatic'"));

    assertThat(d.kind()).isEqualTo(ObjectKind.ENUM_TYPE);
    assertThat(d.change()).isEqualTo(Change.CHANGED);
    assertThat(d.description())
        .isEqualTo(
            "enum type public.mood changed:"
                + " ('sad', 'ok', 'happy') -> ('sad', 'ok', 'happy', 'ecstatic')");
  }

  @Test
  void enumLabelsReordered() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');",
                """
                DROP TYPE mood;
                CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
                """));

    assertThat(d.description())
        .isEqualTo(
            "enum type public.mood changed: ('sad', 'ok', 'happy') -> ('happy', 'ok', 'sad')");
  }

  @Test
  void domainChanges() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            CATALOG,
            """
            ALTER DOMAIN percent SET NOT NULL;
            ALTER DOMAIN percent SET DEFAULT 0;
            """);

    SchemaDifference d = single(diff);
    assertThat(d.kind()).isEqualTo(ObjectKind.DOMAIN);
    assertThat(d.description())
        .startsWith("domain public.percent changed: ")
        .contains("integer CONSTRAINT")
        .contains("-> integer NOT NULL DEFAULT 0 CONSTRAINT");
  }

  @Test
  void domainConstraintChange() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                CATALOG,
                """
                ALTER DOMAIN percent DROP CONSTRAINT percent_check;
                ALTER DOMAIN percent ADD CONSTRAINT percent_check CHECK (VALUE >= 0);
                """));

    assertThat(d.expected()).contains("VALUE >= 0").contains("VALUE <= 100");
    assertThat(d.actual()).doesNotContain("100");
    assertThat(d.description()).contains("percent_check");
  }

  @Test
  void compositeTypeAttributeChange() throws SQLException {
    SchemaDifference d =
        single(diffAfter(CATALOG, "ALTER TYPE address ADD ATTRIBUTE zip varchar(10)"));

    assertThat(d.kind()).isEqualTo(ObjectKind.COMPOSITE_TYPE);
    assertThat(d.description())
        .isEqualTo(
            "composite type public.address changed: (street text, city text)"
                + " -> (street text, city text, zip character varying(10))");
  }

  @Test
  void policyChange() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                CATALOG + "CREATE POLICY visible ON items FOR SELECT USING (price > 0);",
                "ALTER POLICY visible ON items USING (price >= 0)"));

    assertThat(d.kind()).isEqualTo(ObjectKind.POLICY);
    assertThat(d.name()).isEqualTo("public.items.visible");
    assertThat(d.description())
        .isEqualTo(
            "policy public.items.visible changed: ... USING ((price > (0)::numeric))"
                + " -> ... USING ((price >= (0)::numeric))");
  }

  @Test
  void extensionLeftInstalledButNotItsObjects() throws SQLException {
    SchemaDifference d = single(diffAfter(CATALOG, "CREATE EXTENSION citext"));

    assertThat(d.kind()).isEqualTo(ObjectKind.EXTENSION);
    assertThat(d.change()).isEqualTo(Change.UNEXPECTED);
    assertThat(d.description())
        .startsWith("extension citext version ")
        .endsWith(" is present (it did not exist before)");
  }
}
