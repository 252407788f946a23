package dev.roundtrip.verifier.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the simple forms of CHECK constraints as {@code pg_get_constraintdef} prints them, a
 * conjunct at a time: {@code col > n} (and the other comparisons, either way round), {@code
 * BETWEEN} (printed as two comparisons), {@code col IN (...)} (printed as {@code = ANY
 * (ARRAY[...])}), {@code col <> ''}, {@code length(col) > n}, {@code col IS NOT NULL} and {@code
 * col1 <= col2}. Anything else (OR, functions, regular expressions, arithmetic) is left to the
 * database to judge.
 */
public final class GenCheckParser {
  /** A comparison of two columns, checked on each generated row. */
  public record GenRelation(String constraint, String left, String operator, String right) {}

  private static final List<String> OPERATORS =
      List.of(" >= ", " <= ", " <> ", " != ", " = ", " > ", " < ");
  private static final Pattern IDENTIFIER =
      Pattern.compile("\"((?:[^\"]|\"\")+)\"|([A-Za-z_][A-Za-z0-9_$]*)");
  private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");
  private static final Pattern CAST = Pattern.compile("::[A-Za-z_ \".\\[\\]0-9(),]+$");
  private static final Pattern LENGTH =
      Pattern.compile("(?:length|char_length|character_length)\\((.+)\\)");

  private GenCheckParser() {}

  /** What the CHECKs of the domains around a type allow. */
  public static GenRule domainRule(GenType type) {
    GenRule rule = new GenRule();
    Map<String, GenRule> rules = new HashMap<>();
    rules.put("VALUE", rule);
    for (GenCheck check : type.domainChecks()) {
      apply(check, Map.of("VALUE", type), rules, new ArrayList<>());
    }
    return rule;
  }

  /**
   * Applies what it understands of one CHECK to the rules of the named columns (for a domain, the
   * single name {@code VALUE}) and to the relations; returns whether it understood all of it.
   */
  public static boolean apply(
      GenCheck check,
      Map<String, GenType> columns,
      Map<String, GenRule> rules,
      List<GenRelation> relations) {
    String text = check.definition().trim();
    if (text.endsWith(" NOT VALID")) {
      text = text.substring(0, text.length() - " NOT VALID".length());
    }
    if (!text.startsWith("CHECK ")) {
      return false;
    }
    boolean complete = true;
    for (String conjunct : split(unwrap(text.substring("CHECK ".length())), " AND ")) {
      complete &= conjunct(check.name(), unwrap(conjunct), columns, rules, relations);
    }
    return complete;
  }

  private static boolean conjunct(
      String constraint,
      String text,
      Map<String, GenType> columns,
      Map<String, GenRule> rules,
      List<GenRelation> relations) {
    if (split(text, " OR ").size() > 1) {
      return false;
    }
    if (text.endsWith(" IS NOT NULL")) {
      String column = column(text.substring(0, text.length() - 12), columns);
      if (column != null) {
        rules.computeIfAbsent(column, c -> new GenRule()).notNull();
        return true;
      }
      return false;
    }
    for (String operator : OPERATORS) {
      List<String> sides = split(text, operator);
      if (sides.size() == 2) {
        return comparison(
            constraint, sides.get(0), operator.trim(), sides.get(1), columns, rules, relations);
      }
    }
    return false;
  }

  private static boolean comparison(
      String constraint,
      String left,
      String operator,
      String right,
      Map<String, GenType> columns,
      Map<String, GenRule> rules,
      List<GenRelation> relations) {
    String leftColumn = column(left, columns);
    String rightColumn = column(right, columns);
    if (leftColumn != null && rightColumn != null) {
      if ("=".equals(operator)) {
        return false;
      }
      relations.add(new GenRelation(constraint, leftColumn, operator, rightColumn));
      return true;
    }
    if (leftColumn == null && rightColumn != null) {
      return comparison(constraint, right, flip(operator), left, columns, rules, relations);
    }
    Matcher length = LENGTH.matcher(unwrap(left));
    if (leftColumn == null && length.matches()) {
      String column = column(length.group(1), columns);
      BigDecimal n = GenCompare.number(literal(right));
      if (column == null || n == null) {
        return false;
      }
      GenRule rule = rules.computeIfAbsent(column, c -> new GenRule());
      int value = n.intValue();
      switch (operator) {
        case ">" -> rule.minLength(value + 1);
        case ">=" -> rule.minLength(value);
        case "<" -> rule.maxLength(value - 1);
        case "<=" -> rule.maxLength(value);
        case "=" -> {
          rule.minLength(value);
          rule.maxLength(value);
        }
        default -> {
          return false;
        }
      }
      return true;
    }
    if (leftColumn == null) {
      return false;
    }
    GenRule rule = rules.computeIfAbsent(leftColumn, c -> new GenRule());
    GenType type = columns.get(leftColumn);
    if ("=".equals(operator) && right.startsWith("ANY ")) {
      List<String> values = arrayLiterals(right.substring(4));
      if (values == null) {
        return false;
      }
      rule.allow(values);
      return true;
    }
    String value = literal(right);
    if (value == null) {
      return false;
    }
    switch (operator) {
      case "=" -> rule.allow(List.of(value));
      case "<>", "!=" ->
          rule.exclude(value, GenCompare.ordered(type) ? GenCompare.key(type, value) : null);
      default -> {
        BigDecimal key = GenCompare.ordered(type) ? GenCompare.key(type, value) : null;
        if (key == null) {
          return false;
        }
        switch (operator) {
          case ">" -> rule.lower(key, false);
          case ">=" -> rule.lower(key, true);
          case "<" -> rule.upper(key, false);
          default -> rule.upper(key, true);
        }
      }
    }
    return true;
  }

  private static String flip(String operator) {
    return switch (operator) {
      case ">" -> "<";
      case "<" -> ">";
      case ">=" -> "<=";
      case "<=" -> ">=";
      default -> operator;
    };
  }

  /** The column an operand names, casts and parentheses removed, or null. */
  private static String column(String operand, Map<String, GenType> columns) {
    String text = stripCasts(operand);
    Matcher m = IDENTIFIER.matcher(text);
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2);
    return columns.containsKey(name) ? name : null;
  }

  /** The text of a literal operand (a string or a number), or null. */
  static String literal(String operand) {
    String text = stripCasts(operand);
    Matcher string = STRING.matcher(text);
    if (string.matches()) {
      return string.group(1).replace("''", "'");
    }
    return GenCompare.number(text) == null ? null : text;
  }

  /** The literals of {@code (ARRAY[a, b, ...])} with casts around, or null. */
  private static List<String> arrayLiterals(String operand) {
    String text = stripCasts(operand);
    if (!text.startsWith("ARRAY[") || !text.endsWith("]")) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (String element : split(text.substring(6, text.length() - 1), ", ")) {
      String value = literal(element);
      if (value == null) {
        return null;
      }
      values.add(value);
    }
    return values;
  }

  private static String stripCasts(String operand) {
    String text = unwrap(operand.trim());
    while (true) {
      Matcher cast = CAST.matcher(text);
      if (!cast.find() || depthAt(text, cast.start()) != 0) {
        return text;
      }
      text = unwrap(text.substring(0, cast.start()));
    }
  }

  /** Removes parentheses around the whole text. */
  static String unwrap(String text) {
    String result = text.trim();
    while (result.startsWith("(")
        && result.endsWith(")")
        && closing(result, 0) == result.length() - 1) {
      result = result.substring(1, result.length() - 1).trim();
    }
    return result;
  }

  /** Splits at the separator where it stands outside parentheses, brackets and quotes. */
  static List<String> split(String text, String separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '[')) {
        depth++;
      } else if (!quoted && (c == ')' || c == ']')) {
        depth--;
      } else if (!quoted && depth == 0 && text.startsWith(separator, i)) {
        parts.add(text.substring(start, i));
        start = i + separator.length();
        i = start - 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static int closing(String text, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int depthAt(String text, int end) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '[')) {
        depth++;
      } else if (!quoted && (c == ')' || c == ']')) {
        depth--;
      }
    }
    return depth;
  }
}
