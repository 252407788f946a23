package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.SeedReport;
import dev.roundtrip.verifier.data.TriggerRestoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user triggers of MySQL-family databases while the seeder fills them. The MySQL family has no
 * session setting that keeps triggers from firing, so they are taken out ({@code DROP TRIGGER})
 * before the first row and put back afterwards, also when seeding fails: in their order among the
 * triggers of the same table, timing and event, with the same body, under the {@code sql_mode},
 * {@code character_set_client} and {@code collation_connection} they were created with (set around
 * each {@code CREATE TRIGGER}, then the session's restored), and with the same definer where the
 * server lets this user name it (else with this user, noted). Only their creation time is new.
 *
 * <p>Every trigger of the databases is taken out, not only those of the tables being seeded, since
 * a trigger on one table may write another. A trigger that cannot be created again exactly (see
 * {@link MySqlTrigger#obstacle}) stays, with the others of its table, timing and event, and fires;
 * so do all of them when they cannot be dropped. The report says which.
 *
 * <p>{@code DROP TRIGGER} and {@code CREATE TRIGGER} commit the transaction they run in, so this is
 * only done where the seeder owns the transaction: before its first row and after its commit or
 * rollback.
 */
final class MySqlTriggers {
  /**
   * ER_SPECIFIC_ACCESS_DENIED_ERROR: naming another definer takes SUPER, SET USER or SET_USER_ID.
   */
  private static final int ACCESS_DENIED = 1227;

  private final Connection connection;
  private final SeedReport.Builder report;
  private final List<MySqlTrigger> all;

  /** Taken out and not yet put back, in the order to create them again. */
  private final List<MySqlTrigger> takenOut = new ArrayList<>();

  private String currentUser;

  private MySqlTriggers(
      Connection connection, SeedReport.Builder report, List<MySqlTrigger> triggers) {
    this.connection = connection;
    this.report = report;
    this.all = triggers;
  }

  /** The triggers of the databases, by table, timing, event and order. */
  static MySqlTriggers read(
      Connection connection, List<String> databases, SeedReport.Builder report)
      throws SQLException {
    return new MySqlTriggers(connection, report, MySqlTrigger.read(connection, databases));
  }

  /** Qualified names of the tables with triggers, in order. */
  List<String> tables() {
    return all.stream()
        .map(t -> MySqlTableCatalog.qualified(t.schema(), t.table()))
        .distinct()
        .toList();
  }

  /** Leaves every trigger in place, noting that they fire, and why. */
  void leaveIn(String why) {
    if (!all.isEmpty()) {
      report.note(
          "user triggers fired while seeding on " + String.join(", ", tables()) + ": " + why);
    }
  }

  /**
   * Drops the triggers that can be put back exactly; notes the others. When the server refuses to
   * drop one, those already dropped are put back and the rest stay.
   *
   * @throws TriggerRestoreException when one that was dropped cannot be put back
   */
  void takeOut() throws SQLException {
    if (all.isEmpty()) {
      return;
    }
    Map<String, String> obstacles = obstacles();
    List<MySqlTrigger> candidates =
        all.stream().filter(t -> !obstacles.containsKey(t.group())).toList();
    obstacles.forEach(
        (group, obstacle) ->
            report.note(
                "user triggers on "
                    + group
                    + " fired while seeding: they were left in place because "
                    + obstacle));
    // last of each group first: should a drop fail, those put back still come after the rest
    List<MySqlTrigger> dropOrder = new ArrayList<>(candidates);
    Collections.reverse(dropOrder);
    try (Statement statement = connection.createStatement()) {
      statement.setEscapeProcessing(false);
      for (MySqlTrigger trigger : dropOrder) {
        try {
          statement.execute(trigger.dropStatement());
        } catch (SQLException e) {
          report.note(
              "user triggers on "
                  + String.join(
                      ", ", candidates.stream().map(MySqlTrigger::group).distinct().toList())
                  + " fired while seeding: the server refused to drop "
                  + trigger.qualifiedName()
                  + " ("
                  + MySqlErrors.message(e)
                  + ")");
          putBack();
          return;
        }
        takenOut.add(0, trigger);
      }
    }
    if (!takenOut.isEmpty()) {
      report.note(
          "user triggers were taken out while seeding (MySQL and MariaDB cannot switch them off"
              + " for a session) and put back afterwards: "
              + String.join(", ", takenOut.stream().map(MySqlTrigger::qualifiedName).toList()));
    }
  }

  /** Per group of triggers that cannot all be put back exactly, why not. */
  private Map<String, String> obstacles() throws SQLException {
    Map<String, String> collations = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
      for (MySqlTrigger trigger : all) {
        if (!collations.containsKey(trigger.schema())) {
          query.setString(1, trigger.schema());
          try (ResultSet row = query.executeQuery()) {
            collations.put(trigger.schema(), row.next() ? row.getString(1) : "");
          }
        }
      }
    }
    Map<String, String> obstacles = new LinkedHashMap<>();
    Map<List<String>, String> refusedSettings = new HashMap<>();
    MySqlTriggerSession settings = MySqlTriggerSession.save(connection);
    try {
      for (MySqlTrigger trigger : all) {
        String obstacle = trigger.obstacle(collations.get(trigger.schema()));
        if (obstacle == null) {
          if (!refusedSettings.containsKey(trigger.settings())) {
            refusedSettings.put(trigger.settings(), tryOn(settings, trigger));
          }
          obstacle = refusedSettings.get(trigger.settings());
        }
        if (obstacle != null) {
          obstacles.putIfAbsent(trigger.group(), trigger.qualifiedName() + " " + obstacle);
        }
      }
    } finally {
      settings.restore();
    }
    return obstacles;
  }

  /** Why the session cannot take the trigger's settings, or null when it can. */
  private static String tryOn(MySqlTriggerSession settings, MySqlTrigger trigger) {
    try {
      settings.use(trigger);
      return null;
    } catch (SQLException e) {
      return "was created under settings this server refuses now (" + MySqlErrors.message(e) + ")";
    }
  }

  /**
   * Creates the triggers taken out again, each group in its order, and restores the session's
   * settings. Tries every one even when some fail; runs once.
   *
   * @throws TriggerRestoreException naming each trigger that could not be created, with its
   *     definition
   */
  void putBack() throws SQLException {
    if (takenOut.isEmpty()) {
      return;
    }
    List<MySqlTrigger> pending = List.copyOf(takenOut);
    takenOut.clear();
    Map<MySqlTrigger, SQLException> failures = new LinkedHashMap<>();
    List<MySqlTrigger> created = new ArrayList<>();
    SQLException session = null;
    try (Statement statement = connection.createStatement()) {
      statement.setEscapeProcessing(false);
      MySqlTriggerSession settings = MySqlTriggerSession.save(connection);
      try {
        for (MySqlTrigger trigger : pending) {
          try {
            settings.use(trigger);
            create(statement, trigger);
            created.add(trigger);
          } catch (SQLException e) {
            failures.put(trigger, e);
          }
        }
      } finally {
        settings.restore();
      }
    } catch (SQLException e) {
      session = e;
    }
    List<MySqlTrigger> lost = pending.stream().filter(t -> !created.contains(t)).toList();
    if (lost.isEmpty()) {
      if (session != null) {
        throw session;
      }
      return;
    }
    List<TriggerRestoreException.Lost> descriptions = new ArrayList<>();
    for (MySqlTrigger trigger : lost) {
      String precedes =
          created.stream()
              .filter(t -> t.group().equals(trigger.group()))
              .filter(t -> t.actionOrder() > trigger.actionOrder())
              .map(MySqlTrigger::name)
              .findFirst()
              .orElse(null);
      SQLException cause = failures.getOrDefault(trigger, session);
      descriptions.add(
          new TriggerRestoreException.Lost(
              describe(trigger, cause, !trigger.definer().equals(currentUser), precedes), cause));
    }
    throw TriggerRestoreException.of(descriptions, session);
  }

  /**
   * A trigger that could not be created again, with the server's reason, the session settings and
   * the statement that create it again in its place.
   *
   * @param withDefiner whether its definer is to be named (it is not the current user)
   * @param precedes the sibling put back that it came before, or null
   */
  private static String describe(
      MySqlTrigger trigger, SQLException cause, boolean withDefiner, String precedes) {
    return trigger.qualifiedName()
        + " ("
        + MySqlErrors.message(cause)
        + "); create it again under sql_mode '"
        + trigger.sqlMode()
        + "', character_set_client "
        + trigger.characterSetClient()
        + " and collation_connection "
        + trigger.collationConnection()
        + " with: "
        + trigger.createStatement(withDefiner, precedes);
  }

  /**
   * Creates the trigger with its definer, or, where the server refuses this user to name another
   * definer, with this user as its definer, noting it.
   */
  private void create(Statement statement, MySqlTrigger trigger) throws SQLException {
    if (trigger.definer().isEmpty() || trigger.definer().equals(currentUser())) {
      statement.execute(trigger.createStatement(false));
      return;
    }
    try {
      statement.execute(trigger.createStatement(true));
    } catch (SQLException refused) {
      if (refused.getErrorCode() != ACCESS_DENIED) {
        throw refused;
      }
      try {
        statement.execute(trigger.createStatement(false));
      } catch (SQLException e) {
        e.addSuppressed(refused);
        throw e;
      }
      report.note(
          "trigger "
              + trigger.qualifiedName()
              + " was put back with definer "
              + currentUser()
              + " instead of "
              + trigger.definer()
              + ": "
              + MySqlErrors.message(refused));
    }
  }

  private String currentUser() throws SQLException {
    if (currentUser == null) {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT CURRENT_USER()")) {
        row.next();
        currentUser = row.getString(1);
      }
    }
    return currentUser;
  }
}
