package dev.roundtrip.verifier.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparing snapshots holding objects whose names the database made up, without a database. */
class GeneratedNamesDiffTest {
  private static final ObjectKey PUBLIC = new ObjectKey(ObjectKind.SCHEMA, "public");
  private static final ObjectKey ORDERS = new ObjectKey(ObjectKind.TABLE, "public.orders");

  private static SchemaObject foreignKey(String name, String column, boolean generated) {
    return new SchemaObject(
            ObjectKind.FOREIGN_KEY,
            "public.orders." + name,
            "FOREIGN KEY (" + column + ") REFERENCES public.customers(id)",
            ORDERS)
        .withGeneratedName(generated);
  }

  private static SchemaSnapshot orders(SchemaObject... more) {
    List<SchemaObject> objects =
        new ArrayList<>(
            List.of(
                new SchemaObject(ObjectKind.SCHEMA, "public", "", null),
                new SchemaObject(ObjectKind.TABLE, "public.orders", "table", PUBLIC),
                new SchemaObject(ObjectKind.COLUMN, "public.orders.a", "integer", ORDERS),
                new SchemaObject(ObjectKind.COLUMN, "public.orders.b", "integer", ORDERS)));
    objects.addAll(List.of(more));
    return SchemaSnapshot.of(objects);
  }

  @Test
  void theSameObjectUnderAnotherGeneratedNameIsNoDifference() {
    SchemaSnapshot expected = orders(foreignKey("orders_a_fkey", "a", true));
    SchemaSnapshot actual = orders(foreignKey("orders_a_fkey1", "a", true));

    assertThat(SchemaDiff.between(expected, actual).differences()).isEmpty();
    assertThat(actual).isEqualTo(expected).hasSameHashCodeAs(expected);
  }

  @Test
  void generatedNamesThatSwappedObjectsAreNoDifference() {
    SchemaSnapshot expected =
        orders(foreignKey("orders_ibfk_1", "a", true), foreignKey("orders_ibfk_2", "b", true));
    SchemaSnapshot actual =
        orders(foreignKey("orders_ibfk_1", "b", true), foreignKey("orders_ibfk_2", "a", true));

    assertThat(SchemaDiff.between(expected, actual).differences()).isEmpty();
  }

  @Test
  void aChosenNameIsComparedByName() {
    SchemaSnapshot expected = orders(foreignKey("orders_a_ref", "a", false));
    SchemaSnapshot actual = orders(foreignKey("orders_a_reference", "a", false));

    assertThat(SchemaDiff.between(expected, actual).differences())
        .extracting(SchemaDifference::change, SchemaDifference::name)
        .containsExactly(
            tuple(Change.MISSING, "public.orders.orders_a_ref"),
            tuple(Change.UNEXPECTED, "public.orders.orders_a_reference"));
    assertThat(actual).isNotEqualTo(expected);
  }

  @Test
  void aChosenNameReplacedByAGeneratedOneIsADifference() {
    SchemaSnapshot expected = orders(foreignKey("orders_a_ref", "a", false));
    SchemaSnapshot actual = orders(foreignKey("orders_a_fkey", "a", true));

    assertThat(SchemaDiff.between(expected, actual).differences())
        .extracting(SchemaDifference::change, SchemaDifference::name)
        .containsExactly(
            tuple(Change.UNEXPECTED, "public.orders.orders_a_fkey"),
            tuple(Change.MISSING, "public.orders.orders_a_ref"));
  }

  @Test
  void aGeneratedNameKeptForAnotherDefinitionIsAChange() {
    SchemaSnapshot expected = orders(foreignKey("orders_ibfk_1", "a", true));
    SchemaSnapshot actual = orders(foreignKey("orders_ibfk_1", "b", true));

    assertThat(SchemaDiff.between(expected, actual).differences())
        .extracting(SchemaDifference::change, SchemaDifference::description)
        .containsExactly(
            tuple(
                Change.CHANGED,
                "foreign key public.orders.orders_ibfk_1 changed:"
                    + " FOREIGN KEY (a) REFERENCES public.customers(id)"
                    + " -> FOREIGN KEY (b) REFERENCES public.customers(id)"));
  }

  @Test
  void anObjectMissingUnderAGeneratedNameIsReportedByThatName() {
    SchemaSnapshot expected =
        orders(foreignKey("orders_ibfk_1", "a", true), foreignKey("orders_ibfk_2", "b", true));
    SchemaSnapshot actual = orders(foreignKey("orders_ibfk_2", "a", true));

    assertThat(SchemaDiff.between(expected, actual).differences())
        .extracting(SchemaDifference::change, SchemaDifference::description)
        .containsExactly(
            tuple(
                Change.MISSING,
                "foreign key public.orders.orders_ibfk_2 is missing"
                    + " (was FOREIGN KEY (b) REFERENCES public.customers(id))"));
  }

  @Test
  void definitionsAreComparedAsTheReaderSaysTheyCompare() {
    SchemaObject was =
        new SchemaObject(
                ObjectKind.COLUMN,
                "public.orders.id",
                "integer DEFAULT nextval('public.orders_id_seq'::regclass)",
                ORDERS)
            .comparedAs("integer DEFAULT nextval(own)");
    SchemaObject is =
        new SchemaObject(
                ObjectKind.COLUMN,
                "public.orders.id",
                "integer DEFAULT nextval('public.orders_id_seq1'::regclass)",
                ORDERS)
            .comparedAs("integer DEFAULT nextval(own)");

    assertThat(SchemaDiff.between(orders(was), orders(is)).differences()).isEmpty();
  }
}
