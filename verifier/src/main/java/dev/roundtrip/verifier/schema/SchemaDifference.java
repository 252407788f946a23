package dev.roundtrip.verifier.schema;

import java.util.Objects;

/**
 * One way in which an actual schema differs from the expected one.
 *
 * @param kind the kind of object
 * @param name its qualified name, e.g. {@code public.orders.customer_id}
 * @param change whether it is missing, unexpected or changed
 * @param expected its expected definition, or null when it was not expected
 * @param actual its actual definition, or null when it is missing
 * @param description one sentence a user understands without reading code, e.g. {@code column
 *     public.users.created_at is missing (was timestamp with time zone NOT NULL DEFAULT now())};
 *     worded in terms of "expected" and "actual" so that the caller can say which two states were
 *     compared
 */
public record SchemaDifference(
    ObjectKind kind,
    String name,
    Change change,
    String expected,
    String actual,
    String description) {

  /** How an object differs. */
  public enum Change {
    /** Expected but absent. */
    MISSING,
    /** Present but not expected. */
    UNEXPECTED,
    /** Present as expected, with a different definition. */
    CHANGED
  }

  public SchemaDifference {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(description, "description");
  }

  @Override
  public String toString() {
    return description;
  }
}
