package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.ForeignKeyInfo;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.schema.ObjectKey;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which tables a migration's statements can change, read off their text and the schema's code. */
class TouchedTablesTest {
  private static final List<String> NAMES =
      List.of("orders", "order_items", "customers", "audit_log", "Invoice Lines", "notes");

  private static TableInfo table(String name, String... parents) {
    List<ForeignKeyInfo> fks = new ArrayList<>();
    for (String parent : parents) {
      fks.add(
          new ForeignKeyInfo(
              name + "_" + parent + "_fk", List.of("id"), "public." + parent, List.of("id")));
    }
    return new TableInfo(
        "public." + name, "public", name, List.of(), List.of(), List.of(), fks, List.of());
  }

  private static List<TableInfo> tables() {
    List<TableInfo> tables = new ArrayList<>();
    for (String name : NAMES) {
      tables.add(name.equals("order_items") ? table(name, "orders") : table(name));
    }
    return tables;
  }

  /** The plain names of the tables of {@link #tables()} that the statements may change. */
  private static Optional<Set<String>> touched(SchemaSnapshot schema, String... sql) {
    return TouchedTables.of(List.of(sql), schema, tables())
        .map(
            touched ->
                tables().stream()
                    .filter(touched::contains)
                    .map(TableInfo::plainName)
                    .collect(Collectors.toSet()));
  }

  private static Optional<Set<String>> touched(String... sql) {
    return touched(SchemaSnapshot.empty(), sql);
  }

  private static SchemaObject code(ObjectKind kind, String name, String definition, String owner) {
    return new SchemaObject(
        kind, name, definition, owner == null ? null : new ObjectKey(ObjectKind.TABLE, owner));
  }

  @Test
  void theTablesTheStatementsNameWhateverTheirCaseQuotesOrSchema() {
    assertThat(touched("ALTER TABLE Public.CUSTOMERS ADD COLUMN note text", "SELECT 1"))
        .contains(Set.of("public.customers"));
    assertThat(touched("UPDATE \"Invoice Lines\" SET x = 1"))
        .contains(Set.of("public.Invoice Lines"));
    assertThat(touched("DELETE FROM `notes`")).contains(Set.of("public.notes"));
  }

  @Test
  void aTableWhoseForeignKeyPointsAtANamedOneIsReachedByACascade() {
    assertThat(touched("DELETE FROM orders WHERE id < 10"))
        .contains(Set.of("public.orders", "public.order_items"));
    // the child's parent is not: writing the child does not change it
    assertThat(touched("DELETE FROM order_items")).contains(Set.of("public.order_items"));
  }

  @Test
  void aTriggerOfANamedTableReachesTheTablesItsFunctionNames() {
    SchemaSnapshot schema =
        SchemaSnapshot.of(
            List.of(
                code(
                    ObjectKind.TRIGGER,
                    "public.customers.log_change",
                    "AFTER UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.log()",
                    "public.customers"),
                code(
                    ObjectKind.FUNCTION,
                    "public.log()",
                    "RETURNS trigger AS $$ BEGIN INSERT INTO audit_log VALUES (1); RETURN NEW;"
                        + " END $$",
                    null)));
    assertThat(touched(schema, "UPDATE customers SET name = upper(name)"))
        .contains(Set.of("public.customers", "public.audit_log"));
    assertThat(touched(schema, "UPDATE notes SET body = ''")).contains(Set.of("public.notes"));
  }

  @Test
  void aRoutineOrViewTheStatementsNameReachesTheTablesItNames() {
    SchemaSnapshot schema =
        SchemaSnapshot.of(
            List.of(
                code(
                    ObjectKind.PROCEDURE,
                    "public.archive(integer)",
                    "LANGUAGE sql AS $$ DELETE FROM notes WHERE id < $1 $$",
                    null),
                code(ObjectKind.VIEW, "public.open_orders", "SELECT id FROM orders", null)));
    assertThat(touched(schema, "CALL archive(10)")).contains(Set.of("public.notes"));
    assertThat(touched(schema, "UPDATE open_orders SET id = id"))
        .contains(Set.of("public.orders", "public.order_items"));
  }

  @Test
  void sqlBuiltAtRunTimeOrAScheduledEventThatRunsItMeansEveryTable() {
    assertThat(touched("DO $$ BEGIN EXECUTE 'DELETE FROM ' || 'notes'; END $$")).isEmpty();
    assertThat(touched("PREPARE s FROM @sql", "EXECUTE s")).isEmpty();
    SchemaSnapshot event =
        SchemaSnapshot.of(
            List.of(
                code(
                    ObjectKind.EVENT,
                    "app.purge",
                    "EVERY 1 DAY DO BEGIN PREPARE s FROM @q; EXECUTE s; END",
                    null)));
    assertThat(touched(event, "ALTER TABLE notes ADD COLUMN x int")).isEmpty();
  }

  @Test
  void aTriggerFunctionOrGrantIsNotSqlBuiltAtRunTime() {
    assertThat(
            touched(
                "CREATE TRIGGER t BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION touch()",
                "GRANT EXECUTE ON FUNCTION touch() TO app",
                "CREATE TRIGGER u BEFORE UPDATE ON notes FOR EACH ROW EXECUTE PROCEDURE touch()"))
        .contains(Set.of("public.notes"));
  }

  @Test
  void aTableTheStatementsCreateIsOneTheyChange() {
    Optional<TouchedTables> touched =
        TouchedTables.of(
            List.of("CREATE TABLE archive AS SELECT * FROM notes"),
            SchemaSnapshot.empty(),
            tables());
    assertThat(touched).hasValueSatisfying(t -> assertThat(t.contains(table("archive"))).isTrue());
    assertThat(touched).hasValueSatisfying(t -> assertThat(t.contains(table("orders"))).isFalse());
  }

  @Test
  void statementsNamingNoTableChangeNone() {
    assertThat(touched("CREATE SEQUENCE invoice_numbers")).contains(Set.of());
  }
}
