package dev.roundtrip.verifier.dialect;

/**
 * A position in a SQL script and the line it is on, with the moves every dialect's lexer makes
 * alike: one character on, past a quoted string or identifier. A leading byte order mark is
 * skipped.
 */
public abstract class ScriptCursor {
  protected final String script;
  protected int pos;
  protected int line = 1;

  protected ScriptCursor(String script) {
    this.script = script;
    if (script.startsWith("\uFEFF")) {
      pos = 1;
    }
  }

  /** Moves one character on, counting line breaks. */
  protected final void advance() {
    if (script.charAt(pos) == '\n') {
      line++;
    }
    pos++;
  }

  /**
   * Skips from the opening quote at {@code pos} past its closing quote; a doubled quote stands for
   * itself, and so does a backslash-escaped character where {@code backslashEscapes}.
   *
   * @param what what the quote opens, for the error, e.g. "string literal"
   * @throws ScriptParseException when the script ends first, naming the opening line
   */
  protected final void skipQuoted(char quote, boolean backslashEscapes, String what) {
    int startLine = line;
    pos++;
    while (pos < script.length()) {
      char c = script.charAt(pos);
      if (c == quote) {
        if (pos + 1 < script.length() && script.charAt(pos + 1) == quote) {
          pos += 2;
          continue;
        }
        pos++;
        return;
      }
      if (backslashEscapes && c == '\\' && pos + 1 < script.length()) {
        advance();
      }
      advance();
    }
    throw new ScriptParseException(
        "unterminated " + what + " starting at line " + startLine, startLine);
  }

  protected static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
