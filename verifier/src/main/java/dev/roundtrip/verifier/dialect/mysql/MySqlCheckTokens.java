package dev.roundtrip.verifier.dialect.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a MySQL or MariaDB CHECK clause as the server prints it: back-quoted names, words
 * (lower-cased), numbers, strings (introducers such as {@code _utf8mb4} and {@code DATE} dropped,
 * backslash escapes and doubled quotes read) and operators.
 */
final class MySqlCheckTokens {

  /** What a token is. */
  enum Type {
    NAME,
    WORD,
    NUMBER,
    STRING,
    OPERATOR,
    END
  }

  /**
   * One token.
   *
   * @param type what it is
   * @param text the name, the word in lower case, the number, the string's value or the operator
   */
  record Token(Type type, String text) {
    boolean is(String operatorOrWord) {
      return (type == Type.OPERATOR || type == Type.WORD) && text.equals(operatorOrWord);
    }
  }

  private static final List<String> OPERATORS =
      List.of(
          "<=>", "<=", ">=", "<>", "!=", "||", "&&", "<<", ">>", ":=", "=", "<", ">", "(", ")", ",",
          "+", "-", "*", "/", "%", "!", "|", "&", "^", "~", ".");

  private MySqlCheckTokens() {}

  /** The tokens of the clause, ending with an END token; throws on text it cannot read. */
  static List<Token> of(String clause) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < clause.length()) {
      char c = clause.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '`') {
        StringBuilder name = new StringBuilder();
        i = quoted(clause, i, '`', name, false);
        tokens.add(new Token(Type.NAME, name.toString()));
      } else if (c == '\'' || c == '"') {
        StringBuilder value = new StringBuilder();
        i = quoted(clause, i, c, value, true);
        tokens.add(new Token(Type.STRING, value.toString()));
      } else if (Character.isDigit(c)
          || (c == '.' && i + 1 < clause.length() && Character.isDigit(clause.charAt(i + 1)))) {
        int end = number(clause, i);
        tokens.add(new Token(Type.NUMBER, clause.substring(i, end)));
        i = end;
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        int end = i;
        while (end < clause.length()
            && (Character.isLetterOrDigit(clause.charAt(end))
                || clause.charAt(end) == '_'
                || clause.charAt(end) == '$')) {
          end++;
        }
        String word = clause.substring(i, end).toLowerCase(Locale.ROOT);
        int next = end;
        while (next < clause.length() && clause.charAt(next) == ' ') {
          next++;
        }
        boolean stringFollows = next < clause.length() && clause.charAt(next) == '\'';
        boolean introducer =
            word.startsWith("_")
                || word.equals("n")
                || word.equals("date")
                || word.equals("time")
                || word.equals("timestamp");
        if (!(stringFollows && introducer)) {
          tokens.add(new Token(Type.WORD, word));
        }
        i = end;
      } else {
        String operator = operator(clause, i);
        tokens.add(new Token(Type.OPERATOR, operator));
        i += operator.length();
      }
    }
    tokens.add(new Token(Type.END, ""));
    return tokens;
  }

  private static String operator(String clause, int at) {
    for (String operator : OPERATORS) {
      if (clause.startsWith(operator, at)) {
        return operator;
      }
    }
    throw new IllegalArgumentException("unexpected '" + clause.charAt(at) + "' at " + at);
  }

  private static int number(String clause, int start) {
    int i = start;
    while (i < clause.length() && Character.isDigit(clause.charAt(i))) {
      i++;
    }
    if (i < clause.length() && clause.charAt(i) == '.') {
      i++;
      while (i < clause.length() && Character.isDigit(clause.charAt(i))) {
        i++;
      }
    }
    if (i + 1 < clause.length()
        && (clause.charAt(i) == 'e' || clause.charAt(i) == 'E')
        && (Character.isDigit(clause.charAt(i + 1))
            || ((clause.charAt(i + 1) == '-' || clause.charAt(i + 1) == '+')
                && i + 2 < clause.length()
                && Character.isDigit(clause.charAt(i + 2))))) {
      i += 2;
      while (i < clause.length() && Character.isDigit(clause.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  /** Reads a quoted name or string starting at {@code start}; returns the index after it. */
  private static int quoted(
      String clause, int start, char quote, StringBuilder out, boolean backslashes) {
    int i = start + 1;
    while (i < clause.length()) {
      char c = clause.charAt(i);
      if (backslashes && c == '\\' && i + 1 < clause.length()) {
        out.append(unescape(clause.charAt(i + 1)));
        i += 2;
      } else if (c == quote && i + 1 < clause.length() && clause.charAt(i + 1) == quote) {
        out.append(quote);
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    throw new IllegalArgumentException("unterminated " + quote + " at " + start);
  }

  private static String unescape(char c) {
    return switch (c) {
      case '0' -> "\0";
      case 'b' -> "\b";
      case 'n' -> "\n";
      case 'r' -> "\r";
      case 't' -> "\t";
      case 'Z' -> "\u001a";
      case '%', '_' -> "\\" + c;
      default -> String.valueOf(c);
    };
  }
}
