package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Catalog queries for functions, procedures and aggregates. Each is keyed by its name and argument
 * types, e.g. {@code public.total(integer)}, so that overloads are told apart.
 */
final class RoutineQueries {

  /**
   * Functions and procedures as {@code pg_get_functiondef} prints them: argument names, modes and
   * defaults, return type, language, volatility, strictness, security, parallel safety, settings,
   * cost and body. Aggregates by their transition and final functions, state type and initial
   * condition. Ignores ownership, privileges and routines that belong to extensions.
   */
  static final CatalogQuery ROUTINES =
      new CatalogQuery(
          """
          SELECT p.oid::regprocedure::text AS signature, ns.qname AS schema_qname,
                 ns.qname || '.' || quote_ident(p.proname) AS qualified_name, p.prokind,
                 CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) ELSE
                   '(' || pg_get_function_arguments(p.oid) || ') (SFUNC = '
                   || a.aggtransfn::regprocedure::text
                   || ', STYPE = ' || format_type(a.aggtranstype, NULL)
                   || CASE WHEN a.aggfinalfn <> 0
                           THEN ', FINALFUNC = ' || a.aggfinalfn::regprocedure::text
                           ELSE '' END
                   || CASE WHEN a.aggcombinefn <> 0
                           THEN ', COMBINEFUNC = ' || a.aggcombinefn::regprocedure::text
                           ELSE '' END
                   || coalesce(', INITCOND = ' || quote_literal(a.agginitval), '')
                   || CASE WHEN a.aggsortop <> 0
                           THEN ', SORTOP = ' || a.aggsortop::regoperator::text ELSE '' END
                   || CASE a.aggkind WHEN 'o' THEN ', ORDERED'
                                     WHEN 'h' THEN ', HYPOTHETICAL' ELSE '' END
                   || ')'
                 END AS definition
          FROM pg_proc p
          JOIN ns ON ns.oid = p.pronamespace
          LEFT JOIN pg_aggregate a ON a.aggfnoid = p.oid
          WHERE NOT EXISTS (
            SELECT 1 FROM pg_depend d
            WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
          """,
          RoutineQueries::routine);

  static final List<CatalogQuery> ALL = List.of(ROUTINES);

  private RoutineQueries() {}

  /** Drops {@code CREATE OR REPLACE FUNCTION name} from the printed definition. */
  private static SchemaObject routine(ResultSet row) throws SQLException {
    String prokind = row.getString("prokind");
    ObjectKind kind =
        switch (prokind) {
          case "p" -> ObjectKind.PROCEDURE;
          case "a" -> ObjectKind.AGGREGATE;
          default -> ObjectKind.FUNCTION;
        };
    String printed = row.getString("definition").strip();
    String head =
        (kind == ObjectKind.PROCEDURE
                ? "CREATE OR REPLACE PROCEDURE "
                : "CREATE OR REPLACE FUNCTION ")
            + row.getString("qualified_name");
    String definition = printed.startsWith(head) ? printed.substring(head.length()) : printed;
    return new SchemaObject(
        kind, row.getString("signature"), definition, RelationQueries.schema(row));
  }
}
