package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.dialect.ScriptCursor;
import dev.roundtrip.verifier.dialect.ScriptParseException;

/**
 * Reads a PostgreSQL script token by token, skipping blanks and comments, with just enough of the
 * server's lexical rules ({@code scan.l}) to know where a {@code ;} is really a statement end.
 *
 * <ul>
 *   <li>{@code '...'} strings with {@code ''}; {@code E'...'} strings where a backslash also
 *       escapes (standard_conforming_strings on, PostgreSQL's default since 9.1);
 *   <li>{@code "..."} identifiers with {@code ""};
 *   <li>{@code $$...$$} and {@code $tag$...$tag$} bodies; {@code $1} is a parameter, and a {@code
 *       $} inside an identifier ({@code a$b$c}) starts nothing;
 *   <li>{@code --} line comments and {@code /* *}{@code /} block comments, which nest.
 * </ul>
 *
 * <p>Not thread-safe: one instance reads one script once.
 */
final class PostgresLexer extends ScriptCursor {

  /** What a token is, as far as statement splitting cares. */
  enum Kind {
    /** An unquoted identifier or keyword. */
    WORD,
    /** A string, escape string, dollar-quoted body or quoted identifier. */
    QUOTED,
    SEMICOLON,
    OPEN_PAREN,
    CLOSE_PAREN,
    /** Anything else: operators, numbers, parameters, punctuation. */
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

  PostgresLexer(String script) {
    super(script);
  }

  /** Returns the text of a token. */
  String text(Token token) {
    return script.substring(token.start(), token.end());
  }

  /**
   * Returns the next token that is not a blank or a comment.
   *
   * @throws ScriptParseException if a quoted construct or block comment is never closed
   */
  Token next() {
    skipBlanksAndComments();
    int start = pos;
    int startLine = line;
    if (pos >= script.length()) {
      return new Token(Kind.END_OF_SCRIPT, start, start, startLine);
    }
    char c = script.charAt(pos);
    Kind kind;
    if (c == '\'') {
      skipQuoted('\'', false, "quoted string");
      kind = Kind.QUOTED;
    } else if (c == '"') {
      skipQuoted('"', false, "quoted identifier");
      kind = Kind.QUOTED;
    } else if (c == '$' && dollarTagEnd(pos) > 0) {
      skipDollarQuoted();
      kind = Kind.QUOTED;
    } else if (isIdentifierStart(c)) {
      kind = readWordOrEscapeString();
    } else {
      kind = readSingle(c);
    }
    return new Token(kind, start, pos, startLine);
  }

  private Kind readWordOrEscapeString() {
    int start = pos;
    pos++;
    while (pos < script.length() && isIdentifierPart(script.charAt(pos))) {
      pos++;
    }
    boolean lonelyE = pos - start == 1 && (script.charAt(start) | 0x20) == 'e';
    if (lonelyE && pos < script.length() && script.charAt(pos) == '\'') {
      skipQuoted('\'', true, "escape string (E'...')");
      return Kind.QUOTED;
    }
    return Kind.WORD;
  }

  private Kind readSingle(char c) {
    pos++;
    switch (c) {
      case ';':
        return Kind.SEMICOLON;
      case '(':
        return Kind.OPEN_PAREN;
      case ')':
        return Kind.CLOSE_PAREN;
      case '$':
        // a positional parameter such as $1, or a lone $
        while (pos < script.length() && isDigit(script.charAt(pos))) {
          pos++;
        }
        return Kind.OTHER;
      default:
        if (isDigit(c)) {
          // 42, 1.5e3, 0x1F, 1_000: digits never start a quote, only the letters matter
          while (pos < script.length() && isNumberPart(script.charAt(pos))) {
            pos++;
          }
        }
        return Kind.OTHER;
    }
  }

  private void skipBlanksAndComments() {
    while (pos < script.length()) {
      char c = script.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
        pos++;
      } else if (c == '-' && startsWith("--", pos)) {
        while (pos < script.length() && script.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && startsWith("/*", pos)) {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  private void skipBlockComment() {
    int startLine = line;
    int depth = 0;
    while (pos < script.length()) {
      if (startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (startsWith("*/", pos)) {
        depth--;
        pos += 2;
        if (depth == 0) {
          return;
        }
      } else {
        advance();
      }
    }
    throw new ScriptParseException(
        "unterminated block comment starting at line "
            + startLine
            + ": /* comments nest in PostgreSQL, so every /* inside needs its own */",
        startLine);
  }

  private void skipDollarQuoted() {
    int startLine = line;
    String tag = script.substring(pos, dollarTagEnd(pos));
    int close = script.indexOf(tag, pos + tag.length());
    if (close < 0) {
      throw new ScriptParseException(
          "unterminated dollar-quoted string starting at line " + startLine + ": no closing " + tag,
          startLine);
    }
    while (pos < close + tag.length()) {
      advance();
    }
  }

  /**
   * If a dollar-quote tag ({@code $$} or {@code $name$}, name following identifier rules without
   * {@code $}) starts at {@code at}, returns the offset just past it, else -1.
   */
  private int dollarTagEnd(int at) {
    int i = at + 1;
    if (i < script.length() && isIdentifierStart(script.charAt(i))) {
      i++;
      while (i < script.length() && isTagPart(script.charAt(i))) {
        i++;
      }
    }
    return i < script.length() && script.charAt(i) == '$' ? i + 1 : -1;
  }

  private boolean startsWith(String text, int at) {
    return script.startsWith(text, at);
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  private static boolean isTagPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }

  private static boolean isIdentifierPart(char c) {
    return isTagPart(c) || c == '$';
  }

  private static boolean isNumberPart(char c) {
    return isTagPart(c) || c == '.';
  }
}
