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
 * @param generatedName whether the database made the name up, e.g. {@code orders_customer_id_fkey1}
 *     for a foreign key created without a name: such an object is matched by what it is (kind,
 *     owner and definition), not by its name, which changes when the object is built again while
 *     the old name is taken
 * @param compared the definition as it is compared; the same as {@code definition} except where
 *     that names something by a name the database made up, e.g. a serial column's default, which
 *     calls {@code nextval} of the column's own sequence whatever that sequence is called
 */
public record SchemaObject(
    ObjectKind kind,
    String name,
    String definition,
    ObjectKey owner,
    boolean generatedName,
    String compared) {

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
    Objects.requireNonNull(compared, "compared");
  }

  /** An object whose name was chosen by whoever created it, compared as it is defined. */
  public SchemaObject(ObjectKind kind, String name, String definition, ObjectKey owner) {
    this(kind, name, definition, owner, false, definition);
  }

  /** This object, marked as named by the database when {@code generated}. */
  public SchemaObject withGeneratedName(boolean generated) {
    return new SchemaObject(kind, name, definition, owner, generated, compared);
  }

  /** This object, compared by {@code comparedDefinition} instead of its definition. */
  public SchemaObject comparedAs(String comparedDefinition) {
    return new SchemaObject(kind, name, definition, owner, generatedName, comparedDefinition);
  }

  public ObjectKey key() {
    return new ObjectKey(kind, name);
  }

  /**
   * What the object is, apart from its name: kind, owner and compared definition. Two objects with
   * generated names are the same object when this is equal.
   */
  Identity identity() {
    return new Identity(kind, owner, compared);
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

  /** What an object is, apart from its name. */
  record Identity(ObjectKind kind, ObjectKey owner, String compared) {}
}
