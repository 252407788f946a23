package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.TableInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What MySQL and MariaDB say when they reject a row: the constraint they name, and the message. */
final class MySqlErrors {
  private static final Pattern CONNECTION = Pattern.compile("^\\(conn=\\d+\\)\\s*");
  private static final List<Pattern> CONSTRAINTS =
      List.of(
          Pattern.compile("for key '([^']+)'"),
          Pattern.compile("Check constraint '([^']+)' is violated"),
          Pattern.compile("CONSTRAINT `((?:[^`]|``)+)` failed"),
          Pattern.compile("CONSTRAINT `((?:[^`]|``)+)` FOREIGN KEY"));

  private MySqlErrors() {}

  /** The server's message on one line, without the driver's connection number. */
  static String message(SQLException e) {
    String text = e.getMessage() == null ? "no message" : e.getMessage().strip();
    int newline = text.indexOf('\n');
    text = newline < 0 ? text : text.substring(0, newline).strip();
    return CONNECTION.matcher(text).replaceFirst("");
  }

  /**
   * The constraint that rejected a row (or the SQLSTATE when the message names none) and the
   * server's message. MySQL 8 names a unique key {@code table.key}; the key's own name is kept.
   */
  static String[] describe(SQLException rejected, TableInfo table) {
    String message = message(rejected);
    for (Pattern pattern : CONSTRAINTS) {
      Matcher m = pattern.matcher(message);
      if (m.find()) {
        String name = m.group(1).replace("``", "`");
        if (name.startsWith(table.name() + ".")) {
          name = name.substring(table.name().length() + 1);
        }
        return new String[] {name, message};
      }
    }
    return new String[] {"SQLSTATE " + rejected.getSQLState(), message};
  }
}
