package dev.roundtrip.verifier.data;

import java.sql.SQLException;

/**
 * Triggers the seeder took out of a MySQL-family database could not be created again: the database
 * has lost them. The message names each with the server's reason and the statement that creates it.
 * Worse than a failure of the seeding itself, which it carries as a suppressed exception when both
 * happen.
 */
final class TriggerRestoreException extends SQLException {
  private static final long serialVersionUID = 1L;

  TriggerRestoreException(String message, SQLException cause) {
    super(message, cause.getSQLState(), cause.getErrorCode(), cause);
  }
}
