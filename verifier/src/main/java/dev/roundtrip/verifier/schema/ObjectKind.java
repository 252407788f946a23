package dev.roundtrip.verifier.schema;

import java.util.Locale;

/**
 * The kinds of schema object a {@link SchemaSnapshot} records. The declaration order is the order
 * in which differences about one table (or other top-level object) are listed.
 */
public enum ObjectKind {
  SCHEMA,
  EXTENSION,
  TABLE,
  COLUMN,
  PRIMARY_KEY,
  UNIQUE_CONSTRAINT,
  CHECK_CONSTRAINT,
  FOREIGN_KEY,
  EXCLUSION_CONSTRAINT,
  INDEX,
  VIEW,
  MATERIALIZED_VIEW,
  SEQUENCE,
  ENUM_TYPE,
  DOMAIN,
  COMPOSITE_TYPE,
  FUNCTION,
  PROCEDURE,
  AGGREGATE,
  TRIGGER,
  POLICY,
  /** A scheduled event (MySQL and MariaDB). */
  EVENT;

  /** How a user calls this kind of object, e.g. {@code foreign key}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
