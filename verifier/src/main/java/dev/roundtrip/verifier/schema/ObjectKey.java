package dev.roundtrip.verifier.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * Identifies a schema object independently of how the database stores it: its kind and its
 * qualified name, e.g. {@code COLUMN public.orders.customer_id} or {@code FUNCTION
 * public.total(integer)}. Identifiers in names are quoted only where SQL requires it.
 */
public record ObjectKey(ObjectKind kind, String name) implements Comparable<ObjectKey> {
  private static final Comparator<ObjectKey> ORDER =
      Comparator.comparing(ObjectKey::kind).thenComparing(ObjectKey::name);

  public ObjectKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public int compareTo(ObjectKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return kind.label() + " " + name;
  }
}
