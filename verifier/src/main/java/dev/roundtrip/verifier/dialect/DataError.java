package dev.roundtrip.verifier.dialect;

import java.util.List;

/**
 * A statement that failed on the data it met, as the database described it: what kind of rule the
 * data broke and, as far as the database says, where.
 *
 * @param kind what the data broke
 * @param table the table, schema-qualified where the database says so, or null
 * @param columns the columns, or empty
 * @param constraint the constraint or index, or null
 * @param detail the database's detail (e.g. {@code Key (name)=(x) is duplicated.}), or null
 * @param type the type a value did not fit (e.g. {@code character varying(512)}), or null
 */
public record DataError(
    Kind kind, String table, List<String> columns, String constraint, String detail, String type) {

  /** What rule the data broke. */
  public enum Kind {
    /** Two rows share a value that must be unique. */
    DUPLICATE,
    /** A value is longer than its column or type allows. */
    TOO_LONG,
    /** A NULL where none is allowed. */
    NOT_NULL,
    /** A row breaks a CHECK constraint. */
    CHECK,
    /** A value has no match in the table a foreign key references. */
    FOREIGN_KEY,
    /** A number is out of range for its type. */
    OUT_OF_RANGE,
    /** A value cannot be read as its new type. */
    INVALID_VALUE,
    /** Another error about data (division by zero, an exclusion constraint, ...). */
    OTHER
  }

  public DataError {
    columns = List.copyOf(columns);
  }
}
