package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Catalog queries for user-defined types: enums, domains and composite types. */
final class TypeQueries {

  /**
   * Enum types with their labels in order (the order is part of their meaning, the sort keys are
   * not); domains with base type, collation, NOT NULL, default and named CHECK constraints;
   * composite types with their attributes in order. Types of extensions are left out.
   */
  static final CatalogQuery TYPES =
      new CatalogQuery(
          """
          , typ AS (
            SELECT t.*, ns.qname AS schema_qname,
                   ns.qname || '.' || quote_ident(t.typname) AS qname
            FROM pg_type t JOIN ns ON ns.oid = t.typnamespace
            WHERE (t.typtype IN ('e', 'd')
                   OR (t.typtype = 'c'
                       AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c'))
              AND NOT EXISTS (
                SELECT 1 FROM pg_depend d
                WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e'))
          SELECT t.qname, t.schema_qname, t.typtype,
            CASE t.typtype
            WHEN 'e' THEN '(' || coalesce(
              (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
               FROM pg_enum e WHERE e.enumtypid = t.oid), '') || ')'
            WHEN 'c' THEN '(' || coalesce(
              (SELECT string_agg(quote_ident(a.attname) || ' '
                       || format_type(a.atttypid, a.atttypmod)
                       || CASE WHEN a.attcollation <> at.typcollation
                               THEN ' COLLATE ' || a.attcollation::regcollation::text
                               ELSE '' END,
                     ', ' ORDER BY a.attnum)
               FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
               WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped), '') || ')'
            ELSE format_type(t.typbasetype, t.typtypmod)
              || CASE WHEN t.typcollation <> bt.typcollation
                      THEN ' COLLATE ' || t.typcollation::regcollation::text ELSE '' END
              || CASE WHEN t.typnotnull THEN ' NOT NULL' ELSE '' END
              || coalesce(' DEFAULT ' || pg_get_expr(t.typdefaultbin, 0), '')
              || coalesce(
                   (SELECT string_agg(' CONSTRAINT ' || quote_ident(c.conname) || ' '
                                      || pg_get_constraintdef(c.oid), '' ORDER BY c.conname)
                    FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c'), '')
            END AS definition
          FROM typ t LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
          """,
          TypeQueries::type);

  static final List<CatalogQuery> ALL = List.of(TYPES);

  private TypeQueries() {}

  private static SchemaObject type(ResultSet row) throws SQLException {
    ObjectKind kind =
        switch (row.getString("typtype")) {
          case "e" -> ObjectKind.ENUM_TYPE;
          case "d" -> ObjectKind.DOMAIN;
          default -> ObjectKind.COMPOSITE_TYPE;
        };
    return new SchemaObject(
        kind, row.getString("qname"), row.getString("definition"), RelationQueries.schema(row));
  }
}
