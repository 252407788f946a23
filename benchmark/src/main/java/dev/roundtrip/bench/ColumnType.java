package dev.roundtrip.bench;

/**
 * The type of a generated column, in words both dialects understand, with the widenings a real
 * application makes: a longer {@code varchar}, {@code int} to {@code bigint}, more digits before
 * the point of a {@code numeric}.
 *
 * @param kind what kind of value the column holds
 * @param size the length of a {@code varchar}, the precision of a {@code numeric}, else 0
 * @param scale the scale of a {@code numeric}, else 0
 */
record ColumnType(Kind kind, int size, int scale) {

  /** The kinds of column the generator writes. */
  enum Kind {
    VARCHAR,
    INT,
    BIGINT,
    NUMERIC,
    TEXT,
    BOOLEAN,
    TIMESTAMP,
    DATE
  }

  /** The longest {@code varchar} a widening produces, so that indexes stay within MariaDB's key. */
  static final int MAX_VARCHAR = 400;

  static ColumnType varchar(int length) {
    return new ColumnType(Kind.VARCHAR, length, 0);
  }

  static ColumnType numeric(int precision, int scale) {
    return new ColumnType(Kind.NUMERIC, precision, scale);
  }

  static ColumnType of(Kind kind) {
    return new ColumnType(kind, 0, 0);
  }

  /** Whether {@link #widened()} gives a wider type. */
  boolean widenable() {
    return switch (kind) {
      case VARCHAR -> size * 2 <= MAX_VARCHAR;
      case INT -> true;
      case NUMERIC -> size <= 20;
      default -> false;
    };
  }

  /** The wider type a migration changes this one to. */
  ColumnType widened() {
    return switch (kind) {
      case VARCHAR -> varchar(size * 2);
      case INT -> of(Kind.BIGINT);
      case NUMERIC -> numeric(size + 4, scale);
      default -> throw new IllegalStateException(kind + " is not widened");
    };
  }

  /** Whether an index on a column of this type is realistic and fits both dialects. */
  boolean indexable() {
    return kind != Kind.TEXT && kind != Kind.BOOLEAN;
  }

  /**
   * The largest value of this type, as a SQL literal, for a down script that narrows the type back:
   * values written after the widening are clamped to what the narrower type holds.
   */
  String maxLiteral() {
    return switch (kind) {
      case INT -> "2147483647";
      case NUMERIC -> "9".repeat(size - scale) + (scale > 0 ? "." + "9".repeat(scale) : "");
      default -> throw new IllegalStateException(kind + " has no maximum");
    };
  }

  /** The smallest value of this type, as a SQL literal (see {@link #maxLiteral()}). */
  String minLiteral() {
    return kind == Kind.INT ? "-2147483648" : "-" + maxLiteral();
  }
}
