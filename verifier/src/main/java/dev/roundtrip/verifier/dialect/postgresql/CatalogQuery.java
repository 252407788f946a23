package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * One catalog query that yields snapshot objects, one row at a time. Its SQL follows {@link
 * #PREFIX}, which binds the schemas and excluded tables once and defines the relations in scope.
 *
 * @param sql the query after the prefix; may add further common table expressions with {@code ,}
 * @param rows turns each row into an object, or into null to skip it
 */
record CatalogQuery(String sql, RowMapper rows) {

  /**
   * Common table expressions for every query: {@code params} (schemas, excluded table names),
   * {@code ns} (the schemas that exist), {@code rel} (tables, views, materialized views and
   * sequences in them, without excluded tables and without objects of extensions).
   */
  static final String PREFIX =
      """
      WITH params AS (SELECT ?::text[] AS schemas, ?::text[] AS excluded),
      ns AS (
        SELECT n.oid, n.nspname, quote_ident(n.nspname) AS qname
        FROM pg_namespace n, params
        WHERE n.nspname = ANY (params.schemas)),
      rel AS (
        SELECT c.oid, c.relkind, c.relname, ns.qname AS schema_qname,
               ns.qname || '.' || quote_ident(c.relname) AS qname
        FROM pg_class c JOIN ns ON ns.oid = c.relnamespace, params
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND NOT (c.relkind IN ('r', 'p') AND c.relname = ANY (params.excluded))
          AND NOT EXISTS (
            SELECT 1 FROM pg_depend d
            WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'))
      """;

  /** Maps one row of a catalog query. */
  @FunctionalInterface
  interface RowMapper {
    /** The object the current row describes, or null to skip the row. */
    SchemaObject map(ResultSet row) throws SQLException;
  }

  /** Runs the query and hands each object to the sink. */
  void run(Connection connection, Array schemas, Array excluded, Consumer<SchemaObject> sink)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(PREFIX + sql)) {
      statement.setArray(1, schemas);
      statement.setArray(2, excluded);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          SchemaObject object = rows.map(row);
          if (object != null) {
            sink.accept(object);
          }
        }
      }
    }
  }
}
