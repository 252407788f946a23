package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.schema.ObjectKey;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One table of a SQLite database as schema objects: see {@link SqliteCatalogReader}. */
final class SqliteTableReader {
  private static final Pattern COLLATE =
      Pattern.compile("\\bCOLLATE\\s+(\"[^\"]+\"|\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern STRICT =
      Pattern.compile("\\)\\s*(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private final Connection c;
  private final String schema;
  private final String table;
  private final String sql;
  private final ObjectKey owner;
  private final ObjectKey key;

  SqliteTableReader(Connection c, String schema, String table, String sql, ObjectKey owner) {
    this.c = c;
    this.schema = schema;
    this.table = table;
    this.sql = sql;
    this.owner = owner;
    this.key = new ObjectKey(ObjectKind.TABLE, qualified());
  }

  private String qualified() {
    return schema + "." + table;
  }

  void read(Consumer<SchemaObject> out) throws SQLException {
    out.accept(new SchemaObject(ObjectKind.TABLE, qualified(), options(), owner));
    Map<String, String> definitions = columnDefinitions();
    List<String> primaryKey = columns(definitions, out);
    if (!primaryKey.isEmpty()) {
      out.accept(
          new SchemaObject(
              ObjectKind.PRIMARY_KEY,
              qualified() + ".primary key",
              "PRIMARY KEY (" + String.join(", ", primaryKey) + ")",
              key));
    }
    indexes(out);
    foreignKeys(out);
    checks(out);
  }

  /** {@code table}, with what follows the table's body: {@code STRICT}, {@code WITHOUT ROWID}. */
  private String options() {
    int close = SqliteSql.closing(sql, sql.indexOf('('));
    if (close >= sql.length()) {
      return "table";
    }
    Matcher m = STRICT.matcher(sql.substring(close));
    String options = m.find() ? SqliteSql.normal(m.group(1)).toUpperCase(Locale.ROOT) : "";
    return options.isEmpty() ? "table" : "table " + options;
  }

  /** Each column's definition in the table's SQL, by name. */
  private Map<String, String> columnDefinitions() {
    Map<String, String> byName = new LinkedHashMap<>();
    for (String item : SqliteSql.tableItems(sql)) {
      if (!SqliteSql.isTableConstraint(item)) {
        byName.put(SqliteSql.firstName(item), item);
      }
    }
    return byName;
  }

  /** Reads the columns; returns the primary key's columns in key order. */
  private List<String> columns(Map<String, String> definitions, Consumer<SchemaObject> out)
      throws SQLException {
    TreeMap<Integer, String> key = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?, ?)"
                + " ORDER BY cid")) {
      ps.setString(1, table);
      ps.setString(2, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          int hidden = rs.getInt(6);
          if (hidden == 1) {
            continue; // a virtual table's hidden column
          }
          StringBuilder d = new StringBuilder(rs.getString(2).toLowerCase(Locale.ROOT));
          if (rs.getBoolean(3)) {
            d.append(" NOT NULL");
          }
          String text = definitions.getOrDefault(name, "");
          Matcher collate = COLLATE.matcher(text);
          if (collate.find()) {
            d.append(" COLLATE ").append(collate.group(1).toUpperCase(Locale.ROOT));
          }
          if (hidden == 2 || hidden == 3) {
            List<String[]> as = SqliteSql.clauses(text, "AS");
            d.append(" GENERATED ALWAYS AS (")
                .append(as.isEmpty() ? "?" : SqliteSql.normal(as.get(0)[0]))
                .append(hidden == 3 ? ") STORED" : ") VIRTUAL");
          } else if (rs.getString(4) != null) {
            d.append(" DEFAULT ").append(SqliteSql.normal(rs.getString(4)));
          }
          if (rs.getInt(5) > 0) {
            key.put(rs.getInt(5), name);
          }
          out.accept(
              new SchemaObject(ObjectKind.COLUMN, qualified() + "." + name, d.toString(), key()));
        }
      }
    }
    return List.copyOf(key.values());
  }

  private ObjectKey key() {
    return key;
  }

  private void indexes(Consumer<SchemaObject> out) throws SQLException {
    List<String[]> indexes = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT l.name, l.\"unique\", l.origin, s.sql FROM pragma_index_list(?, ?) l"
                + " LEFT JOIN "
                + SqliteSql.quote(schema)
                + ".sqlite_schema s ON s.type = 'index' AND s.name = l.name ORDER BY l.name")) {
      ps.setString(1, table);
      ps.setString(2, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          indexes.add(
              new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
    }
    for (String[] index : indexes) {
      if ("pk".equals(index[2])) {
        continue;
      }
      String columns = indexColumns(index[0]);
      String where = index[3] == null ? null : SqliteSql.whereClause(index[3]);
      boolean unique = "1".equals(index[1]);
      boolean constraint = "u".equals(index[2]);
      String definition =
          (constraint ? "UNIQUE (" : (unique ? "UNIQUE INDEX (" : "INDEX ("))
              + columns
              + ")"
              + (where == null ? "" : " WHERE " + where);
      out.accept(
          new SchemaObject(
                  constraint ? ObjectKind.UNIQUE_CONSTRAINT : ObjectKind.INDEX,
                  qualified() + "." + index[0],
                  definition,
                  key)
              .withGeneratedName(index[0].startsWith("sqlite_autoindex_")));
    }
  }

  /** The key columns of an index, each with its order and collation, or {@code (expression)}. */
  private String indexColumns(String index) throws SQLException {
    List<String> parts = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, \"desc\", coll, cid FROM pragma_index_xinfo(?, ?) WHERE key = 1"
                + " ORDER BY seqno")) {
      ps.setString(1, index);
      ps.setString(2, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String name = rs.getInt(4) == -2 ? "(expression)" : rs.getString(1);
          String coll = rs.getString(3);
          parts.add(
              name
                  + ("BINARY".equalsIgnoreCase(coll) ? "" : " COLLATE " + coll)
                  + (rs.getBoolean(2) ? " DESC" : ""));
        }
      }
    }
    return String.join(", ", parts);
  }

  private void foreignKeys(Consumer<SchemaObject> out) throws SQLException {
    for (SqliteForeignKeys fk : SqliteForeignKeys.of(c, schema, table)) {
      String from = String.join(", ", fk.from());
      String definition =
          "FOREIGN KEY ("
              + from
              + ") REFERENCES "
              + schema
              + "."
              + fk.parent()
              + "("
              + (fk.to() == null
                  ? String.join(", ", fk.from().stream().map(f -> "(primary key)").toList())
                  : String.join(", ", fk.to()))
              + ") ON UPDATE "
              + fk.onUpdate()
              + " ON DELETE "
              + fk.onDelete();
      out.accept(
          new SchemaObject(
                  ObjectKind.FOREIGN_KEY,
                  qualified() + ".foreign key (" + from + ")",
                  definition,
                  key)
              .withGeneratedName(true));
    }
  }

  /** CHECK constraints, from the table's SQL: named ones by name, the others by position. */
  private void checks(Consumer<SchemaObject> out) {
    int unnamed = 0;
    for (String[] check : SqliteSql.clauses(sql, "CHECK")) {
      String expression = SqliteSql.normal(check[0]);
      boolean named = check[1] != null;
      String name = named ? check[1] : "check " + ++unnamed;
      out.accept(
          new SchemaObject(
                  ObjectKind.CHECK_CONSTRAINT,
                  qualified() + "." + name,
                  "CHECK (" + expression + ")",
                  key)
              .withGeneratedName(!named));
    }
  }
}
