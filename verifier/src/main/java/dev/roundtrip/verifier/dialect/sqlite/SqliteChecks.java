package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.data.GenCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite CHECK clauses, as written in the table's SQL, in the form the seeder's CHECK reader takes
 * (PostgreSQL's {@code pg_get_constraintdef}): the common forms {@code col IN ('a', 'b')} (as
 * {@code col = ANY (ARRAY[...])}) and {@code col BETWEEN x AND y} (as two comparisons), alone or
 * joined by {@code AND}; comparisons as they are. What it does not take is left to the database,
 * which rejects the rows that break it; those rows are then inserted with regular values or counted
 * as skipped.
 */
final class SqliteChecks {
  private static final String IDENT =
      "(\"(?:[^\"]|\"\")+\"|`[^`]+`|\\[[^\\]]+\\]|[A-Za-z_][A-Za-z0-9_]*)";
  private static final String LITERAL = "('(?:[^']|'')*'|-?\\d+(?:\\.\\d+)?)";
  private static final Pattern IN =
      Pattern.compile(
          "^" + IDENT + "\\s+IN\\s*\\(\\s*(" + LITERAL + "(?:\\s*,\\s*" + LITERAL + ")*)\\s*\\)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN =
      Pattern.compile(
          "^" + IDENT + "\\s+BETWEEN\\s+" + LITERAL + "\\s+AND\\s+" + LITERAL + "$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ITEM = Pattern.compile(LITERAL);
  private static final Pattern AND = Pattern.compile("\\s+AND\\s+", Pattern.CASE_INSENSITIVE);

  private SqliteChecks() {}

  /** The CHECK {@code clause} (its text between the parentheses) as the seeder reads it. */
  static GenCheck translate(String name, String clause) {
    String text = clause.trim();
    String one = one(text);
    if (one != null) {
      return new GenCheck(name, "CHECK (" + one + ")");
    }
    List<String> parts = conjuncts(text);
    if (parts.size() > 1) {
      List<String> translated = new ArrayList<>();
      for (String part : parts) {
        String t = one(part);
        translated.add(t != null ? t : "(" + part + ")");
      }
      return new GenCheck(name, "CHECK (" + String.join(" AND ", translated) + ")");
    }
    return new GenCheck(name, "CHECK ((" + text + "))");
  }

  /** One IN or BETWEEN predicate translated, or null. */
  private static String one(String text) {
    Matcher in = IN.matcher(text);
    if (in.matches()) {
      List<String> items = new ArrayList<>();
      Matcher item = ITEM.matcher(in.group(2));
      while (item.find()) {
        items.add(item.group(1));
      }
      return "(" + ident(in.group(1)) + " = ANY (ARRAY[" + String.join(", ", items) + "]))";
    }
    Matcher between = BETWEEN.matcher(text);
    if (between.matches()) {
      String column = ident(between.group(1));
      return "(("
          + column
          + " >= "
          + between.group(2)
          + ") AND ("
          + column
          + " <= "
          + between.group(3)
          + "))";
    }
    return null;
  }

  /**
   * The parts of {@code text} joined by a top-level {@code AND} that is not a {@code BETWEEN}'s;
   * the whole text when there is a top-level {@code OR}.
   */
  private static List<String> conjuncts(String text) {
    List<String> words = new ArrayList<>();
    List<Integer> ands = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int wordStart = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (quoted) {
        quoted = c != '\'';
        continue;
      }
      if (c == '\'') {
        quoted = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      boolean letter = Character.isLetter(c);
      if (letter && wordStart < 0) {
        wordStart = i;
      } else if (!letter && wordStart >= 0) {
        String word = text.substring(wordStart, i).toUpperCase(Locale.ROOT);
        if (depth == 0 && word.equals("OR")) {
          return List.of(text);
        }
        if (depth == 0 && word.equals("BETWEEN")) {
          words.add("BETWEEN");
        } else if (depth == 0 && word.equals("AND")) {
          if (!words.isEmpty() && words.get(words.size() - 1).equals("BETWEEN")) {
            words.set(words.size() - 1, "BETWEEN AND");
          } else {
            ands.add(wordStart);
          }
        }
        wordStart = -1;
      }
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int at : ands) {
      parts.add(text.substring(from, at).trim());
      from = at + 3;
    }
    parts.add(text.substring(from).trim());
    return parts;
  }

  /** An identifier as the CHECK reader takes it: bare, or in double quotes. */
  private static String ident(String quoted) {
    if (quoted.startsWith("`") || quoted.startsWith("[")) {
      return "\"" + quoted.substring(1, quoted.length() - 1).replace("\"", "\"\"") + "\"";
    }
    return quoted;
  }
}
