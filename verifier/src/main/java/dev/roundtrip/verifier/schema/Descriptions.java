package dev.roundtrip.verifier.schema;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.util.stream.Collectors;

/**
 * Words for differences. They speak of what was expected and what is there, not of migrations,
 * because the caller compares different pairs of states and says which.
 */
final class Descriptions {
  private final SchemaSnapshot expected;
  private final SchemaSnapshot actual;

  Descriptions(SchemaSnapshot expected, SchemaSnapshot actual) {
    this.expected = expected;
    this.actual = actual;
  }

  /** E.g. {@code column public.users.created_at is missing (was timestamp NOT NULL)}. */
  SchemaDifference missing(SchemaObject was) {
    String what = was.kind().label() + " " + was.name();
    String detail = detail(was, expected);
    String sentence =
        detail.isEmpty() ? what + " is missing" : what + " is missing (" + detail + ")";
    return new SchemaDifference(
        was.kind(), was.name(), Change.MISSING, was.definition(), null, sentence);
  }

  /** E.g. {@code index public.orders_customer_idx on public.orders (customer_id) is present}. */
  SchemaDifference unexpected(SchemaObject is) {
    String what = is.kind().label() + " " + is.name();
    String sentence;
    if (is.kind() == ObjectKind.TABLE) {
      sentence = what + " is present (it did not exist before): " + table(is, actual);
    } else if (is.definition().isEmpty()) {
      sentence = what + " is present (it did not exist before)";
    } else {
      String definition = Text.oneLine(is.definition());
      sentence =
          definition.length() <= 2 * Text.SHORT
              ? what + " " + definition + " is present (it did not exist before)"
              : what + " is present (it did not exist before): " + Text.abbreviate(definition);
    }
    return new SchemaDifference(
        is.kind(), is.name(), Change.UNEXPECTED, null, is.definition(), sentence);
  }

  /** E.g. {@code column public.products.price changed: numeric(10,2) -> numeric(12,2)}. */
  SchemaDifference changed(SchemaObject was, SchemaObject is) {
    boolean shown = !Text.oneLine(was.definition()).equals(Text.oneLine(is.definition()));
    String sentence =
        was.kind().label()
            + " "
            + was.name()
            + " changed: "
            + (shown
                ? Text.contrast(was.definition(), is.definition())
                : Text.contrast(was.compared(), is.compared()));
    return new SchemaDifference(
        was.kind(), was.name(), Change.CHANGED, was.definition(), is.definition(), sentence);
  }

  /** What a missing object was: its definition, or for a table, what it held. */
  private static String detail(SchemaObject object, SchemaSnapshot in) {
    if (object.kind() == ObjectKind.TABLE) {
      return "was " + table(object, in);
    }
    return object.definition().isEmpty() ? "" : "was " + Text.abbreviate(object.definition());
  }

  /** E.g. {@code an unlogged table with columns id, total}. */
  private static String table(SchemaObject table, SchemaSnapshot in) {
    String columns =
        in.ownedBy(table.key()).stream()
            .filter(o -> o.kind() == ObjectKind.COLUMN)
            .map(c -> c.name().substring(table.name().length() + 1))
            .collect(Collectors.joining(", "));
    String definition = Text.oneLine(table.definition());
    String article = definition.matches("(?i)^[aeiou].*") ? "an " : "a ";
    return article
        + definition
        + (columns.isEmpty() ? " without columns" : " with columns " + columns);
  }
}
