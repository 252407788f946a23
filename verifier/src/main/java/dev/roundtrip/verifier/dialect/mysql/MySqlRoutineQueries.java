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
 * MySQL catalog queries for code: triggers, stored procedures and functions, and events. Bodies are
 * compared as the server stores them, without the qualifier of their own database. Ignores definer
 * accounts, the SQL mode and character sets they were created with (one session runs a whole round
 * trip), comments and create and alter times.
 */
final class MySqlRoutineQueries {

  /**
   * Triggers, keyed by table and name: timing, event, the action statement and, where several
   * triggers share timing and event, their order.
   */
  static final MySqlCatalog.Query TRIGGERS = MySqlRoutineQueries::triggers;

  /**
   * Procedures and functions, keyed by name (there is no overloading): parameters with modes and
   * types, return type, DETERMINISTIC, SQL data access, SQL SECURITY and body.
   */
  static final MySqlCatalog.Query ROUTINES = MySqlRoutineQueries::routines;

  /**
   * Events: schedule (AT for one-time events, whose time is not compared because it is usually
   * computed when the event is created; EVERY interval for recurring ones, without STARTS, which
   * defaults to the creation time), ENDS, ON COMPLETION, status and body.
   */
  static final MySqlCatalog.Query EVENTS = MySqlRoutineQueries::events;

  static final List<MySqlCatalog.Query> ALL = List.of(TRIGGERS, ROUTINES, EVENTS);

  private MySqlRoutineQueries() {}

  private static void triggers(MySqlCatalog catalog, Consumer<SchemaObject> sink)
      throws SQLException {
    catalog.query(
        """
        SELECT t.EVENT_OBJECT_SCHEMA AS db, t.EVENT_OBJECT_TABLE AS table_name,
               t.TRIGGER_NAME AS trigger_name, t.ACTION_TIMING AS timing,
               t.EVENT_MANIPULATION AS event, t.ACTION_STATEMENT AS statement,
               t.ACTION_ORDER AS action_order,
               (SELECT COUNT(*) FROM information_schema.TRIGGERS o
                WHERE o.EVENT_OBJECT_SCHEMA = t.EVENT_OBJECT_SCHEMA
                  AND o.EVENT_OBJECT_TABLE = t.EVENT_OBJECT_TABLE
                  AND o.ACTION_TIMING = t.ACTION_TIMING
                  AND o.EVENT_MANIPULATION = t.EVENT_MANIPULATION) AS siblings
        FROM information_schema.TRIGGERS t WHERE t.EVENT_OBJECT_SCHEMA IN ({databases})
        """,
        row -> {
          String db = row.getString("db");
          String table = row.getString("table_name");
          if (catalog.excluded(table)) {
            return;
          }
          StringBuilder definition =
              new StringBuilder(row.getString("timing"))
                  .append(' ')
                  .append(row.getString("event"))
                  .append(" FOR EACH ROW ");
          if (row.getInt("siblings") > 1) {
            definition.append("(order ").append(row.getInt("action_order")).append(") ");
          }
          definition.append(MySqlCatalog.unqualified(row.getString("statement"), db).strip());
          sink.accept(
              new SchemaObject(
                  ObjectKind.TRIGGER,
                  MySqlCatalog.qualify(db, table, row.getString("trigger_name")),
                  definition.toString(),
                  MySqlCatalog.table(db, table)));
        });
  }

  private static void routines(MySqlCatalog catalog, Consumer<SchemaObject> sink)
      throws SQLException {
    Map<ObjectKey, Routine> routines = new LinkedHashMap<>();
    catalog.query(
        """
        SELECT r.ROUTINE_SCHEMA AS db, r.ROUTINE_NAME AS routine_name,
               r.ROUTINE_TYPE AS routine_type, r.DTD_IDENTIFIER AS return_type,
               r.ROUTINE_DEFINITION AS body, r.IS_DETERMINISTIC AS is_deterministic,
               r.SQL_DATA_ACCESS AS data_access, r.SECURITY_TYPE AS security,
               p.PARAMETER_MODE AS parameter_mode, p.PARAMETER_NAME AS parameter_name,
               p.DTD_IDENTIFIER AS parameter_type
        FROM information_schema.ROUTINES r
        LEFT JOIN information_schema.PARAMETERS p
          ON p.SPECIFIC_SCHEMA = r.ROUTINE_SCHEMA AND p.SPECIFIC_NAME = r.SPECIFIC_NAME
         AND p.ROUTINE_TYPE = r.ROUTINE_TYPE AND p.ORDINAL_POSITION > 0
        WHERE r.ROUTINE_SCHEMA IN ({databases}) AND r.ROUTINE_TYPE IN ('PROCEDURE', 'FUNCTION')
        ORDER BY r.ROUTINE_SCHEMA, r.ROUTINE_TYPE, r.ROUTINE_NAME, p.ORDINAL_POSITION
        """,
        row -> {
          String db = row.getString("db");
          ObjectKind kind =
              "PROCEDURE".equals(row.getString("routine_type"))
                  ? ObjectKind.PROCEDURE
                  : ObjectKind.FUNCTION;
          ObjectKey key =
              new ObjectKey(kind, MySqlCatalog.qualify(db, row.getString("routine_name")));
          Routine routine = routines.get(key);
          if (routine == null) {
            StringBuilder tail = new StringBuilder();
            if (kind == ObjectKind.FUNCTION) {
              tail.append(" RETURNS ").append(MySqlCatalog.type(row.getString("return_type")));
            }
            tail.append(
                    "YES".equals(row.getString("is_deterministic"))
                        ? " DETERMINISTIC"
                        : " NOT DETERMINISTIC")
                .append(' ')
                .append(row.getString("data_access"))
                .append(" SQL SECURITY ")
                .append(row.getString("security"))
                .append(' ')
                .append(MySqlCatalog.unqualified(body(row.getString("body")), db).strip());
            routine =
                new Routine(key, MySqlCatalog.database(db), new ArrayList<>(), tail.toString());
            routines.put(key, routine);
          }
          String parameter = row.getString("parameter_name");
          if (parameter != null) {
            // Parameters of functions are all IN: MariaDB says so, MySQL leaves it unsaid.
            String mode = kind == ObjectKind.FUNCTION ? null : row.getString("parameter_mode");
            routine
                .parameters()
                .add(
                    (mode == null ? "" : mode + " ")
                        + MySqlCatalog.ident(parameter)
                        + " "
                        + MySqlCatalog.type(row.getString("parameter_type")));
          }
        });
    routines.values().forEach(routine -> sink.accept(routine.toObject()));
  }

  private static void events(MySqlCatalog catalog, Consumer<SchemaObject> sink)
      throws SQLException {
    catalog.query(
        """
        SELECT EVENT_SCHEMA AS db, EVENT_NAME AS event_name, EVENT_TYPE AS event_type,
               INTERVAL_VALUE AS interval_value, INTERVAL_FIELD AS interval_field,
               ENDS AS ends, ON_COMPLETION AS on_completion, STATUS AS status,
               EVENT_DEFINITION AS body
        FROM information_schema.EVENTS WHERE EVENT_SCHEMA IN ({databases})
        """,
        row -> {
          String db = row.getString("db");
          StringBuilder definition = new StringBuilder();
          if ("RECURRING".equals(row.getString("event_type"))) {
            definition
                .append("EVERY ")
                .append(row.getString("interval_value"))
                .append(' ')
                .append(row.getString("interval_field"));
          } else {
            definition.append("AT a time");
          }
          String ends = row.getString("ends");
          if (ends != null) {
            definition.append(" ENDS '").append(ends).append('\'');
          }
          definition
              .append(" ON COMPLETION ")
              .append(row.getString("on_completion"))
              .append(' ')
              .append(row.getString("status"))
              .append(" DO ")
              .append(MySqlCatalog.unqualified(row.getString("body"), db).strip());
          sink.accept(
              new SchemaObject(
                  ObjectKind.EVENT,
                  MySqlCatalog.qualify(db, row.getString("event_name")),
                  definition.toString(),
                  MySqlCatalog.database(db)));
        });
  }

  /**
   * The body, or a note that it cannot be compared: the server shows it only to the routine's
   * definer and to users with the privilege to see all routines.
   */
  private static String body(String body) {
    return body == null ? "(body not visible to this user)" : body;
  }

  /** A routine being put together from its parameters. */
  private record Routine(ObjectKey key, ObjectKey database, List<String> parameters, String tail) {
    SchemaObject toObject() {
      return new SchemaObject(
          key.kind(), key.name(), "(" + String.join(", ", parameters) + ")" + tail, database);
    }
  }
}
