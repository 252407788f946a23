package dev.roundtrip.verifier.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparing snapshots, without a database. */
class SchemaDiffTest {
  private static final ObjectKey PUBLIC = new ObjectKey(ObjectKind.SCHEMA, "public");
  private static final ObjectKey ORDERS = new ObjectKey(ObjectKind.TABLE, "public.orders");

  private static SchemaObject schema() {
    return new SchemaObject(ObjectKind.SCHEMA, "public", "", null);
  }

  private static SchemaObject table(String name) {
    return new SchemaObject(ObjectKind.TABLE, name, "table", PUBLIC);
  }

  private static SchemaObject column(String name, String definition) {
    return new SchemaObject(ObjectKind.COLUMN, "public.orders." + name, definition, ORDERS);
  }

  private static SchemaObject index(String name, String definition) {
    return new SchemaObject(ObjectKind.INDEX, name, definition, ORDERS);
  }

  private static SchemaSnapshot snapshot(SchemaObject... objects) {
    return SchemaSnapshot.of(List.of(objects));
  }

  private static final List<SchemaObject> ORDERS_TABLE =
      List.of(
          schema(),
          table("public.orders"),
          column("id", "integer NOT NULL"),
          column("customer_id", "integer"),
          index("public.orders_customer_idx", "on public.orders (customer_id)"));

  private static SchemaSnapshot orders(SchemaObject... more) {
    List<SchemaObject> objects = new ArrayList<>(ORDERS_TABLE);
    objects.addAll(List.of(more));
    return SchemaSnapshot.of(objects);
  }

  @Test
  void equalSnapshotsHaveNoDifferences() {
    SchemaDiff diff = SchemaDiff.between(orders(), orders());

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.differences()).isEmpty();
    assertThat(diff).hasToString("no differences");
  }

  @Test
  void unexpectedMissingAndChangedObjects() {
    SchemaSnapshot expected = orders(column("note", "text"));
    SchemaSnapshot actual =
        SchemaSnapshot.of(
            List.of(
                schema(),
                table("public.orders"),
                column("id", "bigint NOT NULL"),
                column("customer_id", "integer"),
                index("public.orders_customer_idx", "on public.orders (customer_id)"),
                index("public.orders_id_idx", "on public.orders (id)")));

    SchemaDiff diff = SchemaDiff.between(expected, actual);

    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.differences())
        .containsExactly(
            new SchemaDifference(
                ObjectKind.COLUMN,
                "public.orders.id",
                Change.CHANGED,
                "integer NOT NULL",
                "bigint NOT NULL",
                "column public.orders.id changed: integer NOT NULL -> bigint NOT NULL"),
            new SchemaDifference(
                ObjectKind.COLUMN,
                "public.orders.note",
                Change.MISSING,
                "text",
                null,
                "column public.orders.note is missing (was text)"),
            new SchemaDifference(
                ObjectKind.INDEX,
                "public.orders_id_idx",
                Change.UNEXPECTED,
                null,
                "on public.orders (id)",
                "index public.orders_id_idx on public.orders (id) is present"
                    + " (it did not exist before)"));
  }

  @Test
  void objectsOfAMissingTableAreCoveredByTheTable() {
    SchemaDiff diff = SchemaDiff.between(orders(), snapshot(schema()));

    assertThat(diff.differences())
        .extracting(SchemaDifference::description)
        .containsExactly(
            "table public.orders is missing (was a table with columns customer_id, id)");
  }

  @Test
  void objectsOfAnUnexpectedSchemaAreCoveredByTheSchema() {
    ObjectKey billing = new ObjectKey(ObjectKind.SCHEMA, "billing");
    ObjectKey invoices = new ObjectKey(ObjectKind.TABLE, "billing.invoices");
    SchemaSnapshot actual =
        SchemaSnapshot.of(
            List.of(
                schema(),
                new SchemaObject(ObjectKind.SCHEMA, "billing", "", null),
                new SchemaObject(ObjectKind.TABLE, "billing.invoices", "table", billing),
                new SchemaObject(ObjectKind.COLUMN, "billing.invoices.id", "integer", invoices),
                new SchemaObject(ObjectKind.FUNCTION, "billing.f()", "() RETURNS int", billing)));

    SchemaDiff diff = SchemaDiff.between(snapshot(schema()), actual);

    assertThat(diff.differences())
        .extracting(SchemaDifference::description)
        .containsExactly("schema billing is present (it did not exist before)");
  }

  @Test
  void aColumnAddedToATableThatStaysIsListed() {
    SchemaDiff diff = SchemaDiff.between(orders(), orders(column("note", "text")));

    assertThat(diff.differences())
        .extracting(SchemaDifference::change)
        .containsExactly(Change.UNEXPECTED);
  }

  @Test
  void differencesAreListedByTableThenKind() {
    ObjectKey customers = new ObjectKey(ObjectKind.TABLE, "public.customers");
    SchemaSnapshot actual =
        orders(
            new SchemaObject(ObjectKind.FUNCTION, "public.audit()", "() RETURNS trigger", PUBLIC),
            new SchemaObject(ObjectKind.TRIGGER, "public.orders.audit", "AFTER INSERT", ORDERS),
            new SchemaObject(
                ObjectKind.INDEX, "public.customers_idx", "on public.customers (id)", customers),
            new SchemaObject(
                ObjectKind.CHECK_CONSTRAINT, "public.orders.c", "CHECK (true)", ORDERS),
            column("note", "text"));

    SchemaDiff diff = SchemaDiff.between(orders(), actual);

    assertThat(diff.differences())
        .extracting(SchemaDifference::name)
        .containsExactly(
            "public.audit()",
            "public.customers_idx",
            "public.orders.note",
            "public.orders.c",
            "public.orders.audit");
  }

  @Test
  void longDefinitionsAreAbbreviatedInDescriptionsButKeptWhole() {
    String body = "() RETURNS integer LANGUAGE sql AS $function$" + "SELECT 1 + ".repeat(30) + "1";
    SchemaObject function = new SchemaObject(ObjectKind.FUNCTION, "public.f()", body, PUBLIC);

    SchemaDifference missing =
        SchemaDiff.between(snapshot(schema(), function), snapshot(schema())).differences().get(0);
    SchemaDifference unexpected =
        SchemaDiff.between(snapshot(schema()), snapshot(schema(), function)).differences().get(0);

    assertThat(missing.expected()).isEqualTo(body);
    assertThat(missing.description())
        .startsWith("function public.f() is missing (was () RETURNS integer LANGUAGE sql")
        .endsWith(" ...)")
        .hasSizeLessThan(200);
    assertThat(unexpected.description())
        .startsWith("function public.f() is present (it did not exist before): () RETURNS")
        .hasSizeLessThan(220);
  }

  @Test
  void snapshotRejectsTwoObjectsWithTheSameKey() {
    assertThatThrownBy(() -> snapshot(schema(), table("public.t"), table("public.t")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("table public.t");
  }

  @Test
  void snapshotDescribesItsObjectsOnePerLine() {
    SchemaSnapshot snapshot = orders();

    assertThat(snapshot.size()).isEqualTo(5);
    assertThat(snapshot.isEmpty()).isFalse();
    assertThat(SchemaSnapshot.empty().isEmpty()).isTrue();
    assertThat(snapshot.describe())
        .isEqualTo(
            """
            schema public
            table public.orders: table
            column public.orders.customer_id: integer
            column public.orders.id: integer NOT NULL
            index public.orders_customer_idx: on public.orders (customer_id)""");
  }
}
