package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.dialect.ScriptCursor;
import dev.roundtrip.verifier.dialect.ScriptParseException;

/**
 * Reads a SQLite script token by token, skipping blanks and comments, with the lexical rules of
 * SQLite's tokenizer that decide where a {@code ;} is really a statement end.
 *
 * <ul>
 *   <li>{@code '...'} strings, {@code "..."} and {@code `...`} identifiers, each with its quote
 *       doubled to stand for itself; a backslash escapes nothing;
 *   <li>{@code [...]} identifiers, which end at the first {@code ]}: there is no escape, so {@code
 *       [a]]b]} is the identifier {@code a} followed by a stray {@code ]b]};
 *   <li>{@code --} comments up to the end of the line and {@code /* *}{@code /} comments, which do
 *       not nest; a {@code /*} never closed is a comment up to the end of the script, as SQLite's
 *       comment syntax allows, not an error;
 *   <li>words made of letters, digits, {@code _}, {@code $} and any non-ASCII character, as
 *       SQLite's {@code IdChar}: {@code a$end} is one word, not {@code END}.
 * </ul>
 *
 * <p>Not thread-safe: one instance reads one script once.
 */
final class SqliteLexer extends ScriptCursor {

  /** What a token is, as far as statement splitting cares. */
  enum Kind {
    /** An unquoted keyword, identifier or number. */
    WORD,
    /** A string, or an identifier in {@code "..."}, {@code `...`} or {@code [...]}. */
    QUOTED,
    SEMICOLON,
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

  SqliteLexer(String script) {
    super(script);
  }

  /** Returns the text of a token. */
  String text(Token token) {
    return script.substring(token.start(), token.end());
  }

  /** Returns the text of a token without its quotes, for a {@link Kind#QUOTED} token. */
  String unquoted(Token token) {
    String text = text(token);
    if (token.kind() != Kind.QUOTED) {
      return text;
    }
    String inner = text.substring(1, text.length() - 1);
    char quote = text.charAt(0);
    return quote == '[' ? inner : inner.replace(quote + "" + quote, String.valueOf(quote));
  }

  /**
   * Returns the next token that is not a blank or a comment.
   *
   * @throws ScriptParseException if a string or quoted identifier is never closed
   */
  Token next() {
    skipBlanksAndComments();
    int start = pos;
    int startLine = line;
    if (pos >= script.length()) {
      return new Token(Kind.END_OF_SCRIPT, start, start, startLine);
    }
    Kind kind = read(script.charAt(pos));
    return new Token(kind, start, pos, startLine);
  }

  private Kind read(char c) {
    switch (c) {
      case '\'':
        skipQuoted('\'', false, "string literal");
        return Kind.QUOTED;
      case '"':
        skipQuoted('"', false, "double-quoted identifier");
        return Kind.QUOTED;
      case '`':
        skipQuoted('`', false, "back-quoted identifier");
        return Kind.QUOTED;
      case '[':
        skipBracketed();
        return Kind.QUOTED;
      case ';':
        pos++;
        return Kind.SEMICOLON;
      default:
        if (isWordPart(c)) {
          do {
            pos++;
          } while (pos < script.length() && isWordPart(script.charAt(pos)));
          return Kind.WORD;
        }
        pos++;
        return Kind.OTHER;
    }
  }

  /** Skips {@code [...]}, which has no escape: the first {@code ]} closes it. */
  private void skipBracketed() {
    int startLine = line;
    int close = script.indexOf(']', pos + 1);
    if (close < 0) {
      throw new ScriptParseException(
          "unterminated [bracketed] identifier starting at line "
              + startLine
              + ": SQLite ends it only at a ]",
          startLine);
    }
    while (pos <= close) {
      advance();
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
      } else if (c == '-' && script.startsWith("--", pos)) {
        while (pos < script.length() && script.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && script.startsWith("/*", pos)) {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  /** Skips a block comment up to its {@code *}{@code /}, or to the end of the script. */
  private void skipBlockComment() {
    int close = script.indexOf("*/", pos + 2);
    int end = close < 0 ? script.length() : close + 2;
    while (pos < end) {
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
