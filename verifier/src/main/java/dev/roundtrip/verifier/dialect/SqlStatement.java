package dev.roundtrip.verifier.dialect;

import java.util.Objects;

/**
 * One statement of a migration script.
 *
 * @param sql the statement text, trimmed, without its terminating {@code ;}; comments inside the
 *     statement are kept, comments before it are not
 * @param line the 1-based line of the original script on which the statement's first character (not
 *     counting leading blanks and comments) stands
 */
public record SqlStatement(String sql, int line) {

  /** Checks that the statement has text and a line number that can point into a file. */
  public SqlStatement {
    Objects.requireNonNull(sql, "sql");
    if (sql.isBlank()) {
      throw new IllegalArgumentException("statement at line " + line + " has no text");
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }
}
