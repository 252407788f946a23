package dev.roundtrip.verifier.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reading the SQL text SQLite keeps in {@code sqlite_schema}, which is the only place that holds a
 * table's CHECK constraints, its columns' collations and generation expressions and an index's
 * WHERE clause: splitting a {@code CREATE TABLE} body into its column and constraint definitions,
 * finding a clause in one, and writing SQL in one normal form (blanks collapsed, outside quotes).
 */
final class SqliteSql {
  private SqliteSql() {}

  /** The identifier quoted as SQLite writes it safely: in double quotes, inner ones doubled. */
  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /**
   * The top-level, comma-separated items of the parenthesized body of {@code CREATE TABLE ...
   * (...)}: column definitions and table constraints, trimmed; none when the text has no body.
   */
  static List<String> tableItems(String createTable) {
    int open = indexOutsideQuotes(createTable, '(', 0);
    List<String> items = new ArrayList<>();
    if (open < 0) {
      return items;
    }
    int depth = 0;
    int start = open + 1;
    for (int i = open; i < createTable.length(); i++) {
      char c = createTable.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        i = skipQuoted(createTable, i);
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          items.add(createTable.substring(start, i).trim());
          return items;
        }
      } else if (c == ',' && depth == 1) {
        items.add(createTable.substring(start, i).trim());
        start = i + 1;
      }
    }
    return items;
  }

  /** The first identifier of a column definition, unquoted. */
  static String firstName(String item) {
    String s = item.trim();
    if (s.isEmpty()) {
      return "";
    }
    char c = s.charAt(0);
    if (c == '"' || c == '`' || c == '[') {
      int end = skipQuoted(s, 0);
      String inner = s.substring(1, Math.max(1, end));
      return c == '[' ? inner : inner.replace(String.valueOf(c) + c, String.valueOf(c));
    }
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '(') {
      end++;
    }
    return s.substring(0, end);
  }

  /** Whether the item is a table constraint rather than a column definition. */
  static boolean isTableConstraint(String item) {
    String word = firstName(item).toUpperCase(Locale.ROOT);
    return item.trim().startsWith(firstName(item))
        && List.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN").contains(word);
  }

  /**
   * The parenthesized text after each top-level {@code keyword} of {@code sql} (e.g. every {@code
   * CHECK (...)}), without the parentheses, each with the constraint name written just before it
   * ({@code CONSTRAINT name CHECK (...)}) or null.
   */
  static List<String[]> clauses(String sql, String keyword) {
    List<String[]> found = new ArrayList<>();
    String upper = sql.toUpperCase(Locale.ROOT);
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        i = skipQuoted(sql, i);
        continue;
      }
      if (upper.startsWith(keyword, i)
          && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)))
          && !continuesWord(sql, i + keyword.length())) {
        int open = i + keyword.length();
        while (open < sql.length() && Character.isWhitespace(sql.charAt(open))) {
          open++;
        }
        if (open < sql.length() && sql.charAt(open) == '(') {
          int close = closing(sql, open);
          found.add(
              new String[] {sql.substring(open + 1, close).trim(), nameBefore(sql, upper, i)});
          i = close;
        }
      }
    }
    return found;
  }

  /** The text after the first top-level {@code WHERE} of a {@code CREATE INDEX}, or null. */
  static String whereClause(String createIndex) {
    String upper = createIndex.toUpperCase(Locale.ROOT);
    for (int i = 0; i < createIndex.length(); i++) {
      char c = createIndex.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        i = skipQuoted(createIndex, i);
      } else if (upper.startsWith("WHERE", i)
          && i > 0
          && !Character.isLetterOrDigit(createIndex.charAt(i - 1))
          && !continuesWord(createIndex, i + 5)) {
        return normal(createIndex.substring(i + 5));
      }
    }
    return null;
  }

  /** {@code sql} with runs of blanks outside quotes made one space, trimmed, a final ; dropped. */
  static String normal(String sql) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        int end = skipQuoted(sql, i);
        if (blank && out.length() > 0) {
          out.append(' ');
        }
        blank = false;
        out.append(sql, i, Math.min(sql.length(), end + 1));
        i = end;
      } else if (Character.isWhitespace(c)) {
        blank = true;
      } else {
        if (blank
            && out.length() > 0
            && !(c == ')' || c == ',')
            && out.charAt(out.length() - 1) != '(') {
          out.append(' ');
        }
        blank = false;
        out.append(c);
      }
    }
    String s = out.toString().trim();
    return s.endsWith(";") ? s.substring(0, s.length() - 1).trim() : s;
  }

  private static String nameBefore(String sql, String upper, int keyword) {
    String before = upper.substring(0, keyword).stripTrailing();
    String original = sql.substring(0, before.length());
    int start = before.length();
    while (start > 0 && !Character.isWhitespace(before.charAt(start - 1))) {
      start--;
    }
    String name = original.substring(start);
    String rest = before.substring(0, start).stripTrailing();
    if (!rest.endsWith("CONSTRAINT") || name.isEmpty()) {
      return null;
    }
    return firstName(name);
  }

  private static boolean continuesWord(String s, int i) {
    return i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
  }

  private static int indexOutsideQuotes(String s, char wanted, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        i = skipQuoted(s, i);
      } else if (c == wanted) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the parenthesis that closes the one at {@code open}, or the text's end. */
  static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == '`' || c == '[') {
        i = skipQuoted(s, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return s.length();
  }

  /** The index of the character that closes the quote at {@code at}: the text's end if none. */
  private static int skipQuoted(String s, int at) {
    char close = s.charAt(at) == '[' ? ']' : s.charAt(at);
    for (int i = at + 1; i < s.length(); i++) {
      if (s.charAt(i) == close) {
        if (close != ']' && i + 1 < s.length() && s.charAt(i + 1) == close) {
          i++;
          continue;
        }
        return i;
      }
    }
    return s.length() - 1;
  }
}
