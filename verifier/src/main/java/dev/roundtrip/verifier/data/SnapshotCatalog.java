package dev.roundtrip.verifier.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;

/**
 * The tables of the run's schemas with their columns and primary keys, as the data checks see them;
 * each dialect reads its catalog into this model in one query ({@link
 * dev.roundtrip.verifier.data.DataSql#catalog}).
 */
public final class SnapshotCatalog {
  private SnapshotCatalog() {}

  /**
   * A table as the data checks see it.
   *
   * @param sqlName the table's name as written in SQL, qualified and quoted
   */
  public record Table(
      String schema, String name, String sqlName, List<Column> columns, List<String> key) {
    public String qualifiedName() {
      return schema + "." + name;
    }

    public Column column(String columnName) {
      for (Column c : columns) {
        if (c.name().equals(columnName)) {
          return c;
        }
      }
      return null;
    }
  }

  /**
   * A column and its type.
   *
   * @param type the type with its modifiers: as {@code format_type} prints it on PostgreSQL; on the
   *     MySQL family the {@code COLUMN_TYPE} without integer display widths, followed by {@code
   *     character set <name>} for character types
   * @param generated whether the column is generated (its values follow from others)
   */
  public record Column(String name, String type, boolean generated) {}

  /** Collects rows of a catalog query, one per column, into tables. */
  public static final class Builder {
    private final Set<String> excludedTables;
    private final BinaryOperator<String> qualify;
    private final Map<String, String[]> names = new LinkedHashMap<>();
    private final Map<String, List<Column>> columns = new LinkedHashMap<>();
    private final Map<String, List<String>> keys = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, String>> keyColumns = new LinkedHashMap<>();

    /**
     * @param excludedTables unqualified names of tables to leave out
     * @param qualify the table's SQL name from its schema and name
     */
    public Builder(Set<String> excludedTables, BinaryOperator<String> qualify) {
      this.excludedTables = excludedTables;
      this.qualify = qualify;
    }

    /** A column of a table, in table order, with the table's key (or empty). */
    public void add(String schema, String table, Column column, List<String> key) {
      if (excludedTables.contains(table)) {
        return;
      }
      String q = schema + "." + table;
      names.putIfAbsent(q, new String[] {schema, table});
      columns.computeIfAbsent(q, k -> new ArrayList<>()).add(column);
      keys.putIfAbsent(q, key);
    }

    /** A column of the table's primary key, at its place in the key. */
    public void keyColumn(String schema, String table, int position, String column) {
      if (!excludedTables.contains(table)) {
        keyColumns
            .computeIfAbsent(schema + "." + table, k -> new TreeMap<>())
            .put(position, column);
      }
    }

    /** The tables by qualified name, in the order first seen. */
    public Map<String, Table> build() {
      Map<String, Table> tables = new LinkedHashMap<>();
      for (Map.Entry<String, String[]> e : names.entrySet()) {
        String q = e.getKey();
        String schema = e.getValue()[0];
        String table = e.getValue()[1];
        TreeMap<Integer, String> ordered = keyColumns.get(q);
        List<String> key = ordered == null ? keys.get(q) : List.copyOf(ordered.values());
        tables.put(
            q,
            new Table(
                schema, table, qualify.apply(schema, table), List.copyOf(columns.get(q)), key));
      }
      return tables;
    }
  }
}
