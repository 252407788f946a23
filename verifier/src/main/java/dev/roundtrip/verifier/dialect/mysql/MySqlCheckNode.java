package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.GenCheckParser;
import dev.roundtrip.verifier.data.GenCompare;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A part of a MySQL CHECK clause read by {@link MySqlChecks}, with its text in the form {@link
 * GenCheckParser} reads: fully parenthesized, names double-quoted, strings with doubled quotes.
 * What no rule can be drawn from reads {@code (?)}.
 *
 * @param text the text
 * @param kind what it is
 * @param parts what it is made of, where the parser needs to look inside
 */
record MySqlCheckNode(String text, Kind kind, List<MySqlCheckNode> parts) {
  private static final String OPAQUE = "(?)";
  private static final Map<String, String> INVERSE =
      Map.of("=", "<>", "<>", "=", "<", ">=", ">=", "<", ">", "<=", "<=", ">");

  /** What a node is. */
  enum Kind {
    COLUMN,
    LITERAL,
    /** MySQL's {@code length(column)}, which counts bytes; its column is the only part. */
    BYTE_LENGTH,
    /** Its parts are the left side, the operator and the right side. */
    COMPARISON,
    /** Its part is the operand. */
    IS_NULL,
    /** Its parts are the conjuncts. */
    AND,
    OTHER
  }

  MySqlCheckNode {
    parts = List.copyOf(parts);
  }

  private MySqlCheckNode(String text, Kind kind) {
    this(text, kind, List.of());
  }

  static MySqlCheckNode opaque() {
    return new MySqlCheckNode(OPAQUE, Kind.OTHER);
  }

  static MySqlCheckNode column(String name) {
    return new MySqlCheckNode("\"" + name.replace("\"", "\"\"") + "\"", Kind.COLUMN);
  }

  static MySqlCheckNode number(String digits) {
    return new MySqlCheckNode(digits, Kind.LITERAL);
  }

  static MySqlCheckNode string(String value) {
    return new MySqlCheckNode("'" + value.replace("'", "''") + "'", Kind.LITERAL);
  }

  /** {@code -n} for a number literal; anything else negated has no rule. */
  static MySqlCheckNode negate(MySqlCheckNode node) {
    if (node.kind() != Kind.LITERAL || GenCompare.number(node.text()) == null) {
      return opaque();
    }
    String digits = node.text();
    return number(digits.startsWith("-") ? digits.substring(1) : "-" + digits);
  }

  static MySqlCheckNode charLength(MySqlCheckNode column) {
    return new MySqlCheckNode("char_length(" + column.text() + ")", Kind.OTHER);
  }

  static MySqlCheckNode byteLength(MySqlCheckNode column) {
    return new MySqlCheckNode(OPAQUE, Kind.BYTE_LENGTH, List.of(column));
  }

  /**
   * A comparison. MySQL's byte length is read as a character length only where that gives a lower
   * bound: a string of n characters has at least n bytes.
   */
  static MySqlCheckNode compare(MySqlCheckNode left, String operator, MySqlCheckNode right) {
    MySqlCheckNode l = left;
    MySqlCheckNode r = right;
    if (l.kind() == Kind.BYTE_LENGTH) {
      l = operator.startsWith(">") ? charLength(l.parts().get(0)) : opaque();
    }
    if (r.kind() == Kind.BYTE_LENGTH) {
      r = operator.startsWith("<") ? charLength(r.parts().get(0)) : opaque();
    }
    return new MySqlCheckNode(
        "(" + l.text() + " " + operator + " " + r.text() + ")",
        Kind.COMPARISON,
        List.of(left, new MySqlCheckNode(operator, Kind.OTHER), right));
  }

  /** {@code x IN (...)} as {@code = ANY (ARRAY[...])}; {@code NOT IN} as {@code <>} each. */
  static MySqlCheckNode in(MySqlCheckNode left, List<MySqlCheckNode> items, boolean negated) {
    if (items.stream().anyMatch(item -> item.kind() != Kind.LITERAL)) {
      return opaque();
    }
    if (negated) {
      return and(items.stream().map(item -> compare(left, "<>", item)).toList());
    }
    List<String> texts = items.stream().map(MySqlCheckNode::text).toList();
    return new MySqlCheckNode(
        "(" + left.text() + " = ANY (ARRAY[" + String.join(", ", texts) + "]))", Kind.OTHER);
  }

  static MySqlCheckNode between(
      MySqlCheckNode value, MySqlCheckNode low, MySqlCheckNode high, boolean negated) {
    return negated
        ? or(List.of(compare(value, "<", low), compare(value, ">", high)))
        : and(List.of(compare(value, ">=", low), compare(value, "<=", high)));
  }

  static MySqlCheckNode isNull(MySqlCheckNode operand, boolean negated) {
    return negated
        ? new MySqlCheckNode("(" + operand.text() + " IS NOT NULL)", Kind.OTHER)
        : new MySqlCheckNode("(" + operand.text() + " IS NULL)", Kind.IS_NULL, List.of(operand));
  }

  /** {@code NOT}: comparisons and IS NULL turned round, anything else left as it is. */
  static MySqlCheckNode not(MySqlCheckNode inner) {
    if (inner.kind() == Kind.COMPARISON && INVERSE.containsKey(inner.parts().get(1).text())) {
      return compare(
          inner.parts().get(0), INVERSE.get(inner.parts().get(1).text()), inner.parts().get(2));
    }
    if (inner.kind() == Kind.IS_NULL) {
      return isNull(inner.parts().get(0), true);
    }
    return new MySqlCheckNode("(NOT " + inner.text() + ")", Kind.OTHER);
  }

  /** The conjunction, nested conjunctions flattened into it. */
  static MySqlCheckNode and(List<MySqlCheckNode> nodes) {
    List<MySqlCheckNode> conjuncts = new ArrayList<>();
    for (MySqlCheckNode node : nodes) {
      if (node.kind() == Kind.AND) {
        conjuncts.addAll(node.parts());
      } else {
        conjuncts.add(node);
      }
    }
    return conjuncts.size() == 1 ? conjuncts.get(0) : join(conjuncts, " AND ", Kind.AND);
  }

  static MySqlCheckNode or(List<MySqlCheckNode> nodes) {
    return nodes.size() == 1 ? nodes.get(0) : join(nodes, " OR ", Kind.OTHER);
  }

  private static MySqlCheckNode join(List<MySqlCheckNode> parts, String separator, Kind kind) {
    List<String> texts = parts.stream().map(MySqlCheckNode::text).toList();
    return new MySqlCheckNode("(" + String.join(separator, texts) + ")", kind, parts);
  }
}
