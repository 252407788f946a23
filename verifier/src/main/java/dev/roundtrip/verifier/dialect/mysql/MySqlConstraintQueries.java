package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.schema.ObjectKey;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * MySQL catalog queries for what hangs off a table: primary keys, indexes (unique or not), foreign
 * keys and check constraints, each keyed by its table and name, e.g. {@code shop.orders.PRIMARY}.
 * Those whose names the server made up are marked so (see {@link MySqlNames}).
 */
final class MySqlConstraintQueries {

  /**
   * Primary keys and indexes, one row per key part: columns in order with prefix lengths and
   * descending order, uniqueness, FULLTEXT and SPATIAL, a method other than BTREE (e.g. USING
   * HASH), functional key parts (MySQL) and whether the index is ignored (MariaDB) or invisible
   * (MySQL). Ignores cardinality and comments.
   */
  static final MySqlCatalog.Query INDEXES = MySqlConstraintQueries::indexes;

  /**
   * Foreign keys: columns, referenced table (qualified only when in another database) and columns,
   * ON DELETE and ON UPDATE (NO ACTION, which InnoDB treats as RESTRICT, reads as RESTRICT).
   */
  static final MySqlCatalog.Query FOREIGN_KEYS = MySqlConstraintQueries::foreignKeys;

  /**
   * Check constraints, table-level and (MariaDB) column-level, as the server prints the condition.
   * MariaDB's implicit {@code json_valid} check of a JSON column is part of the column.
   */
  static final MySqlCatalog.Query CHECKS = MySqlConstraintQueries::checks;

  static final List<MySqlCatalog.Query> ALL = List.of(INDEXES, FOREIGN_KEYS, CHECKS);

  private MySqlConstraintQueries() {}

  private static void indexes(MySqlCatalog catalog, Consumer<SchemaObject> sink)
      throws SQLException {
    String hidden = catalog.mariaDb() ? "IGNORED = 'YES'" : "IS_VISIBLE = 'NO'";
    String expression = catalog.mariaDb() ? "NULL" : "EXPRESSION";
    Map<ObjectKey, Index> indexes = new LinkedHashMap<>();
    catalog.query(
        """
        SELECT TABLE_SCHEMA AS db, TABLE_NAME AS table_name, INDEX_NAME AS index_name,
               NON_UNIQUE AS non_unique, COLUMN_NAME AS column_name, SUB_PART AS sub_part,
               COLLATION AS sort_order, INDEX_TYPE AS index_type, %s AS hidden,
               %s AS expression
        FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN ({databases})
        ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
        """
            .formatted(hidden, expression),
        row -> {
          String db = row.getString("db");
          String table = row.getString("table_name");
          if (catalog.excluded(table)) {
            return;
          }
          String name = row.getString("index_name");
          Index index =
              indexes.computeIfAbsent(
                  new ObjectKey(ObjectKind.INDEX, MySqlCatalog.qualify(db, table, name)),
                  key -> new Index(db, table, name, new ArrayList<>()));
          if (index.parts.isEmpty()) {
            index.firstColumn = row.getString("column_name");
          }
          index.type = row.getString("index_type");
          index.unique = row.getInt("non_unique") == 0;
          index.hidden = row.getBoolean("hidden");
          String column = row.getString("column_name");
          StringBuilder part =
              new StringBuilder(
                  column == null
                      ? "(" + row.getString("expression") + ")"
                      : MySqlCatalog.ident(column));
          String subPart = row.getString("sub_part");
          if (subPart != null) {
            part.append('(').append(subPart).append(')');
          }
          if ("D".equals(row.getString("sort_order"))) {
            part.append(" DESC");
          }
          index.parts.add(part.toString());
        });
    indexes.values().forEach(index -> sink.accept(index.toObject()));
  }

  private static void foreignKeys(MySqlCatalog catalog, Consumer<SchemaObject> sink)
      throws SQLException {
    Map<String, ForeignKey> keys = new LinkedHashMap<>();
    catalog.query(
        """
        SELECT rc.CONSTRAINT_SCHEMA AS db, rc.TABLE_NAME AS table_name,
               rc.CONSTRAINT_NAME AS constraint_name, rc.UPDATE_RULE AS on_update,
               rc.DELETE_RULE AS on_delete, k.COLUMN_NAME AS column_name,
               k.REFERENCED_TABLE_SCHEMA AS referenced_db,
               k.REFERENCED_TABLE_NAME AS referenced_table,
               k.REFERENCED_COLUMN_NAME AS referenced_column
        FROM information_schema.REFERENTIAL_CONSTRAINTS rc
        JOIN information_schema.KEY_COLUMN_USAGE k
          ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND k.TABLE_NAME = rc.TABLE_NAME
         AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME AND k.REFERENCED_TABLE_NAME IS NOT NULL
        WHERE rc.CONSTRAINT_SCHEMA IN ({databases})
        ORDER BY rc.CONSTRAINT_SCHEMA, rc.TABLE_NAME, rc.CONSTRAINT_NAME, k.ORDINAL_POSITION
        """,
        row -> {
          String db = row.getString("db");
          String table = row.getString("table_name");
          if (catalog.excluded(table)) {
            return;
          }
          String bare = row.getString("constraint_name");
          String name = MySqlCatalog.qualify(db, table, bare);
          ForeignKey key = keys.get(name);
          if (key == null) {
            key =
                new ForeignKey(
                    name,
                    MySqlNames.foreignKey(table, bare),
                    MySqlCatalog.table(db, table),
                    referenced(
                        db, row.getString("referenced_db"), row.getString("referenced_table")),
                    rule(row.getString("on_delete")),
                    rule(row.getString("on_update")),
                    new ArrayList<>(),
                    new ArrayList<>());
            keys.put(name, key);
          }
          key.columns().add(MySqlCatalog.ident(row.getString("column_name")));
          key.referencedColumns().add(MySqlCatalog.ident(row.getString("referenced_column")));
        });
    keys.values().forEach(key -> sink.accept(key.toObject()));
  }

  private static void checks(MySqlCatalog catalog, Consumer<SchemaObject> sink)
      throws SQLException {
    String sql =
        catalog.mariaDb()
            ? """
              SELECT CONSTRAINT_SCHEMA AS db, TABLE_NAME AS table_name,
                     CONSTRAINT_NAME AS constraint_name, CHECK_CLAUSE AS clause,
                     'YES' AS enforced
              FROM information_schema.CHECK_CONSTRAINTS
              WHERE CONSTRAINT_SCHEMA IN ({databases})
                AND NOT %s
              """
                .formatted(MariaDbJson.IS_JSON_CHECK)
            : """
              SELECT tc.CONSTRAINT_SCHEMA AS db, tc.TABLE_NAME AS table_name,
                     tc.CONSTRAINT_NAME AS constraint_name, cc.CHECK_CLAUSE AS clause,
                     tc.ENFORCED AS enforced
              FROM information_schema.TABLE_CONSTRAINTS tc
              JOIN information_schema.CHECK_CONSTRAINTS cc
                ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
               AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
              WHERE tc.CONSTRAINT_SCHEMA IN ({databases}) AND tc.CONSTRAINT_TYPE = 'CHECK'
              """;
    catalog.query(
        sql,
        row -> {
          String db = row.getString("db");
          String table = row.getString("table_name");
          if (catalog.excluded(table)) {
            return;
          }
          String clause = MySqlCatalog.unqualified(row.getString("clause"), db);
          String name = row.getString("constraint_name");
          sink.accept(
              new SchemaObject(
                      ObjectKind.CHECK_CONSTRAINT,
                      MySqlCatalog.qualify(db, table, name),
                      "CHECK ("
                          + clause
                          + ")"
                          + ("NO".equals(row.getString("enforced")) ? " NOT ENFORCED" : ""),
                      MySqlCatalog.table(db, table))
                  .withGeneratedName(MySqlNames.check(table, name)));
        });
  }

  /** The referenced table, qualified only when it is in another database. */
  private static String referenced(String db, String referencedDb, String table) {
    return db.equals(referencedDb)
        ? MySqlCatalog.ident(table)
        : MySqlCatalog.qualify(referencedDb, table);
  }

  private static String rule(String rule) {
    return "NO ACTION".equals(rule) ? "RESTRICT" : rule;
  }

  /** An index being put together from its key parts. */
  private static final class Index {
    private final String db;
    private final String table;
    private final String name;
    private final List<String> parts;
    private String firstColumn;
    private String type;
    private boolean unique;
    private boolean hidden;

    Index(String db, String table, String name, List<String> parts) {
      this.db = db;
      this.table = table;
      this.name = name;
      this.parts = parts;
    }

    SchemaObject toObject() {
      boolean primary = "PRIMARY".equals(name);
      StringBuilder definition = new StringBuilder();
      if (primary) {
        definition.append("PRIMARY KEY");
      } else if ("FULLTEXT".equals(type) || "SPATIAL".equals(type)) {
        definition.append(type).append(" KEY");
      } else {
        definition.append(unique ? "UNIQUE KEY" : "KEY");
      }
      definition.append(" (").append(String.join(", ", parts)).append(')');
      if (!"BTREE".equals(type) && !"FULLTEXT".equals(type) && !"SPATIAL".equals(type)) {
        definition.append(" USING ").append(type);
      }
      if (hidden) {
        definition.append(" (ignored by the optimizer)");
      }
      return new SchemaObject(
              primary ? ObjectKind.PRIMARY_KEY : ObjectKind.INDEX,
              MySqlCatalog.qualify(db, table, name),
              definition.toString(),
              MySqlCatalog.table(db, table))
          .withGeneratedName(!primary && MySqlNames.index(firstColumn, name));
    }
  }

  /** A foreign key being put together from its columns. */
  private record ForeignKey(
      String name,
      boolean generatedName,
      ObjectKey table,
      String referencedTable,
      String onDelete,
      String onUpdate,
      List<String> columns,
      List<String> referencedColumns) {

    SchemaObject toObject() {
      return new SchemaObject(
              ObjectKind.FOREIGN_KEY,
              name,
              "FOREIGN KEY ("
                  + String.join(", ", columns)
                  + ") REFERENCES "
                  + referencedTable
                  + " ("
                  + String.join(", ", referencedColumns)
                  + ") ON DELETE "
                  + onDelete
                  + " ON UPDATE "
                  + onUpdate,
              table)
          .withGeneratedName(generatedName);
    }
  }
}
