package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.ForeignKeyInfo;
import dev.roundtrip.verifier.data.TableInfo.UniqueKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link MySqlTableCatalog} queries for keys: primary keys and unique indexes (with prefix
 * lengths; functional ones left out), foreign keys, and enforced CHECK constraints where the server
 * has them (MySQL 8.0.16 and later, MariaDB), read by {@link MySqlChecks}.
 */
final class MySqlKeyQueries {
  private MySqlKeyQueries() {}

  /** A unique index being put together from its parts, one row each. */
  private record Index(
      MySqlTableCatalog.Table table, String name, List<String> columns, List<Integer> prefixes) {}

  static void keys(MySqlTableCatalog catalog) throws SQLException {
    Map<List<String>, Index> indexes = new LinkedHashMap<>();
    catalog.query(
        """
        SELECT TABLE_SCHEMA AS db, TABLE_NAME AS tbl, INDEX_NAME AS index_name,
               COLUMN_NAME AS col, SUB_PART AS sub_part
        FROM information_schema.STATISTICS
        WHERE TABLE_SCHEMA IN ({databases}) AND NON_UNIQUE = 0
        ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
        """,
        (table, row) -> {
          String name = row.getString("index_name");
          String column = row.getString("col");
          if (column != null && column.equals(table.rowEnd)) {
            return;
          }
          Index index =
              indexes.computeIfAbsent(
                  List.of(table.schema, table.name, name),
                  k -> new Index(table, name, new ArrayList<>(), new ArrayList<>()));
          index.columns().add(column);
          int prefix = row.getInt("sub_part");
          index.prefixes().add(row.wasNull() ? 0 : prefix);
        });
    for (Index index : indexes.values()) {
      if (index.columns().contains(null)) {
        continue;
      }
      if ("PRIMARY".equals(index.name())) {
        index.table().primaryKey.addAll(index.columns());
      } else {
        index
            .table()
            .uniqueKeys
            .add(new UniqueKey(index.name(), index.columns(), index.prefixes()));
      }
    }
  }

  static void foreignKeys(MySqlTableCatalog catalog) throws SQLException {
    catalog.query(
        """
        SELECT TABLE_SCHEMA AS db, TABLE_NAME AS tbl, CONSTRAINT_NAME AS constraint_name,
               COLUMN_NAME AS col, REFERENCED_TABLE_SCHEMA AS parent_db,
               REFERENCED_TABLE_NAME AS parent_table, REFERENCED_COLUMN_NAME AS parent_col
        FROM information_schema.KEY_COLUMN_USAGE
        WHERE TABLE_SCHEMA IN ({databases}) AND REFERENCED_TABLE_NAME IS NOT NULL
        ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION
        """,
        (table, row) -> {
          String name = row.getString("constraint_name");
          String parentDb = row.getString("parent_db");
          String parentTable = row.getString("parent_table");
          String parent = MySqlTableCatalog.qualified(parentDb, parentTable);
          ForeignKeyInfo fk = table.foreignKeys.get(name);
          List<String> columns = new ArrayList<>(fk == null ? List.of() : fk.columns());
          List<String> parentColumns = new ArrayList<>(fk == null ? List.of() : fk.parentColumns());
          columns.add(row.getString("col"));
          parentColumns.add(row.getString("parent_col"));
          table.foreignKeys.put(
              name,
              new ForeignKeyInfo(
                  name,
                  columns,
                  parent,
                  parentColumns,
                  MySqlTableCatalog.sqlName(parentDb, parentTable)));
        });
  }

  static void checks(MySqlTableCatalog catalog) throws SQLException {
    if (!hasCheckConstraints(catalog.connection())) {
      return;
    }
    String sql =
        catalog.mariaDb()
            ? """
              SELECT CONSTRAINT_SCHEMA AS db, TABLE_NAME AS tbl, CONSTRAINT_NAME AS name,
                     CHECK_CLAUSE AS clause
              FROM information_schema.CHECK_CONSTRAINTS
              WHERE CONSTRAINT_SCHEMA IN ({databases})
                AND NOT %s
              ORDER BY TABLE_NAME, CONSTRAINT_NAME
              """
                .formatted(MariaDbJson.IS_JSON_CHECK)
            : """
              SELECT tc.CONSTRAINT_SCHEMA AS db, tc.TABLE_NAME AS tbl,
                     tc.CONSTRAINT_NAME AS name, cc.CHECK_CLAUSE AS clause
              FROM information_schema.TABLE_CONSTRAINTS tc
              JOIN information_schema.CHECK_CONSTRAINTS cc
                ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
               AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
              WHERE tc.CONSTRAINT_SCHEMA IN ({databases}) AND tc.CONSTRAINT_TYPE = 'CHECK'
                AND tc.ENFORCED = 'YES'
              ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME
              """;
    catalog.query(
        sql,
        (table, row) ->
            table.checks.add(
                MySqlChecks.translate(row.getString("name"), row.getString("clause"))));
  }

  /** Whether the server has CHECK constraints to report (MySQL before 8.0.16 has none). */
  private static boolean hasCheckConstraints(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = 'information_schema'"
                    + " AND TABLE_NAME = 'CHECK_CONSTRAINTS'");
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getInt(1) > 0;
    }
  }
}
