package dev.roundtrip.verifier.dialect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A trigger of a MySQL or MariaDB database as {@code information_schema.TRIGGERS} describes it:
 * enough to drop it and create it again with the same body, place among its siblings, SQL mode,
 * character set settings and definer.
 *
 * @param schema the database of the trigger and its table
 * @param table the table it belongs to
 * @param name the trigger's name
 * @param timing {@code BEFORE} or {@code AFTER}
 * @param event {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param actionOrder its place among the triggers of the table with the same timing and event, from
 *     1
 * @param body the statement it runs ({@code ACTION_STATEMENT})
 * @param sqlMode the {@code sql_mode} it was created under, which its body is parsed with
 * @param characterSetClient the {@code character_set_client} it was created with
 * @param collationConnection the {@code collation_connection} it was created with
 * @param databaseCollation the default collation of its database when it was created
 * @param definer the account it runs as, {@code user@host} ({@code role@} for a MariaDB role; empty
 *     for none)
 */
record MySqlTrigger(
    String schema,
    String table,
    String name,
    String timing,
    String event,
    int actionOrder,
    String body,
    String sqlMode,
    String characterSetClient,
    String collationConnection,
    String databaseCollation,
    String definer) {

  /**
   * The triggers of the databases, by table, timing, event and order (sorted here rather than in
   * the catalog's collation, which may take two tables for one).
   */
  static List<MySqlTrigger> read(Connection connection, List<String> databases)
      throws SQLException {
    List<MySqlTrigger> triggers = new ArrayList<>();
    String placeholders = String.join(", ", Collections.nCopies(databases.size(), "?"));
    try (PreparedStatement query =
        connection.prepareStatement(
            """
            SELECT TRIGGER_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING,
                   EVENT_MANIPULATION, ACTION_ORDER, ACTION_STATEMENT, SQL_MODE,
                   CHARACTER_SET_CLIENT, COLLATION_CONNECTION, DATABASE_COLLATION, DEFINER
            FROM information_schema.TRIGGERS
            WHERE TRIGGER_SCHEMA IN (%s)
            """
                .formatted(placeholders))) {
      for (int i = 0; i < databases.size(); i++) {
        query.setString(i + 1, databases.get(i));
      }
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          triggers.add(
              new MySqlTrigger(
                  row.getString(1),
                  row.getString(2),
                  row.getString(3),
                  row.getString(4),
                  row.getString(5),
                  row.getInt(6),
                  row.getString(7),
                  Objects.toString(row.getString(8), ""),
                  row.getString(9),
                  row.getString(10),
                  row.getString(11),
                  Objects.toString(row.getString(12), "")));
        }
      }
    }
    triggers.sort(
        Comparator.comparing(MySqlTrigger::schema)
            .thenComparing(MySqlTrigger::table)
            .thenComparing(MySqlTrigger::timing)
            .thenComparing(MySqlTrigger::event)
            .thenComparingInt(MySqlTrigger::actionOrder));
    return List.copyOf(triggers);
  }

  /** {@code db.trigger}, unquoted, as messages name it. */
  String qualifiedName() {
    return schema + "." + name;
  }

  /** The table with its timing and event: the triggers that fire in {@link #actionOrder()}. */
  String group() {
    return MySqlTableCatalog.qualified(schema, table) + " " + timing + " " + event;
  }

  /** The session settings it was created under: SQL mode, client character set, collation. */
  List<String> settings() {
    return List.of(sqlMode, characterSetClient, collationConnection);
  }

  /** {@code DROP TRIGGER `db`.`name`}. */
  String dropStatement() {
    return "DROP TRIGGER " + MySqlTables.quote(schema) + "." + MySqlTables.quote(name);
  }

  /**
   * The statement that creates the trigger again, to be run under its {@link #sqlMode()} and
   * character set settings, after the triggers that precede it: with no FOLLOWS or PRECEDES clause
   * a new trigger comes last among its siblings. Names are back-quoted, which every SQL mode reads.
   *
   * @param withDefiner whether to name the {@link #definer()}; without, it is the current user
   */
  String createStatement(boolean withDefiner) {
    return createStatement(withDefiner, null);
  }

  /**
   * The statement that creates the trigger again before a sibling that is already there.
   *
   * @param withDefiner whether to name the {@link #definer()}; without, it is the current user
   * @param precedes the name of the trigger of the same table, timing and event to come before, or
   *     null to come last
   */
  String createStatement(boolean withDefiner, String precedes) {
    StringBuilder sql = new StringBuilder("CREATE ");
    if (withDefiner && !definer.isEmpty()) {
      sql.append("DEFINER = ").append(quotedDefiner()).append(' ');
    }
    return sql.append("TRIGGER ")
        .append(MySqlTables.quote(schema))
        .append('.')
        .append(MySqlTables.quote(name))
        .append(' ')
        .append(timing)
        .append(' ')
        .append(event)
        .append(" ON ")
        .append(MySqlTables.quote(schema))
        .append('.')
        .append(MySqlTables.quote(table))
        .append(" FOR EACH ROW ")
        .append(precedes == null ? "" : "PRECEDES " + MySqlTables.quote(precedes) + " ")
        .append(body)
        .toString();
  }

  /**
   * {@code `user`@`host`}, split at the last {@code @} (a user name may hold one, a host name may
   * not); a MariaDB role, which {@code information_schema} prints with an empty host ({@code
   * role@}), alone.
   */
  String quotedDefiner() {
    int at = definer.lastIndexOf('@');
    if (at < 0 || at == definer.length() - 1) {
      return MySqlTables.quote(at < 0 ? definer : definer.substring(0, at));
    }
    return MySqlTables.quote(definer.substring(0, at))
        + '@'
        + MySqlTables.quote(definer.substring(at + 1));
  }

  /**
   * Why the trigger could not be created again exactly as it is through this connection (to follow
   * its qualified name, e.g. {@code was created with ...}), or null when it can. JDBC drivers send
   * statements in UTF-8 whatever the session's {@code character_set_client} says (MariaDB
   * Connector/J closes the connection when it is set to anything else), so only a trigger created
   * with a UTF-8 client character set can be sent again as it was; and a new trigger takes its
   * database's current default collation.
   *
   * @param currentDatabaseCollation the default collation of the trigger's database now
   */
  String obstacle(String currentDatabaseCollation) {
    if (!characterSetClient.toLowerCase(Locale.ROOT).startsWith("utf8")) {
      return "was created with character_set_client "
          + characterSetClient
          + ", in which a JDBC connection cannot send it again";
    }
    if (!databaseCollation.equalsIgnoreCase(currentDatabaseCollation)) {
      return "was created when the default collation of "
          + schema
          + " was "
          + databaseCollation
          + ", not "
          + currentDatabaseCollation
          + " as now";
    }
    return null;
  }
}
