package dev.roundtrip.verifier.dialect;

import java.util.List;

/**
 * Splits a migration script into the statements its database would execute one by one.
 *
 * <p>Implementations follow one database's lexical rules (quotes, comments, procedural bodies), so
 * that a {@code ;} is a statement end exactly where that database's own client would see one. They
 * are stateless and safe to share between threads.
 */
public interface StatementSplitter {

  /**
   * Splits {@code script} into statements, in script order.
   *
   * <p>Statements made only of blanks and comments are left out; a last statement without a
   * terminating {@code ;} is kept.
   *
   * @param script the whole script, after placeholder replacement
   * @return the statements, possibly none
   * @throws ScriptParseException if a quoted string, identifier, comment or body is never closed
   */
  List<SqlStatement> split(String script);
}
