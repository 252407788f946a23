package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.schema.ObjectKey;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Catalog queries for tables, their columns, views, materialized views and sequences. */
final class RelationQueries {

  /**
   * Tables, partitioned or not. Ignores storage (tablespace, access method), ownership, privileges,
   * comments and statistics; keeps persistence, partitioning, inheritance, storage parameters and
   * row level security.
   */
  static final CatalogQuery TABLES =
      new CatalogQuery(
          """
          SELECT r.qname, r.schema_qname, r.relkind, c.relpersistence,
                 c.relrowsecurity, c.relforcerowsecurity,
                 array_to_string(ARRAY(SELECT unnest(c.reloptions) ORDER BY 1), ', ') AS options,
                 CASE WHEN r.relkind = 'p' THEN pg_get_partkeydef(r.oid) END AS partition_key,
                 CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, r.oid) END AS bound,
                 (SELECT string_agg(i.inhparent::regclass::text, ', ' ORDER BY i.inhseqno)
                  FROM pg_inherits i WHERE i.inhrelid = r.oid) AS parents
          FROM rel r JOIN pg_class c ON c.oid = r.oid
          WHERE r.relkind IN ('r', 'p')
          """,
          RelationQueries::table);

  /**
   * Columns. Ignores their position, so that a column dropped and added again matches; keeps the
   * type with its length, precision and scale, a collation other than the type's, nullability, the
   * default, identity (with its sequence options that are not the defaults) and generation. A
   * default that takes the next value of the column's own sequence (a serial column) is compared as
   * such, whatever the sequence is called.
   */
  static final CatalogQuery COLUMNS =
      new CatalogQuery(
          """
          SELECT r.qname AS table_name, quote_ident(a.attname) AS column_name,
                 format_type(a.atttypid, a.atttypmod) AS type,
                 CASE WHEN a.attcollation <> t.typcollation
                      THEN a.attcollation::regcollation::text END AS collation,
                 a.attnotnull, a.attidentity, a.attgenerated,
                 pg_get_expr(ad.adbin, ad.adrelid) AS default_expression,
                 format_type(s.seqtypid, NULL) AS seqtype, s.seqstart, s.seqincrement,
                 s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                 (SELECT own.objid::regclass::text FROM pg_depend own
                  WHERE own.classid = 'pg_class'::regclass AND own.refclassid = 'pg_class'::regclass
                    AND own.refobjid = r.oid AND own.refobjsubid = a.attnum AND own.deptype = 'a'
                  LIMIT 1) AS own_sequence
          FROM rel r
          JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
          JOIN pg_type t ON t.oid = a.atttypid
          LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
          LEFT JOIN pg_depend d ON a.attidentity <> '' AND d.classid = 'pg_class'::regclass
            AND d.refclassid = 'pg_class'::regclass AND d.refobjid = r.oid
            AND d.refobjsubid = a.attnum AND d.deptype = 'i'
          LEFT JOIN pg_sequence s ON s.seqrelid = d.objid
          WHERE r.relkind IN ('r', 'p')
          """,
          RelationQueries::column);

  /**
   * Views and materialized views: the query as PostgreSQL prints it back and the view options (e.g.
   * {@code check_option}). Ignores whether a materialized view is populated (that is data).
   */
  static final CatalogQuery VIEWS =
      new CatalogQuery(
          """
          SELECT r.qname, r.schema_qname, r.relkind, pg_get_viewdef(r.oid) AS query,
                 array_to_string(ARRAY(SELECT unnest(c.reloptions) ORDER BY 1), ', ') AS options
          FROM rel r JOIN pg_class c ON c.oid = r.oid
          WHERE r.relkind IN ('v', 'm')
          """,
          RelationQueries::view);

  /**
   * Sequences other than those of identity columns (which are part of their column): type, options
   * that are not the defaults, and the column that owns the sequence (serial columns). Ignores the
   * current value. Sequences owned by an excluded table are left out with it. A sequence owned by a
   * column and named as PostgreSQL names a serial column's sequence ({@code <table>_<column>_seq},
   * perhaps with a number) is matched by its column and options, not by its name.
   */
  static final CatalogQuery SEQUENCES =
      new CatalogQuery(
          """
          SELECT r.qname, r.schema_qname, format_type(s.seqtypid, NULL) AS seqtype, s.seqstart,
                 s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                 owner.table_name, owner.column_name, owner.relname, owner.key_columns,
                 r.relname AS bare_name
          FROM rel r JOIN pg_sequence s ON s.seqrelid = r.oid
          LEFT JOIN LATERAL (
            SELECT tn.nspname = ANY (params.schemas) AND t.relname = ANY (params.excluded)
                     AS excluded,
                   d.deptype,
                   quote_ident(tn.nspname) || '.' || quote_ident(t.relname) AS table_name,
                   quote_ident(a.attname) AS column_name,
                   t.relname, ARRAY[a.attname::text] AS key_columns
            FROM pg_depend d
            JOIN pg_class t ON t.oid = d.refobjid
            JOIN pg_namespace tn ON tn.oid = t.relnamespace
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid, params
            WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid
              AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
            LIMIT 1) owner ON true
          WHERE r.relkind = 'S'
            AND owner.deptype IS DISTINCT FROM 'i' AND owner.excluded IS NOT TRUE
          """,
          RelationQueries::sequence);

  static final List<CatalogQuery> ALL = List.of(TABLES, COLUMNS, VIEWS, SEQUENCES);

  /** How a call of {@code nextval} on a column's own sequence is compared. */
  static final String OWN_SEQUENCE = "nextval(the column's own sequence)";

  private RelationQueries() {}

  /** The kind of a relation from {@code pg_class.relkind}. */
  static ObjectKind kindOf(String relkind) {
    return switch (relkind) {
      case "v" -> ObjectKind.VIEW;
      case "m" -> ObjectKind.MATERIALIZED_VIEW;
      case "S" -> ObjectKind.SEQUENCE;
      default -> ObjectKind.TABLE;
    };
  }

  static ObjectKey schema(ResultSet row) throws SQLException {
    return new ObjectKey(ObjectKind.SCHEMA, row.getString("schema_qname"));
  }

  private static SchemaObject table(ResultSet row) throws SQLException {
    StringBuilder definition = new StringBuilder();
    if ("u".equals(row.getString("relpersistence"))) {
      definition.append("unlogged ");
    }
    definition.append("p".equals(row.getString("relkind")) ? "partitioned table" : "table");
    String parents = row.getString("parents");
    String bound = row.getString("bound");
    if (bound != null) {
      definition.append(" PARTITION OF ").append(parents).append(' ').append(bound);
    } else if (parents != null) {
      definition.append(" INHERITS (").append(parents).append(')');
    }
    appendIfPresent(definition, " PARTITION BY ", row.getString("partition_key"));
    appendOptions(definition, row.getString("options"));
    if (row.getBoolean("relrowsecurity")) {
      definition.append(" ROW LEVEL SECURITY");
    }
    if (row.getBoolean("relforcerowsecurity")) {
      definition.append(" FORCE ROW LEVEL SECURITY");
    }
    return new SchemaObject(
        ObjectKind.TABLE, row.getString("qname"), definition.toString(), schema(row));
  }

  private static SchemaObject column(ResultSet row) throws SQLException {
    String table = row.getString("table_name");
    StringBuilder definition = new StringBuilder(row.getString("type"));
    appendIfPresent(definition, " COLLATE ", row.getString("collation"));
    if (row.getBoolean("attnotnull")) {
      definition.append(" NOT NULL");
    }
    String expression = row.getString("default_expression");
    switch (row.getString("attgenerated")) {
      case "s" -> definition.append(" GENERATED ALWAYS AS (").append(expression).append(") STORED");
      case "v" ->
          definition.append(" GENERATED ALWAYS AS (").append(expression).append(") VIRTUAL");
      default -> appendIfPresent(definition, " DEFAULT ", expression);
    }
    String identity = row.getString("attidentity");
    if (!identity.isEmpty()) {
      definition.append(" GENERATED ").append("a".equals(identity) ? "ALWAYS" : "BY DEFAULT");
      definition.append(" AS IDENTITY");
      if (row.getString("seqtype") != null) {
        String options = SequenceOptions.from(row).nonDefault();
        if (!options.isEmpty()) {
          definition.append(" (").append(options).append(')');
        }
      }
    }
    SchemaObject column =
        new SchemaObject(
            ObjectKind.COLUMN,
            table + "." + row.getString("column_name"),
            definition.toString(),
            new ObjectKey(ObjectKind.TABLE, table));
    String own = row.getString("own_sequence");
    if (own == null || expression == null) {
      return column;
    }
    String call = "nextval('" + own.replace("'", "''") + "'::regclass)";
    return column.comparedAs(column.definition().replace(call, OWN_SEQUENCE));
  }

  private static SchemaObject view(ResultSet row) throws SQLException {
    StringBuilder definition = new StringBuilder();
    String options = row.getString("options");
    if (!options.isEmpty()) {
      definition.append("WITH (").append(options).append(") ");
    }
    String query = row.getString("query").strip();
    definition.append(query.endsWith(";") ? query.substring(0, query.length() - 1) : query);
    return new SchemaObject(
        kindOf(row.getString("relkind")),
        row.getString("qname"),
        definition.toString(),
        schema(row));
  }

  private static SchemaObject sequence(ResultSet row) throws SQLException {
    SequenceOptions options = SequenceOptions.from(row);
    StringBuilder definition = new StringBuilder(options.type());
    appendIfPresent(definition, " ", options.nonDefault().isEmpty() ? null : options.nonDefault());
    String table = row.getString("table_name");
    ObjectKey owner = schema(row);
    if (table != null) {
      definition
          .append(" OWNED BY ")
          .append(table)
          .append('.')
          .append(row.getString("column_name"));
      owner = new ObjectKey(ObjectKind.TABLE, table);
    }
    return new SchemaObject(
            ObjectKind.SEQUENCE, row.getString("qname"), definition.toString(), owner)
        .withGeneratedName(table != null && PostgresNames.generated(ObjectKind.SEQUENCE, row));
  }

  private static void appendIfPresent(StringBuilder out, String prefix, String value) {
    if (value != null) {
      out.append(prefix).append(value);
    }
  }

  private static void appendOptions(StringBuilder out, String options) {
    if (options != null && !options.isEmpty()) {
      out.append(" WITH (").append(options).append(')');
    }
  }
}
