package dev.roundtrip.verifier.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * One object of a schema snapshot.
 *
 * @param kind what it is
 * @param name its qualified name, e.g. {@code public.orders.customer_id}
 * @param definition everything about it that has meaning, as normalized text (e.g. {@code
 *     numeric(10,2) NOT NULL DEFAULT 0}); two objects with the same key are equal in meaning when
 *     their definitions are equal. May be empty (a schema has nothing but its name).
 * @param owner the object it belongs to and disappears with (a column's table, a table's schema),
 *     or null
 */
public record SchemaObject(ObjectKind kind, String name, String definition, ObjectKey owner) {

  /**
   * Lists objects by the table (or other top-level object) they belong to, then kind, then name.
   */
  static final Comparator<SchemaObject> LISTING_ORDER =
      Comparator.comparing(SchemaObject::group)
          .thenComparing(SchemaObject::kind)
          .thenComparing(SchemaObject::name);

  public SchemaObject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
  }

  public ObjectKey key() {
    return new ObjectKey(kind, name);
  }

  /**
   * The name of the table, view or other top-level object this object is listed under: the owner
   * unless that is a schema, else the object itself.
   */
  String group() {
    return owner == null || owner.kind() == ObjectKind.SCHEMA ? name : owner.name();
  }

  @Override
  public String toString() {
    return definition.isEmpty()
        ? kind.label() + " " + name
        : kind.label() + " " + name + ": " + Text.oneLine(definition);
  }
}
