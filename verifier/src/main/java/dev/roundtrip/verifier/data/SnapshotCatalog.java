package dev.roundtrip.verifier.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the run's schemas with their columns and primary keys, as the data checks see them:
 * a view of the catalog model's {@link TableInfo tables} ({@link
 * dev.roundtrip.verifier.catalog.Catalog#tables()}).
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
   * @param type the type as the data checks compare it ({@link ColumnInfo#comparedType()})
   * @param generated whether the column is generated (its values follow from others)
   */
  public record Column(String name, String type, boolean generated) {}

  /**
   * The data checks' view of the catalog model's tables, by {@code schema.table} (unquoted), in
   * their order; tables without columns are left out (there are no values to compare).
   */
  public static Map<String, Table> of(List<TableInfo> tables) {
    Map<String, Table> view = new LinkedHashMap<>();
    for (TableInfo t : tables) {
      if (t.columns().isEmpty()) {
        continue;
      }
      List<Column> columns = new ArrayList<>();
      for (ColumnInfo c : t.columns()) {
        columns.add(new Column(c.name(), c.comparedType(), c.generated()));
      }
      view.put(
          t.plainName(),
          new Table(t.schema(), t.name(), t.sqlName(), List.copyOf(columns), t.primaryKey()));
    }
    return view;
  }
}
