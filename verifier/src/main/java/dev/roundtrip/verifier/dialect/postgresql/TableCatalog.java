package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.data.ColumnInfo;
import dev.roundtrip.verifier.data.ColumnInfo.DefaultKind;
import dev.roundtrip.verifier.data.ForeignKeyInfo;
import dev.roundtrip.verifier.data.GenCheck;
import dev.roundtrip.verifier.data.GenType;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.data.TableInfo.UniqueKey;
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

/**
 * Reads the tables of the catalog model (what the seeder and the data checks need) from the
 * PostgreSQL catalog (13 and later) in four queries, however many tables there are: columns, the
 * types they use (domains, arrays, enums, ranges resolved), constraints, and unique indexes. Covers
 * ordinary and partitioned tables of the given schemas (partitions are filled through their
 * parent), without the excluded tables and without tables that belong to an extension.
 */
final class TableCatalog {

  private static final String PREFIX =
      """
      WITH RECURSIVE params AS (SELECT ?::text[] AS schemas, ?::text[] AS excluded),
      rel AS (
        SELECT c.oid, n.nspname, c.relname,
               quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qname
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, params
        WHERE n.nspname = ANY (params.schemas) AND c.relkind IN ('r', 'p')
          AND NOT c.relispartition AND NOT (c.relname = ANY (params.excluded))
          AND NOT EXISTS (
            SELECT 1 FROM pg_depend d
            WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))
      """;

  private static final String COLUMNS =
      """
      , col AS (
        SELECT r.qname, r.nspname, r.relname, a.attnum, a.attname, a.atttypid, a.atttypmod,
               format_type(a.atttypid, a.atttypmod) AS display, a.attnotnull, a.attidentity,
               a.attgenerated, pg_get_expr(ad.adbin, ad.adrelid) AS default_expr
        FROM rel r
        LEFT JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum)
      SELECT col.*,
        CASE
          WHEN default_expr IS NULL THEN 'NONE'
          WHEN default_expr ~ '\\mnextval\\(' THEN 'SEQUENCE'
          WHEN default_expr ~* '\\m(current_[a-z]+|localtime|localtimestamp|session_user|user)\\M'
            THEN 'VOLATILE'
          WHEN EXISTS (
            SELECT 1 FROM regexp_matches(default_expr, '([[:alpha:]_][[:alnum:]_$]*)\\(', 'g') m
            JOIN pg_proc p ON p.proname = m[1] WHERE p.provolatile <> 'i') THEN 'VOLATILE'
          ELSE 'STABLE'
        END AS default_kind
      FROM col ORDER BY qname, attnum
      """;

  private static final String TYPES =
      """
      , used AS (
        SELECT a.atttypid AS oid FROM rel r
        JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
        UNION
        SELECT x.oid FROM used u JOIN pg_type t ON t.oid = u.oid
        LEFT JOIN pg_range rg ON rg.rngtypid = t.oid,
        LATERAL unnest(ARRAY[t.typbasetype,
                             CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE 0 END,
                             coalesce(rg.rngsubtype, 0)]) AS x(oid)
        WHERE x.oid <> 0)
      SELECT t.oid, t.typname, format_type(t.oid, NULL) AS display, t.typtype, t.typcategory,
             t.typbasetype, t.typtypmod, t.typnotnull,
             CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE 0 END AS element,
             coalesce(rg.rngsubtype, 0) AS subtype,
             ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid
                   ORDER BY e.enumsortorder) AS labels,
             ARRAY(SELECT c.conname::text FROM pg_constraint c
                   WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_names,
             ARRAY(SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                   WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname) AS check_defs
      FROM used u JOIN pg_type t ON t.oid = u.oid LEFT JOIN pg_range rg ON rg.rngtypid = t.oid
      """;

  private static final String CONSTRAINTS =
      """
      SELECT r.qname, con.conname, con.contype, pg_get_constraintdef(con.oid) AS definition,
             ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n
                   ORDER BY k.i) AS columns,
             quote_ident(pn.nspname) || '.' || quote_ident(pc.relname) AS parent,
             ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n
                   ORDER BY k.i) AS parent_columns
      FROM rel r JOIN pg_constraint con ON con.conrelid = r.oid
      LEFT JOIN pg_class pc ON pc.oid = con.confrelid
      LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
      WHERE con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0
      ORDER BY r.qname, con.conname
      """;

  private static final String UNIQUE_INDEXES =
      """
      SELECT r.qname, ic.relname,
             ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(n, o)
                   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n
                   WHERE k.o <= i.indnkeyatts ORDER BY k.o) AS columns
      FROM rel r JOIN pg_index i ON i.indrelid = r.oid JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indisunique AND i.indexprs IS NULL
        AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid
                        AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u'))
      ORDER BY r.qname, ic.relname
      """;

  private TableCatalog() {}

  /** The tables of the schemas, in name order. */
  static List<TableInfo> read(Connection connection, List<String> schemas, Set<String> excluded)
      throws SQLException {
    Array schemaArray = connection.createArrayOf("text", schemas.toArray());
    Array excludedArray = connection.createArrayOf("text", excluded.stream().sorted().toArray());
    try {
      GenTypes types = new GenTypes();
      query(connection, PREFIX + TYPES, schemaArray, excludedArray, types::add);
      Map<String, Builder> tables = new LinkedHashMap<>();
      query(
          connection,
          PREFIX + COLUMNS,
          schemaArray,
          excludedArray,
          row -> {
            String qualified = row.getString("qname");
            Builder table = tables.get(qualified);
            if (table == null) {
              table = new Builder(qualified, row.getString("nspname"), row.getString("relname"));
              tables.put(qualified, table);
            }
            if (row.getString("attname") != null) {
              table.columns.add(column(row, types));
            }
          });
      query(
          connection,
          PREFIX + CONSTRAINTS,
          schemaArray,
          excludedArray,
          row -> {
            Builder table = tables.get(row.getString("qname"));
            String name = row.getString("conname");
            List<String> columns = strings(row.getArray("columns"));
            switch (row.getString("contype")) {
              case "p" -> table.primaryKey.addAll(columns);
              case "u" -> table.uniqueKeys.add(new UniqueKey(name, columns));
              case "f" ->
                  table.foreignKeys.add(
                      new ForeignKeyInfo(
                          name,
                          columns,
                          row.getString("parent"),
                          strings(row.getArray("parent_columns"))));
              default -> table.checks.add(new GenCheck(name, row.getString("definition")));
            }
          });
      query(
          connection,
          PREFIX + UNIQUE_INDEXES,
          schemaArray,
          excludedArray,
          row ->
              tables
                  .get(row.getString("qname"))
                  .uniqueKeys
                  .add(new UniqueKey(row.getString("relname"), strings(row.getArray("columns")))));
      return tables.values().stream().map(Builder::build).toList();
    } finally {
      schemaArray.free();
      excludedArray.free();
    }
  }

  private static ColumnInfo column(ResultSet row, GenTypes types) throws SQLException {
    GenType type =
        types.resolve(row.getLong("atttypid"), row.getInt("atttypmod"), row.getString("display"));
    return new ColumnInfo(
        row.getString("attname"),
        type,
        row.getBoolean("attnotnull") || type.domainNotNull(),
        row.getString("default_expr"),
        DefaultKind.valueOf(row.getString("default_kind")),
        row.getString("attidentity"),
        !row.getString("attgenerated").isEmpty(),
        null,
        row.getString("display"),
        false);
  }

  static List<String> strings(Array array) throws SQLException {
    try {
      Object[] values = (Object[]) array.getArray();
      List<String> list = new ArrayList<>(values.length);
      for (Object value : values) {
        list.add((String) value);
      }
      return list;
    } finally {
      array.free();
    }
  }

  /** Handles one row of a catalog query. */
  @FunctionalInterface
  interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  private static void query(
      Connection connection, String sql, Array schemas, Array excluded, RowHandler handler)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, schemas);
      statement.setArray(2, excluded);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          handler.handle(row);
        }
      }
    }
  }

  private static final class Builder {
    final String qualifiedName;
    final String schema;
    final String name;
    final List<ColumnInfo> columns = new ArrayList<>();
    final List<String> primaryKey = new ArrayList<>();
    final List<UniqueKey> uniqueKeys = new ArrayList<>();
    final List<ForeignKeyInfo> foreignKeys = new ArrayList<>();
    final List<GenCheck> checks = new ArrayList<>();

    Builder(String qualifiedName, String schema, String name) {
      this.qualifiedName = qualifiedName;
      this.schema = schema;
      this.name = name;
    }

    TableInfo build() {
      return new TableInfo(
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
  }
}
