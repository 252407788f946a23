package dev.roundtrip.verifier.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tables of the run's schemas with their columns and primary keys, in one catalog query. */
final class SnapshotCatalog {
  private SnapshotCatalog() {}

  /** A table as the data checks see it. */
  record Table(String schema, String name, List<Column> columns, List<String> key) {
    String qualifiedName() {
      return schema + "." + name;
    }

    String sqlName() {
      return Sql.qualified(schema, name);
    }

    Column column(String columnName) {
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
   * @param type the type as {@code format_type} prints it, with modifiers
   * @param generated whether the column is generated (its values follow from others)
   */
  record Column(String name, String type, boolean generated) {}

  private static final String QUERY =
      "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
          + " a.attgenerated <> '', "
          + " (SELECT array_agg(k.attname ORDER BY x.ord) FROM pg_index i"
          + "    CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS x(attnum, ord)"
          + "    JOIN pg_attribute k ON k.attrelid = i.indrelid AND k.attnum = x.attnum"
          + "   WHERE i.indrelid = c.oid AND i.indisprimary)"
          + " FROM pg_class c"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " JOIN pg_attribute a ON a.attrelid = c.oid"
          + " WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
          + "   AND a.attnum > 0 AND NOT a.attisdropped"
          + "   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
          + "                   AND d.objid = c.oid AND d.deptype = 'e')"
          + " ORDER BY n.nspname, c.relname, a.attnum";

  static Map<String, Table> read(Connection c, List<String> schemas, Set<String> excludedTables)
      throws SQLException {
    Map<String, List<Column>> columns = new LinkedHashMap<>();
    Map<String, List<String>> keys = new LinkedHashMap<>();
    Map<String, String[]> names = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(QUERY)) {
      Array array = c.createArrayOf("text", schemas.toArray());
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String schema = rs.getString(1);
          String table = rs.getString(2);
          if (excludedTables.contains(table)) {
            continue;
          }
          String q = schema + "." + table;
          names.putIfAbsent(q, new String[] {schema, table});
          columns
              .computeIfAbsent(q, k -> new ArrayList<>())
              .add(new Column(rs.getString(3), rs.getString(4), rs.getBoolean(5)));
          Array key = rs.getArray(6);
          keys.putIfAbsent(q, key == null ? List.of() : List.of((String[]) key.getArray()));
        }
      }
    }
    Map<String, Table> tables = new LinkedHashMap<>();
    for (Map.Entry<String, String[]> e : names.entrySet()) {
      String q = e.getKey();
      tables.put(
          q, new Table(e.getValue()[0], e.getValue()[1], List.copyOf(columns.get(q)), keys.get(q)));
    }
    return tables;
  }
}
