package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.data.ColumnInfo;
import dev.roundtrip.verifier.data.ColumnInfo.DefaultKind;
import dev.roundtrip.verifier.data.ForeignKeyInfo;
import dev.roundtrip.verifier.data.GenCheck;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.data.TableInfo.UniqueKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The tables of a SQLite schema in the catalog model, as the seeder fills them and the data checks
 * compare them. A column declared {@code INTEGER PRIMARY KEY} is the rowid and left to the
 * database; defaults that read the clock or a random source are never used; CHECK constraints come
 * from the table's SQL, in the form the seeder's CHECK reader takes.
 */
final class SqliteTableCatalog {
  private static final Pattern VOLATILE =
      Pattern.compile(
          "current_(time|date|timestamp)|random|datetime|strftime|julianday|unixepoch|\\bdate\\(|"
              + "\\btime\\(",
          Pattern.CASE_INSENSITIVE);

  private SqliteTableCatalog() {}

  /** The tables of the schema, without the excluded ones (by name), in name order. */
  static List<TableInfo> read(Connection c, String schema, Set<String> excluded)
      throws SQLException {
    Map<String, String> sql = new TreeMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT name, sql FROM "
                    + SqliteSql.quote(schema)
                    + ".sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE"
                    + " '\\'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (!excluded.contains(rs.getString(1))) {
          sql.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
        }
      }
    }
    Map<String, List<String>> keys = new LinkedHashMap<>();
    Map<String, List<ColumnInfo>> columns = new LinkedHashMap<>();
    for (Map.Entry<String, String> t : sql.entrySet()) {
      List<String> key = new ArrayList<>();
      columns.put(t.getKey(), columns(c, schema, t.getKey(), key));
      keys.put(t.getKey(), key);
    }
    List<TableInfo> tables = new ArrayList<>();
    for (Map.Entry<String, String> t : sql.entrySet()) {
      String name = t.getKey();
      tables.add(
          new TableInfo(
              schema + "." + name,
              schema,
              name,
              SqliteSql.quote(schema) + "." + SqliteSql.quote(name),
              columns.get(name),
              keys.get(name),
              uniqueKeys(c, schema, name),
              foreignKeys(c, schema, name, keys),
              checks(t.getValue()),
              true));
    }
    return tables;
  }

  private static List<ColumnInfo> columns(
      Connection c, String schema, String table, List<String> key) throws SQLException {
    List<ColumnInfo> columns = new ArrayList<>();
    TreeMap<Integer, String> pk = new TreeMap<>();
    List<String> declared = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?, ?)"
                + " ORDER BY cid")) {
      ps.setString(1, table);
      ps.setString(2, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int hidden = rs.getInt(6);
          if (hidden == 1) {
            continue;
          }
          String name = rs.getString(1);
          String type = rs.getString(2);
          String dflt = rs.getString(4);
          if (rs.getInt(5) > 0) {
            pk.put(rs.getInt(5), name);
          }
          declared.add(type);
          columns.add(
              new ColumnInfo(
                  name,
                  SqliteTypes.type(type),
                  rs.getBoolean(3),
                  dflt,
                  dflt == null
                      ? DefaultKind.NONE
                      : VOLATILE.matcher(dflt).find() ? DefaultKind.VOLATILE : DefaultKind.STABLE,
                  "",
                  hidden == 2 || hidden == 3,
                  null,
                  type == null ? "" : type.toLowerCase(Locale.ROOT),
                  false));
        }
      }
    }
    key.addAll(pk.values());
    if (pk.size() == 1) {
      // INTEGER PRIMARY KEY: the rowid itself, which the database numbers
      for (int i = 0; i < columns.size(); i++) {
        ColumnInfo col = columns.get(i);
        if (col.name().equals(key.get(0))
            && "INTEGER".equals(declared.get(i).trim().toUpperCase(Locale.ROOT))) {
          columns.set(
              i,
              new ColumnInfo(
                  col.name(),
                  col.type(),
                  col.notNull(),
                  col.defaultExpression(),
                  DefaultKind.SEQUENCE,
                  "",
                  false,
                  null,
                  col.comparedType(),
                  false));
        }
      }
    }
    return columns;
  }

  private static List<UniqueKey> uniqueKeys(Connection c, String schema, String table)
      throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name FROM pragma_index_list(?, ?) WHERE \"unique\" = 1 AND origin <> 'pk'"
                + " ORDER BY name")) {
      ps.setString(1, table);
      ps.setString(2, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    List<UniqueKey> keys = new ArrayList<>();
    for (String index : names) {
      List<String> cols = new ArrayList<>();
      boolean plain = true;
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT name, cid FROM pragma_index_xinfo(?, ?) WHERE key = 1 ORDER BY seqno")) {
        ps.setString(1, index);
        ps.setString(2, schema);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plain &= rs.getInt(2) >= 0;
            cols.add(rs.getString(1));
          }
        }
      }
      if (plain && !cols.isEmpty()) {
        keys.add(new UniqueKey(index, cols));
      }
    }
    return keys;
  }

  private static List<ForeignKeyInfo> foreignKeys(
      Connection c, String schema, String table, Map<String, List<String>> keys)
      throws SQLException {
    List<ForeignKeyInfo> fks = new ArrayList<>();
    for (SqliteForeignKeys fk : SqliteForeignKeys.of(c, schema, table)) {
      List<String> to = fk.to() == null ? keys.getOrDefault(fk.parent(), List.of()) : fk.to();
      if (to.size() == fk.from().size()) {
        fks.add(
            new ForeignKeyInfo(
                "fk_" + fk.id(),
                fk.from(),
                schema + "." + fk.parent(),
                to,
                SqliteSql.quote(schema) + "." + SqliteSql.quote(fk.parent())));
      }
    }
    return fks;
  }

  private static List<GenCheck> checks(String sql) {
    List<GenCheck> checks = new ArrayList<>();
    int n = 0;
    for (String[] check : SqliteSql.clauses(sql, "CHECK")) {
      n++;
      checks.add(SqliteChecks.translate(check[1] == null ? "check " + n : check[1], check[0]));
    }
    return checks;
  }
}
