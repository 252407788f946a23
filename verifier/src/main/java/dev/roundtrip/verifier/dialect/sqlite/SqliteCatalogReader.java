package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.catalog.CatalogReader;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.schema.ObjectKey;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a SQLite database ({@code main}) into the schema model: tables (with {@code STRICT} and
 * {@code WITHOUT ROWID}), columns (declared type, NOT NULL, default, collation, generation),
 * primary keys, unique constraints and indexes (columns, order, collation, WHERE), foreign keys,
 * CHECK constraints, views and triggers. The pragmas give what they know; CHECKs, collations,
 * generation expressions and WHERE clauses come from the SQL text SQLite keeps. Names are qualified
 * as {@code main.table.column}.
 */
final class SqliteCatalogReader implements CatalogReader {

  @Override
  public SchemaSnapshot read(Connection c, List<String> schemas, Set<String> excludedTables)
      throws SQLException {
    List<SchemaObject> objects = new ArrayList<>();
    for (String schema : schemas) {
      ObjectKey owner = new ObjectKey(ObjectKind.SCHEMA, schema);
      objects.add(new SchemaObject(ObjectKind.SCHEMA, schema, "", null));
      for (String[] row : schemaRows(c, schema)) {
        String type = row[0];
        String name = row[1];
        String table = row[2];
        String sql = row[3] == null ? "" : row[3];
        if (name.startsWith("sqlite_") || excludedTables.contains(table)) {
          continue;
        }
        String qualified = schema + "." + name;
        switch (type) {
          case "table" -> new SqliteTableReader(c, schema, name, sql, owner).read(objects::add);
          case "view" ->
              objects.add(
                  new SchemaObject(ObjectKind.VIEW, qualified, SqliteSql.normal(sql), owner));
          case "trigger" ->
              objects.add(
                  new SchemaObject(
                      ObjectKind.TRIGGER,
                      schema + "." + table + "." + name,
                      SqliteSql.normal(sql),
                      new ObjectKey(ObjectKind.TABLE, schema + "." + table)));
          default -> {
            // indexes are read with their table
          }
        }
      }
    }
    return SchemaSnapshot.of(objects);
  }

  /** Type, name, table and SQL of every object of the schema, by name. */
  private static List<String[]> schemaRows(Connection c, String schema) throws SQLException {
    Map<String, String[]> rows = new TreeMap<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT type, name, tbl_name, sql FROM "
                    + SqliteSql.quote(schema)
                    + ".sqlite_schema");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String[] row = {
          rs.getString(1).toLowerCase(Locale.ROOT),
          rs.getString(2),
          rs.getString(3),
          rs.getString(4)
        };
        rows.put(row[0] + " " + row[1], row);
      }
    }
    return List.copyOf(rows.values());
  }

  @Override
  public List<TableInfo> tables(Connection c, List<String> schemas, Set<String> excludedTables)
      throws SQLException {
    List<TableInfo> tables = new ArrayList<>();
    for (String schema : schemas) {
      tables.addAll(SqliteTableCatalog.read(c, schema, excludedTables));
    }
    return tables;
  }
}
