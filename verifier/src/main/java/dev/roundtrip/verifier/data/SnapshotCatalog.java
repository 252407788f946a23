package dev.roundtrip.verifier.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;

/** The tables of the run's schemas with their columns and primary keys, in one catalog query. */
final class SnapshotCatalog {
  private SnapshotCatalog() {}

  /**
   * A table as the data checks see it.
   *
   * @param sqlName the table's name as written in SQL, qualified and quoted
   */
  record Table(String schema, String name, String sqlName, List<Column> columns, List<String> key) {
    String qualifiedName() {
      return schema + "." + name;
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
   * @param type the type with its modifiers: as {@code format_type} prints it on PostgreSQL; on the
   *     MySQL family the {@code COLUMN_TYPE} without integer display widths, followed by {@code
   *     character set <name>} for character types
   * @param generated whether the column is generated (its values follow from others)
   */
  record Column(String name, String type, boolean generated) {}

  private static final String POSTGRES =
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

  /** Base tables (system-versioned ones included, sequences and views not) of the databases. */
  private static final String MYSQL =
      "SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.CHARACTER_SET_NAME,"
          + " c.EXTRA, k.SEQ_IN_INDEX"
          + " FROM information_schema.COLUMNS c"
          + " JOIN information_schema.TABLES t"
          + "   ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
          + " LEFT JOIN information_schema.STATISTICS k"
          + "   ON k.TABLE_SCHEMA = c.TABLE_SCHEMA AND k.TABLE_NAME = c.TABLE_NAME"
          + "  AND k.COLUMN_NAME = c.COLUMN_NAME AND k.INDEX_NAME = 'PRIMARY'"
          + " WHERE c.TABLE_SCHEMA IN ({databases})"
          + "   AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')"
          + " ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION";

  private static final Pattern INTEGER_WIDTH =
      Pattern.compile("^(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)");
  private static final Pattern GENERATED =
      Pattern.compile("\\b(VIRTUAL|STORED|PERSISTENT) GENERATED\\b", Pattern.CASE_INSENSITIVE);

  /** The tables of PostgreSQL schemas. */
  static Map<String, Table> readPostgres(
      Connection c,
      List<String> schemas,
      Set<String> excludedTables,
      BinaryOperator<String> qualify)
      throws SQLException {
    Builder tables = new Builder(excludedTables, qualify);
    try (PreparedStatement ps = c.prepareStatement(POSTGRES)) {
      Array array = c.createArrayOf("text", schemas.toArray());
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Array key = rs.getArray(6);
          tables.add(
              rs.getString(1),
              rs.getString(2),
              new Column(rs.getString(3), rs.getString(4), rs.getBoolean(5)),
              key == null ? List.of() : List.of((String[]) key.getArray()));
        }
      }
    }
    return tables.build();
  }

  /** The tables of MySQL or MariaDB databases. */
  static Map<String, Table> readMySql(
      Connection c,
      List<String> databases,
      Set<String> excludedTables,
      BinaryOperator<String> qualify)
      throws SQLException {
    Builder tables = new Builder(excludedTables, qualify);
    String sql =
        MYSQL.replace("{databases}", String.join(", ", Collections.nCopies(databases.size(), "?")));
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < databases.size(); i++) {
        ps.setString(i + 1, databases.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String column = rs.getString(3);
          String extra = rs.getString(6);
          tables.add(
              rs.getString(1),
              rs.getString(2),
              new Column(
                  column,
                  mySqlType(rs.getString(4), rs.getString(5)),
                  extra != null && GENERATED.matcher(extra).find()),
              List.of());
          int keyPosition = rs.getInt(7);
          if (!rs.wasNull()) {
            tables.keyColumn(rs.getString(1), rs.getString(2), keyPosition, column);
          }
        }
      }
    }
    return tables.build();
  }

  /**
   * A MySQL-family column type as the data checks compare it: {@code COLUMN_TYPE} (which both
   * servers print in lower case, but for the labels of an enum or set) without the display width of
   * integer types, which MySQL 8.0.19 no longer prints and which changes no value (kept with {@code
   * zerofill}, where it pads), and with the character set of a character type, whose change can
   * change values.
   */
  static String mySqlType(String columnType, String characterSet) {
    String type = columnType;
    if (!type.contains("zerofill")) {
      type = INTEGER_WIDTH.matcher(type).replaceFirst("$1");
    }
    return characterSet == null ? type : type + " character set " + characterSet;
  }

  /** Collects rows of a catalog query, one per column, into tables. */
  private static final class Builder {
    private final Set<String> excludedTables;
    private final BinaryOperator<String> qualify;
    private final Map<String, String[]> names = new LinkedHashMap<>();
    private final Map<String, List<Column>> columns = new LinkedHashMap<>();
    private final Map<String, List<String>> keys = new LinkedHashMap<>();
    private final Map<String, TreeMap<Integer, String>> keyColumns = new LinkedHashMap<>();

    Builder(Set<String> excludedTables, BinaryOperator<String> qualify) {
      this.excludedTables = excludedTables;
      this.qualify = qualify;
    }

    void add(String schema, String table, Column column, List<String> key) {
      if (excludedTables.contains(table)) {
        return;
      }
      String q = schema + "." + table;
      names.putIfAbsent(q, new String[] {schema, table});
      columns.computeIfAbsent(q, k -> new ArrayList<>()).add(column);
      keys.putIfAbsent(q, key);
    }

    void keyColumn(String schema, String table, int position, String column) {
      if (!excludedTables.contains(table)) {
        keyColumns
            .computeIfAbsent(schema + "." + table, k -> new TreeMap<>())
            .put(position, column);
      }
    }

    Map<String, Table> build() {
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
