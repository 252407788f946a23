package dev.roundtrip.verifier.data;

import java.util.Objects;

/**
 * One column of a table in the {@link TableInfo catalog model}: what the seeder needs to fill it
 * and the data checks to compare its values.
 *
 * @param name the column name, unquoted
 * @param type the column's type, domains and arrays resolved
 * @param notNull whether the column (or its domain) rejects NULL
 * @param defaultExpression the default as the database prints it, or null
 * @param defaultKind what kind of default it is
 * @param identity {@code a} (always), {@code d} (by default) or empty
 * @param generated whether it is a generated (computed) column
 * @param collation the collation of a MySQL-family character column (e.g. {@code
 *     utf8mb4_general_ci}), which decides which values a unique key takes for the same; else null
 * @param comparedType the type as the data checks compare it from one step to the next, in the
 *     dialect's words: a change of it may change the column's values (on PostgreSQL as {@code
 *     format_type} prints it; on the MySQL family the {@code COLUMN_TYPE} without integer display
 *     widths, followed by {@code character set <name>} for character types)
 * @param onUpdate whether the database sets the column to the current time whenever its row changes
 *     (MySQL's {@code ON UPDATE CURRENT_TIMESTAMP})
 */
public record ColumnInfo(
    String name,
    GenType type,
    boolean notNull,
    String defaultExpression,
    DefaultKind defaultKind,
    String identity,
    boolean generated,
    String collation,
    String comparedType,
    boolean onUpdate) {

  /** What a column default does when used. */
  public enum DefaultKind {
    /** No default. */
    NONE,
    /** {@code nextval(...)} or MySQL's AUTO_INCREMENT: a serial column, left to the database. */
    SEQUENCE,
    /** Gives the same value every time: worth using now and then to exercise it. */
    STABLE,
    /** Reads the clock, a random source or the session: never used, to stay deterministic. */
    VOLATILE
  }

  public ColumnInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultKind, "defaultKind");
    identity = identity == null ? "" : identity;
    Objects.requireNonNull(comparedType, "comparedType");
  }

  /** A column compared by its type's display name, never set by the database on update. */
  public ColumnInfo(
      String name,
      GenType type,
      boolean notNull,
      String defaultExpression,
      DefaultKind defaultKind,
      String identity,
      boolean generated,
      String collation) {
    this(
        name,
        type,
        notNull,
        defaultExpression,
        defaultKind,
        identity,
        generated,
        collation,
        type.display(),
        false);
  }

  /** Whether the database fills the column by itself: identity, serial or generated columns. */
  boolean leftToDatabase() {
    return generated || !identity.isEmpty() || defaultKind == DefaultKind.SEQUENCE;
  }
}
