package dev.roundtrip.bench;

import java.util.ArrayList;
import java.util.List;

/** A generated table as the migrations so far left it: its columns and the indexes on it. */
final class Table {
  final String name;

  /** Every column but {@code id}, which every table has as its primary key. */
  final List<Column> columns = new ArrayList<>();

  /**
   * Indexes created by index migrations (not those of foreign keys): the ones a migration drops.
   */
  final List<Index> indexes = new ArrayList<>();

  /** The foreign-key columns and the tables they reference, for join views. */
  final List<ForeignKey> foreignKeys = new ArrayList<>();

  Table(String name) {
    this.name = name;
  }

  boolean hasColumn(String column) {
    return column.equals("id") || columns.stream().anyMatch(c -> c.name.equals(column));
  }

  /** {@code base}, or {@code base_2}, {@code base_3}, ... whichever this table does not have. */
  String freeColumnName(String base) {
    String name = base;
    for (int i = 2; hasColumn(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  /** An index on some of this table's columns. */
  record Index(String name, List<Column> columns) {}

  /** A column of this table referencing {@code parent.id}, under the constraint {@code name}. */
  record ForeignKey(String name, Column column, Table parent) {}
}
