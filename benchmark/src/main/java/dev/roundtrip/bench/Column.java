package dev.roundtrip.bench;

/**
 * A column of a generated table, as the migrations so far left it. Its name and type change with
 * rename and widening migrations; a frozen column (a key, a foreign key, a column a view reads) is
 * never renamed or retyped, as a careful team would not.
 */
final class Column {
  String name;
  ColumnType type;
  final boolean nullable;

  /** The default as a SQL literal both dialects read, or null. */
  final String defaultLiteral;

  boolean frozen;

  Column(String name, ColumnType type, boolean nullable, String defaultLiteral) {
    this.name = name;
    this.type = type;
    this.nullable = nullable;
    this.defaultLiteral = defaultLiteral;
  }

  static Column nullable(String name, ColumnType type) {
    return new Column(name, type, true, null);
  }
}
