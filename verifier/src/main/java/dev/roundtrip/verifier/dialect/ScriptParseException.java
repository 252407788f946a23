package dev.roundtrip.verifier.dialect;

/**
 * A script could not be split into statements because a construct opened at {@link #line()} (a
 * quoted string, dollar-quoted body, block comment, parenthesis or {@code BEGIN ATOMIC} body) is
 * never closed.
 *
 * <p>The message names the construct and the line, e.g. {@code unterminated dollar-quoted string
 * starting at line 12: no closing $body$}. It does not name the file: the caller, who knows which
 * file it split, prefixes it.
 */
public final class ScriptParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;

  /**
   * Creates the exception.
   *
   * @param message what is unterminated and where, including the line
   * @param line the 1-based line where the unterminated construct starts
   */
  public ScriptParseException(String message, int line) {
    super(message);
    this.line = line;
  }

  /**
   * Returns where the offending construct starts.
   *
   * @return the 1-based line where the unterminated construct starts
   */
  public int line() {
    return line;
  }
}
