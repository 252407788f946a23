package dev.roundtrip.verifier.schema;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An immutable, normalized picture of a database schema: the objects it holds, keyed by kind and
 * qualified name, each with a definition that captures its meaning and nothing else (no OIDs,
 * column positions or storage details, no names the database made up). Two snapshots of equivalent
 * schemas are equal.
 */
public final class SchemaSnapshot {
  private final Map<ObjectKey, SchemaObject> objects;

  private SchemaSnapshot(Map<ObjectKey, SchemaObject> objects) {
    this.objects = Collections.unmodifiableMap(objects);
  }

  /**
   * A snapshot holding the given objects.
   *
   * @throws IllegalArgumentException if two objects have the same kind and name
   */
  public static SchemaSnapshot of(Collection<SchemaObject> objects) {
    Map<ObjectKey, SchemaObject> byKey = new LinkedHashMap<>();
    objects.stream()
        .sorted(SchemaObject.LISTING_ORDER)
        .forEach(
            o -> {
              if (byKey.putIfAbsent(o.key(), o) != null) {
                throw new IllegalArgumentException("two objects are named " + o.key());
              }
            });
    return new SchemaSnapshot(byKey);
  }

  /** A snapshot with no objects. */
  public static SchemaSnapshot empty() {
    return new SchemaSnapshot(new LinkedHashMap<>());
  }

  public boolean isEmpty() {
    return objects.isEmpty();
  }

  /** The number of objects. */
  public int size() {
    return objects.size();
  }

  /** All objects, listed by table (or other top-level object), then kind, then name. */
  public List<SchemaObject> objects() {
    return List.copyOf(objects.values());
  }

  public Optional<SchemaObject> find(ObjectKind kind, String name) {
    return find(new ObjectKey(kind, name));
  }

  public Optional<SchemaObject> find(ObjectKey key) {
    return Optional.ofNullable(objects.get(key));
  }

  public boolean contains(ObjectKey key) {
    return objects.containsKey(key);
  }

  /** The objects owned by the given one, e.g. a table's columns, in listing order. */
  public List<SchemaObject> ownedBy(ObjectKey owner) {
    return objects.values().stream().filter(o -> owner.equals(o.owner())).toList();
  }

  /** One line per object, e.g. {@code column public.orders.total: numeric(10,2) NOT NULL}. */
  public String describe() {
    return objects.values().stream().map(SchemaObject::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Whether the other snapshot holds the same schema: {@link SchemaDiff} finds no difference, so
   * objects whose names the database made up count as equal under another made-up name.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof SchemaSnapshot that
        && (objects.equals(that.objects) || SchemaDiff.between(this, that).isEmpty());
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (SchemaObject o : objects.values()) {
      hash +=
          o.generatedName()
              ? o.identity().hashCode()
              : o.key().hashCode() * 31 + o.compared().hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    return "SchemaSnapshot[" + size() + " objects]\n" + describe();
  }
}
