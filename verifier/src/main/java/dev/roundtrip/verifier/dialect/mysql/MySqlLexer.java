package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.dialect.ScriptCursor;
import dev.roundtrip.verifier.dialect.ScriptParseException;

/**
 * Reads a MySQL or MariaDB script token by token, skipping blanks and comments, with just enough of
 * the server's and the {@code mysql} client's lexical rules to know where a statement ends.
 *
 * <ul>
 *   <li>{@code '...'} and {@code "..."} strings, where a backslash escapes the next character and a
 *       doubled quote stands for one (sql_mode without NO_BACKSLASH_ESCAPES, the default);
 *   <li>{@code `...`} identifiers with {@code ``};
 *   <li>{@code #} and {@code -- } line comments ({@code --} only when a blank or control character
 *       or the end of the script follows, so {@code 1--1} is arithmetic) and {@code /* *}{@code /}
 *       block comments, which do not nest;
 *   <li>executable comments {@code /*!...*}{@code /}, {@code /*!50003 ...*}{@code /} and MariaDB's
 *       {@code /*M!100100 ...*}{@code /}: their content is read as SQL between an {@link
 *       Kind#EXECUTABLE_COMMENT_START} and an {@link Kind#EXECUTABLE_COMMENT_END} token;
 *   <li>the current delimiter, {@code ;} unless {@link #delimiter(String)} changed it, matched
 *       case-sensitively before anything else outside quotes and comments, even inside a word.
 * </ul>
 *
 * <p>Not thread-safe: one instance reads one script once.
 */
final class MySqlLexer extends ScriptCursor {

  /** What a token is, as far as statement splitting cares. */
  enum Kind {
    /** An unquoted identifier, keyword or number. */
    WORD,
    /** A string or a back-quoted identifier. */
    QUOTED,
    /** The current statement delimiter. */
    DELIMITER,
    OPEN_PAREN,
    CLOSE_PAREN,
    /** {@code /*!}, {@code /*!50003} or {@code /*M!100100}: what follows is SQL. */
    EXECUTABLE_COMMENT_START,
    /** The {@code *}{@code /} that closes an executable comment. */
    EXECUTABLE_COMMENT_END,
    /** Anything else: operators and punctuation, one character each. */
    OTHER,
    END_OF_SCRIPT
  }

  /**
   * One token.
   *
   * @param kind what it is
   * @param start offset of its first character
   * @param end offset just past its last character
   * @param line 1-based line of its first character
   */
  record Token(Kind kind, int start, int end, int line) {}

  private String delimiter = ";";
  private int executableCommentLine;

  MySqlLexer(String script) {
    super(script);
  }

  /** Makes {@code delimiter} end statements from now on, instead of the previous one. */
  void delimiter(String delimiter) {
    this.delimiter = delimiter;
  }

  /** Returns the text of a token. */
  String text(Token token) {
    return script.substring(token.start(), token.end());
  }

  /** Returns the rest of the current line, without its line break, and moves past it. */
  String restOfLine() {
    int start = pos;
    while (pos < script.length() && script.charAt(pos) != '\n') {
      pos++;
    }
    return script.substring(start, pos);
  }

  /**
   * Returns the next token that is not a blank or a comment.
   *
   * @throws ScriptParseException if a quoted construct or a comment is never closed
   */
  Token next() {
    skipBlanksAndComments();
    int start = pos;
    int startLine = line;
    if (pos >= script.length()) {
      if (executableCommentLine > 0) {
        throw new ScriptParseException(
            "unterminated executable comment (/*!) starting at line " + executableCommentLine,
            executableCommentLine);
      }
      return new Token(Kind.END_OF_SCRIPT, start, start, startLine);
    }
    Kind kind = read(script.charAt(pos));
    return new Token(kind, start, pos, startLine);
  }

  private Kind read(char c) {
    if (script.startsWith(delimiter, pos)) {
      pos += delimiter.length();
      return Kind.DELIMITER;
    }
    if (executableCommentLine > 0 && script.startsWith("*/", pos)) {
      pos += 2;
      executableCommentLine = 0;
      return Kind.EXECUTABLE_COMMENT_END;
    }
    int executableStart = executableCommentStartLength();
    if (executableStart > 0) {
      executableCommentLine = line;
      pos += executableStart;
      while (pos < script.length() && isDigit(script.charAt(pos))) {
        pos++;
      }
      return Kind.EXECUTABLE_COMMENT_START;
    }
    switch (c) {
      case '\'':
        skipQuoted('\'', true, "quoted string");
        return Kind.QUOTED;
      case '"':
        skipQuoted('"', true, "double-quoted string");
        return Kind.QUOTED;
      case '`':
        skipQuoted('`', false, "quoted identifier");
        return Kind.QUOTED;
      case '(':
        pos++;
        return Kind.OPEN_PAREN;
      case ')':
        pos++;
        return Kind.CLOSE_PAREN;
      default:
        if (isWordPart(c)) {
          do {
            pos++;
          } while (pos < script.length()
              && isWordPart(script.charAt(pos))
              && !script.startsWith(delimiter, pos));
          return Kind.WORD;
        }
        pos++;
        return Kind.OTHER;
    }
  }

  /** The length of {@code /*!} or {@code /*M!} at {@code pos} outside an executable comment. */
  private int executableCommentStartLength() {
    if (executableCommentLine > 0) {
      return 0;
    }
    if (script.startsWith("/*!", pos)) {
      return 3;
    }
    return script.startsWith("/*M!", pos) ? 4 : 0;
  }

  private void skipBlanksAndComments() {
    while (pos < script.length() && !script.startsWith(delimiter, pos)) {
      char c = script.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
        pos++;
      } else if (c == '#' || isDashDashComment()) {
        while (pos < script.length() && script.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && script.startsWith("/*", pos) && executableCommentStartLength() == 0) {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  /** {@code --} followed by a blank, a control character or the end of the script. */
  private boolean isDashDashComment() {
    if (!script.startsWith("--", pos)) {
      return false;
    }
    return pos + 2 >= script.length() || script.charAt(pos + 2) <= ' ';
  }

  private void skipBlockComment() {
    int startLine = line;
    int close = script.indexOf("*/", pos + 2);
    if (close < 0) {
      throw new ScriptParseException(
          "unterminated block comment starting at line " + startLine, startLine);
    }
    while (pos < close + 2) {
      advance();
    }
  }

  private static boolean isWordPart(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || isDigit(c)
        || c == '_'
        || c == '$'
        || c >= 0x80;
  }
}
