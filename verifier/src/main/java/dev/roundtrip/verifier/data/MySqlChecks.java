package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.MySqlCheckTokens.Token;
import dev.roundtrip.verifier.data.MySqlCheckTokens.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MySQL and MariaDB CHECK clauses, as {@code information_schema.CHECK_CONSTRAINTS} prints them
 * ({@code `qty` between 1 and 5 and `status` in ('new','paid')} on MariaDB, {@code ((`qty` between
 * 1 and 5) and (`status` in (_utf8mb4'new',_utf8mb4'paid')))} on MySQL), rewritten in the form
 * {@link GenCheckParser} reads: fully parenthesized, names double-quoted, {@code IN} as {@code =
 * ANY (ARRAY[...])}, {@code BETWEEN} and {@code NOT IN} as the comparisons they stand for. {@code
 * AND} binds tighter than {@code OR}, as in MySQL. {@code char_length} is kept; MySQL's {@code
 * length} counts bytes, so it is understood only as a lower bound (a string of n characters has at
 * least n bytes). What the parser does not know (arithmetic, other functions, {@code LIKE}, {@code
 * REGEXP}, {@code CASE}) becomes an operand no rule is drawn from, and is left to the database.
 */
final class MySqlChecks {
  private static final String OPAQUE = "(?)";
  private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
  private static final Map<String, String> INVERSE =
      Map.of("=", "<>", "<>", "=", "<", ">=", ">=", "<", ">", "<=", "<=", ">");
  private static final Set<String> ARITHMETIC =
      Set.of("+", "-", "*", "/", "%", "|", "&", "^", "<<", ">>");
  private static final Set<String> LENGTHS = Set.of("length", "octet_length");
  private static final Set<String> CHAR_LENGTHS = Set.of("char_length", "character_length");

  /** A parsed expression in the parser's form: its text, and what it is. */
  private record Node(String text, Kind kind, List<Node> parts) {
    Node(String text, Kind kind) {
      this(text, kind, List.of());
    }
  }

  private enum Kind {
    COLUMN,
    LITERAL,
    BYTE_LENGTH,
    COMPARISON,
    IS_NULL,
    AND,
    OTHER
  }

  private final List<Token> tokens;
  private int position;

  private MySqlChecks(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * The CHECK in the form {@link GenCheckParser} reads; one it cannot read as {@code CHECK ((?))}.
   */
  static GenCheck translate(String name, String clause) {
    try {
      MySqlChecks parser = new MySqlChecks(MySqlCheckTokens.of(clause));
      Node node = parser.or();
      if (parser.peek().type() != Type.END) {
        return new GenCheck(name, "CHECK (" + OPAQUE + ")");
      }
      return new GenCheck(name, "CHECK (" + node.text() + ")");
    } catch (IllegalArgumentException e) {
      return new GenCheck(name, "CHECK (" + OPAQUE + ")");
    }
  }

  private Node or() {
    List<Node> parts = new ArrayList<>(List.of(and()));
    while (peek().is("or") || peek().is("||")) {
      position++;
      parts.add(and());
    }
    if (peek().is("xor")) {
      throw new IllegalArgumentException("xor");
    }
    return parts.size() == 1 ? parts.get(0) : join(parts, " OR ", Kind.OTHER);
  }

  private Node and() {
    List<Node> parts = new ArrayList<>();
    add(parts, not());
    while (peek().is("and") || peek().is("&&")) {
      position++;
      add(parts, not());
    }
    return parts.size() == 1 ? parts.get(0) : join(parts, " AND ", Kind.AND);
  }

  private static void add(List<Node> conjuncts, Node node) {
    if (node.kind() == Kind.AND) {
      conjuncts.addAll(node.parts());
    } else {
      conjuncts.add(node);
    }
  }

  private Node not() {
    if (peek().is("not") || peek().is("!")) {
      position++;
      Node inner = not();
      if (inner.kind() == Kind.COMPARISON && INVERSE.containsKey(inner.parts().get(1).text())) {
        return compare(
            inner.parts().get(0), INVERSE.get(inner.parts().get(1).text()), inner.parts().get(2));
      }
      if (inner.kind() == Kind.IS_NULL) {
        return new Node("(" + inner.parts().get(0).text() + " IS NOT NULL)", Kind.OTHER);
      }
      return new Node("(NOT " + inner.text() + ")", Kind.OTHER);
    }
    return predicate();
  }

  private Node predicate() {
    Node left = operand();
    if (peek().is("is")) {
      position++;
      boolean negated = accept("not");
      expect("null");
      return negated
          ? new Node("(" + left.text() + " IS NOT NULL)", Kind.OTHER)
          : new Node("(" + left.text() + " IS NULL)", Kind.IS_NULL, List.of(left));
    }
    boolean negated = accept("not");
    if (accept("in")) {
      expect("(");
      List<Node> items = new ArrayList<>(List.of(operand()));
      while (accept(",")) {
        items.add(operand());
      }
      expect(")");
      return in(left, items, negated);
    }
    if (accept("between")) {
      Node low = operand();
      expect("and");
      Node high = operand();
      return negated
          ? join(List.of(compare(left, "<", low), compare(left, ">", high)), " OR ", Kind.OTHER)
          : join(List.of(compare(left, ">=", low), compare(left, "<=", high)), " AND ", Kind.AND);
    }
    if (negated || peek().is("like") || peek().is("regexp") || peek().is("rlike")) {
      throw new IllegalArgumentException("unsupported predicate");
    }
    if (peek().type() == Type.OPERATOR
        && (COMPARISONS.contains(peek().text()) || peek().is("<=>"))) {
      String operator = tokens.get(position++).text();
      Node right = operand();
      return "<=>".equals(operator)
          ? new Node(OPAQUE, Kind.OTHER)
          : compare(left, "!=".equals(operator) ? "<>" : operator, right);
    }
    return left;
  }

  private Node in(Node left, List<Node> items, boolean negated) {
    if (items.stream().anyMatch(item -> item.kind() != Kind.LITERAL)) {
      return new Node(OPAQUE, Kind.OTHER);
    }
    if (negated) {
      List<Node> parts = items.stream().map(item -> compare(left, "<>", item)).toList();
      return parts.size() == 1 ? parts.get(0) : join(parts, " AND ", Kind.AND);
    }
    List<String> texts = items.stream().map(Node::text).toList();
    return new Node(
        "(" + left.text() + " = ANY (ARRAY[" + String.join(", ", texts) + "]))", Kind.OTHER);
  }

  /** A comparison; MySQL's byte length is read only where it gives a lower bound. */
  private static Node compare(Node left, String operator, Node right) {
    Node l = left;
    Node r = right;
    if (l.kind() == Kind.BYTE_LENGTH) {
      l = operator.startsWith(">") ? charLength(l) : new Node(OPAQUE, Kind.OTHER);
    }
    if (r.kind() == Kind.BYTE_LENGTH) {
      r = operator.startsWith("<") ? charLength(r) : new Node(OPAQUE, Kind.OTHER);
    }
    return new Node(
        "(" + l.text() + " " + operator + " " + r.text() + ")",
        Kind.COMPARISON,
        List.of(left, new Node(operator, Kind.OTHER), right));
  }

  private static Node charLength(Node byteLength) {
    return new Node("char_length(" + byteLength.parts().get(0).text() + ")", Kind.OTHER);
  }

  /**
   * A term of arithmetic, or the term alone: only a lone term is something rules are drawn from.
   */
  private Node operand() {
    Node first = unary();
    boolean arithmetic = false;
    while ((peek().type() == Type.OPERATOR && ARITHMETIC.contains(peek().text()))
        || peek().is("div")
        || peek().is("mod")) {
      position++;
      unary();
      arithmetic = true;
    }
    return arithmetic ? new Node(OPAQUE, Kind.OTHER) : first;
  }

  private Node unary() {
    if (accept("-")) {
      Node inner = unary();
      return inner.kind() == Kind.LITERAL && GenCompare.number(inner.text()) != null
          ? new Node(
              inner.text().startsWith("-") ? inner.text().substring(1) : "-" + inner.text(),
              Kind.LITERAL)
          : new Node(OPAQUE, Kind.OTHER);
    }
    if (accept("+")) {
      return unary();
    }
    if (accept("~")) {
      unary();
      return new Node(OPAQUE, Kind.OTHER);
    }
    Node primary = primary();
    if (accept("collate")) {
      position++;
      return new Node(OPAQUE, Kind.OTHER);
    }
    return primary;
  }

  private Node primary() {
    Token token = tokens.get(position++);
    switch (token.type()) {
      case NAME -> {
        return new Node("\"" + token.text().replace("\"", "\"\"") + "\"", Kind.COLUMN, List.of());
      }
      case NUMBER -> {
        return new Node(token.text(), Kind.LITERAL);
      }
      case STRING -> {
        return new Node("'" + token.text().replace("'", "''") + "'", Kind.LITERAL);
      }
      case WORD -> {
        if (accept("(")) {
          return call(token.text());
        }
        if (token.is("case")) {
          skipTo("end");
        }
        return new Node(OPAQUE, Kind.OTHER);
      }
      case OPERATOR -> {
        if (token.is("(")) {
          Node inner = or();
          if (accept(",")) {
            throw new IllegalArgumentException("row constructor");
          }
          expect(")");
          return inner;
        }
        throw new IllegalArgumentException("unexpected " + token.text());
      }
      default -> throw new IllegalArgumentException("unexpected end");
    }
  }

  /** A function call whose opening parenthesis has been read. */
  private Node call(String function) {
    if (CHAR_LENGTHS.contains(function) || LENGTHS.contains(function)) {
      int start = position;
      Node argument = operand();
      if (argument.kind() == Kind.COLUMN && accept(")")) {
        return CHAR_LENGTHS.contains(function)
            ? new Node("char_length(" + argument.text() + ")", Kind.OTHER)
            : new Node(OPAQUE, Kind.BYTE_LENGTH, List.of(argument));
      }
      position = start;
    }
    skipTo(")");
    return new Node(OPAQUE, Kind.OTHER);
  }

  /** Skips past the token that closes what was opened, nesting included. */
  private void skipTo(String close) {
    String open = ")".equals(close) ? "(" : "case";
    int depth = 1;
    while (depth > 0) {
      Token token = tokens.get(position++);
      if (token.type() == Type.END) {
        throw new IllegalArgumentException("unbalanced");
      }
      if (token.is(open)) {
        depth++;
      } else if (token.is(close)) {
        depth--;
      }
    }
  }

  private static Node join(List<Node> parts, String separator, Kind kind) {
    return new Node(
        "(" + String.join(separator, parts.stream().map(Node::text).toList()) + ")", kind, parts);
  }

  private Token peek() {
    return tokens.get(position);
  }

  private boolean accept(String operatorOrWord) {
    if (peek().is(operatorOrWord)) {
      position++;
      return true;
    }
    return false;
  }

  private void expect(String operatorOrWord) {
    if (!accept(operatorOrWord)) {
      throw new IllegalArgumentException("expected " + operatorOrWord);
    }
  }
}
