package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.schema.ObjectKey;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Catalog queries for what hangs off a table: constraints, indexes, triggers and row level security
 * policies. Each is keyed by its table and name, except indexes, whose names are unique in their
 * schema. Constraints and indexes whose names PostgreSQL made up are marked so (see {@link
 * PostgresNames}). Objects that a partition inherits from its partitioned table are recorded once,
 * on the partitioned table.
 */
final class TableObjectQueries {

  /**
   * Primary keys, unique, check, foreign key and exclusion constraints, as {@code
   * pg_get_constraintdef} prints them: columns, expressions, referenced table and columns, match
   * type, ON DELETE and ON UPDATE actions, deferrability, NOT VALID. Ignores NOT NULL constraints
   * (part of the column) and constraint triggers (listed as triggers).
   */
  static final CatalogQuery CONSTRAINTS =
      new CatalogQuery(
          """
          SELECT r.qname AS table_name, quote_ident(con.conname) AS constraint_name, con.contype,
                 pg_get_constraintdef(con.oid) AS definition,
                 r.relname, con.conname AS bare_name,
                 ARRAY(SELECT a.attname::text
                       FROM unnest(con.conkey) WITH ORDINALITY k (attnum, n)
                       LEFT JOIN pg_attribute a
                         ON a.attrelid = con.conrelid AND a.attnum = k.attnum
                       ORDER BY k.n) AS key_columns
          FROM rel r JOIN pg_constraint con ON con.conrelid = r.oid
          WHERE r.relkind IN ('r', 'p') AND con.contype IN ('p', 'u', 'c', 'f', 'x')
            AND con.conparentid = 0
          """,
          TableObjectQueries::constraint);

  /**
   * Indexes other than those behind a primary key, unique or exclusion constraint (the constraint
   * stands for them): table, uniqueness, method (btree is left unsaid), columns or expressions with
   * operator classes and sort order, INCLUDE columns, predicate, storage parameters and validity.
   * Ignores the tablespace and whether the table is clustered on the index.
   */
  static final CatalogQuery INDEXES =
      new CatalogQuery(
          """
          SELECT r.qname AS table_name, r.relkind, r.schema_qname, quote_ident(ic.relname) AS ident,
                 r.schema_qname || '.' || quote_ident(ic.relname) AS index_name,
                 am.amname, i.indisunique, i.indisvalid, pg_get_indexdef(i.indexrelid) AS definition,
                 r.relname, ic.relname AS bare_name,
                 ARRAY(SELECT a.attname::text
                       FROM unnest(i.indkey::int2[]) WITH ORDINALITY k (attnum, n)
                       LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                       ORDER BY k.n) AS key_columns
          FROM rel r
          JOIN pg_index i ON i.indrelid = r.oid
          JOIN pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_am am ON am.oid = ic.relam
          WHERE r.relkind IN ('r', 'p', 'm')
            AND NOT EXISTS (
              SELECT 1 FROM pg_constraint con
              WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
                AND con.contype IN ('p', 'u', 'x'))
            AND NOT EXISTS (SELECT 1 FROM pg_inherits inh WHERE inh.inhrelid = i.indexrelid)
          """,
          TableObjectQueries::index);

  /**
   * Triggers written by users, as {@code pg_get_triggerdef} prints them (timing, events, columns,
   * level, condition, function and arguments), and whether they are enabled. Ignores the internal
   * triggers behind foreign keys.
   */
  static final CatalogQuery TRIGGERS =
      new CatalogQuery(
          """
          SELECT r.qname AS table_name, r.relkind, quote_ident(t.tgname) AS trigger_name,
                 t.tgconstraint <> 0 AS is_constraint, t.tgenabled,
                 pg_get_triggerdef(t.oid) AS definition
          FROM rel r JOIN pg_trigger t ON t.tgrelid = r.oid
          WHERE NOT t.tgisinternal AND t.tgparentid = 0
          """,
          TableObjectQueries::trigger);

  /** Row level security policies: permissive or restrictive, command, roles, expressions. */
  static final CatalogQuery POLICIES =
      new CatalogQuery(
          """
          SELECT r.qname AS table_name, quote_ident(p.polname) AS policy_name,
                 p.polpermissive, p.polcmd,
                 (SELECT string_agg(role, ', ' ORDER BY role)
                  FROM (SELECT CASE WHEN o = 0 THEN 'PUBLIC'
                                    ELSE quote_ident(pg_get_userbyid(o)) END AS role
                        FROM unnest(p.polroles) o) roles) AS roles,
                 pg_get_expr(p.polqual, p.polrelid) AS using_expression,
                 pg_get_expr(p.polwithcheck, p.polrelid) AS check_expression
          FROM rel r JOIN pg_policy p ON p.polrelid = r.oid
          """,
          TableObjectQueries::policy);

  static final List<CatalogQuery> ALL = List.of(CONSTRAINTS, INDEXES, TRIGGERS, POLICIES);

  private TableObjectQueries() {}

  private static SchemaObject constraint(ResultSet row) throws SQLException {
    String table = row.getString("table_name");
    ObjectKind kind =
        switch (row.getString("contype")) {
          case "p" -> ObjectKind.PRIMARY_KEY;
          case "u" -> ObjectKind.UNIQUE_CONSTRAINT;
          case "f" -> ObjectKind.FOREIGN_KEY;
          case "x" -> ObjectKind.EXCLUSION_CONSTRAINT;
          default -> ObjectKind.CHECK_CONSTRAINT;
        };
    return new SchemaObject(
            kind,
            table + "." + row.getString("constraint_name"),
            row.getString("definition"),
            new ObjectKey(ObjectKind.TABLE, table))
        .withGeneratedName(PostgresNames.generated(kind, row));
  }

  /**
   * Turns {@code CREATE UNIQUE INDEX i ON ONLY public.t USING btree (a) WHERE ...} into {@code
   * unique on public.t (a) WHERE ...}.
   */
  private static SchemaObject index(ResultSet row) throws SQLException {
    String table = row.getString("table_name");
    boolean unique = row.getBoolean("indisunique");
    String method = row.getString("amname");
    String printed = row.getString("definition");
    String head = (unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + row.getString("ident");
    String definition = printed;
    for (String only : List.of(" ON ", " ON ONLY ")) {
      String prefix = head + only + table + " USING " + method + " ";
      if (printed.startsWith(prefix)) {
        definition =
            (unique ? "unique on " : "on ")
                + table
                + ("btree".equals(method) ? " " : " using " + method + " ")
                + printed.substring(prefix.length());
      }
    }
    if (!row.getBoolean("indisvalid")) {
      definition += " (not valid)";
    }
    return new SchemaObject(
            ObjectKind.INDEX,
            row.getString("index_name"),
            definition,
            new ObjectKey(RelationQueries.kindOf(row.getString("relkind")), table))
        .withGeneratedName(PostgresNames.generated(ObjectKind.INDEX, row));
  }

  /** Drops {@code CREATE TRIGGER name} from the printed definition; the key carries the name. */
  private static SchemaObject trigger(ResultSet row) throws SQLException {
    String table = row.getString("table_name");
    String name = row.getString("trigger_name");
    boolean constraint = row.getBoolean("is_constraint");
    String head = (constraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ") + name + " ";
    String printed = row.getString("definition");
    String definition = printed.startsWith(head) ? printed.substring(head.length()) : printed;
    if (constraint) {
      definition = "CONSTRAINT " + definition;
    }
    definition +=
        switch (row.getString("tgenabled")) {
          case "D" -> " (disabled)";
          case "R" -> " (enabled on replicas only)";
          case "A" -> " (enabled always)";
          default -> "";
        };
    return new SchemaObject(
        ObjectKind.TRIGGER,
        table + "." + name,
        definition,
        new ObjectKey(RelationQueries.kindOf(row.getString("relkind")), table));
  }

  private static SchemaObject policy(ResultSet row) throws SQLException {
    String table = row.getString("table_name");
    StringBuilder definition = new StringBuilder("AS ");
    definition.append(row.getBoolean("polpermissive") ? "PERMISSIVE" : "RESTRICTIVE");
    definition.append(" FOR ");
    definition.append(
        switch (row.getString("polcmd")) {
          case "r" -> "SELECT";
          case "a" -> "INSERT";
          case "w" -> "UPDATE";
          case "d" -> "DELETE";
          default -> "ALL";
        });
    definition.append(" TO ").append(row.getString("roles"));
    String using = row.getString("using_expression");
    if (using != null) {
      definition.append(" USING (").append(using).append(')');
    }
    String check = row.getString("check_expression");
    if (check != null) {
      definition.append(" WITH CHECK (").append(check).append(')');
    }
    return new SchemaObject(
        ObjectKind.POLICY,
        table + "." + row.getString("policy_name"),
        definition.toString(),
        new ObjectKey(ObjectKind.TABLE, table));
  }
}
