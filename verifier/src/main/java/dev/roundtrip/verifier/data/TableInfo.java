package dev.roundtrip.verifier.data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A table of the catalog model: read once per state of the database by the dialect's {@link
 * dev.roundtrip.verifier.catalog.CatalogReader}, it is what the seeder fills and what the data
 * checks snapshot and compare.
 *
 * @param qualifiedName {@code schema.table} as reports name the table, in the dialect's way (on
 *     PostgreSQL each part quoted where {@code quote_ident} would, on the MySQL family unquoted)
 * @param schema the schema name, unquoted
 * @param name the table name, unquoted
 * @param sqlName the table's name as written in SQL, qualified and quoted the dialect's way
 * @param columns the columns in table order, dropped ones left out
 * @param primaryKey the primary key columns, or empty
 * @param uniqueKeys unique constraints and expression-less unique indexes (partial ones included:
 *     keeping their columns distinct over all rows is stricter than they need; MySQL's prefix
 *     indexes with their prefix lengths)
 * @param foreignKeys foreign keys, by name
 * @param checks CHECK constraints, by name
 * @param transactional whether a failed statement on the table is rolled back (false for the MySQL
 *     family's MyISAM, Aria, MEMORY and other engines without transactions)
 */
public record TableInfo(
    String qualifiedName,
    String schema,
    String name,
    String sqlName,
    List<ColumnInfo> columns,
    List<String> primaryKey,
    List<UniqueKey> uniqueKeys,
    List<ForeignKeyInfo> foreignKeys,
    List<GenCheck> checks,
    boolean transactional) {

  /**
   * A set of columns whose values must be distinct together.
   *
   * @param name the constraint or index name
   * @param columns the columns
   * @param prefixLengths per column, how many leading characters (bytes for binary strings) the key
   *     holds, as in MySQL's {@code UNIQUE (name(10))}; 0 for the whole value
   */
  public record UniqueKey(String name, List<String> columns, List<Integer> prefixLengths) {
    public UniqueKey {
      columns = List.copyOf(columns);
      prefixLengths = List.copyOf(prefixLengths);
      if (prefixLengths.size() != columns.size()) {
        throw new IllegalArgumentException("one prefix length per column: " + name);
      }
    }

    /** A key on whole values. */
    public UniqueKey(String name, List<String> columns) {
      this(name, columns, java.util.Collections.nCopies(columns.size(), 0));
    }
  }

  public TableInfo {
    Objects.requireNonNull(qualifiedName, "qualifiedName");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sqlName, "sqlName");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueKeys = List.copyOf(uniqueKeys);
    foreignKeys = List.copyOf(foreignKeys);
    checks = List.copyOf(checks);
  }

  /**
   * A transactional table whose SQL name is {@code qualifiedName} (which must then be valid SQL for
   * it, as PostgreSQL's {@code quote_ident} form is).
   */
  public TableInfo(
      String qualifiedName,
      String schema,
      String name,
      List<ColumnInfo> columns,
      List<String> primaryKey,
      List<UniqueKey> uniqueKeys,
      List<ForeignKeyInfo> foreignKeys,
      List<GenCheck> checks) {
    this(
        qualifiedName,
        schema,
        name,
        qualifiedName,
        columns,
        primaryKey,
        uniqueKeys,
        foreignKeys,
        checks,
        true);
  }

  /** {@code schema.table}, both unquoted. */
  public String plainName() {
    return schema + "." + name;
  }

  public Optional<ColumnInfo> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The primary key first, then the other unique keys. */
  List<UniqueKey> allKeys() {
    if (primaryKey.isEmpty()) {
      return uniqueKeys;
    }
    return Stream.concat(Stream.of(new UniqueKey("primary key", primaryKey)), uniqueKeys.stream())
        .toList();
  }
}
