package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.api.Redaction;
import java.sql.SQLException;

/** The database's own words for a failure: its first line, without secrets. */
final class DatabaseMessages {
  private DatabaseMessages() {}

  /** The first line of {@code message}, stripped; "no message" when there is none. */
  static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    String text = message.strip();
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl).strip();
  }

  /** The first line of the error, redacted, followed by its SQL state where it has one. */
  static String of(SQLException e, String password) {
    String state = e.getSQLState() == null ? "" : " [SQL state " + e.getSQLState() + "]";
    return Redaction.redact(firstLine(e.getMessage()), password) + state;
  }
}
