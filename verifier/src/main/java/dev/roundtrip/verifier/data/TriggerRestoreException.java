package dev.roundtrip.verifier.data;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Triggers the seeder took out of a database (on dialects whose seeding takes them out, e.g. the
 * MySQL family) could not be created again: the database has lost them. The message names each with
 * the server's reason and what creates it again in its place, as the dialect describes it. Worse
 * than a failure of the seeding itself, which it carries as a suppressed exception when both
 * happen.
 */
public final class TriggerRestoreException extends SQLException {
  private static final long serialVersionUID = 1L;

  /**
   * A trigger that could not be created again.
   *
   * @param description the trigger, the server's reason and how to create it again
   * @param cause what the server said
   */
  public record Lost(String description, SQLException cause) {}

  private TriggerRestoreException(String message, SQLException cause) {
    super(message, cause.getSQLState(), cause.getErrorCode(), cause);
  }

  /**
   * The triggers lost, each with its cause; {@code other}, when not null, is a failure that did not
   * stop them (restoring the session afterwards, say), attached too.
   */
  public static TriggerRestoreException of(List<Lost> lost, SQLException other) {
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
                + String.join("; ", lost.stream().map(Lost::description).toList()),
            causes.get(0));
    causes.stream().skip(1).forEach(e::addSuppressed);
    return e;
  }
}
