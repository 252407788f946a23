package dev.roundtrip.verifier.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Triggers the seeder took out of a MySQL-family database could not be created again: the database
 * has lost them. The message names each with the server's reason, the session settings and the
 * statement that create it again in its place. Worse than a failure of the seeding itself, which it
 * carries as a suppressed exception when both happen.
 */
final class TriggerRestoreException extends SQLException {
  private static final long serialVersionUID = 1L;

  /**
   * A trigger that could not be created again.
   *
   * @param trigger the trigger
   * @param cause what the server said
   * @param withDefiner whether its definer is to be named (it is not the current user)
   * @param precedes the sibling put back that it came before, or null
   */
  record Lost(MySqlTrigger trigger, SQLException cause, boolean withDefiner, String precedes) {
    String describe() {
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
  }

  private TriggerRestoreException(String message, SQLException cause) {
    super(message, cause.getSQLState(), cause.getErrorCode(), cause);
  }

  /**
   * The triggers lost, each with its cause; {@code other}, when not null, is a failure that did not
   * stop them (restoring the session afterwards, say), attached too.
   */
  static TriggerRestoreException of(List<Lost> lost, SQLException other) {
    List<SQLException> causes = new ArrayList<>();
    for (Lost trigger : lost) {
      if (!causes.contains(trigger.cause())) {
        causes.add(trigger.cause());
      }
    }
    if (other != null && !causes.contains(other)) {
      causes.add(other);
    }
    TriggerRestoreException e =
        new TriggerRestoreException(
            (lost.size() == 1
                    ? "could not put back the trigger that seeding had taken out: "
                    : "could not put back "
                        + lost.size()
                        + " triggers that seeding had taken out: ")
                + String.join("; ", lost.stream().map(Lost::describe).toList()),
            causes.get(0));
    causes.stream().skip(1).forEach(e::addSuppressed);
    return e;
  }
}
