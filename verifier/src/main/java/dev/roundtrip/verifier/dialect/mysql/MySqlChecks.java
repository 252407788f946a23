package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.GenCheck;
import dev.roundtrip.verifier.data.GenCheckParser;
import dev.roundtrip.verifier.dialect.mysql.MySqlCheckNode.Kind;
import dev.roundtrip.verifier.dialect.mysql.MySqlCheckTokens.Token;
import dev.roundtrip.verifier.dialect.mysql.MySqlCheckTokens.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MySQL and MariaDB CHECK clauses, as {@code information_schema.CHECK_CONSTRAINTS} prints them
 * ({@code `qty` between 1 and 5 and `status` in ('new','paid')} on MariaDB, {@code ((`qty` between
 * 1 and 5) and (`status` in (_utf8mb4'new',_utf8mb4'paid')))} on MySQL), rewritten in the form
 * {@link GenCheckParser} reads (see {@link MySqlCheckNode}): {@code IN} as {@code = ANY
 * (ARRAY[...])}, {@code BETWEEN} and {@code NOT IN} as the comparisons they stand for. {@code AND}
 * binds tighter than {@code OR}, as in MySQL. {@code char_length} is kept; MySQL's {@code length}
 * counts bytes, so it is understood only as a lower bound. What the parser does not know
 * (arithmetic, other functions, {@code LIKE}, {@code REGEXP}, {@code CASE}) becomes an operand no
 * rule is drawn from, or makes the whole CHECK one, and is left to the database.
 */
final class MySqlChecks {
  private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
  private static final Set<String> ARITHMETIC =
      Set.of("+", "-", "*", "/", "%", "|", "&", "^", "<<", ">>");
  private static final Set<String> LENGTHS = Set.of("length", "octet_length");
  private static final Set<String> CHAR_LENGTHS = Set.of("char_length", "character_length");

  private final List<Token> tokens;
  private int position;

  private MySqlChecks(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * The CHECK in the form {@link GenCheckParser} reads; one it cannot read as {@code CHECK ((?))}.
   */
  static GenCheck translate(String name, String clause) {
    MySqlCheckNode node;
    try {
      MySqlChecks parser = new MySqlChecks(MySqlCheckTokens.of(clause));
      node = parser.or();
      if (parser.peek().type() != Type.END) {
        node = MySqlCheckNode.opaque();
      }
    } catch (IllegalArgumentException e) {
      node = MySqlCheckNode.opaque();
    }
    return new GenCheck(name, "CHECK (" + node.text() + ")");
  }

  private MySqlCheckNode or() {
    List<MySqlCheckNode> parts = new ArrayList<>(List.of(and()));
    while (accept("or") || accept("||")) {
      parts.add(and());
    }
    if (peek().is("xor")) {
      throw new IllegalArgumentException("xor");
    }
    return MySqlCheckNode.or(parts);
  }

  private MySqlCheckNode and() {
    List<MySqlCheckNode> parts = new ArrayList<>(List.of(not()));
    while (accept("and") || accept("&&")) {
      parts.add(not());
    }
    return MySqlCheckNode.and(parts);
  }

  private MySqlCheckNode not() {
    if (accept("not") || accept("!")) {
      return MySqlCheckNode.not(not());
    }
    return predicate();
  }

  private MySqlCheckNode predicate() {
    MySqlCheckNode left = operand();
    if (accept("is")) {
      boolean negated = accept("not");
      expect("null");
      return MySqlCheckNode.isNull(left, negated);
    }
    boolean negated = accept("not");
    if (accept("in")) {
      expect("(");
      List<MySqlCheckNode> items = new ArrayList<>(List.of(operand()));
      while (accept(",")) {
        items.add(operand());
      }
      expect(")");
      return MySqlCheckNode.in(left, items, negated);
    }
    if (accept("between")) {
      MySqlCheckNode low = operand();
      expect("and");
      return MySqlCheckNode.between(left, low, operand(), negated);
    }
    if (negated || peek().is("like") || peek().is("regexp") || peek().is("rlike")) {
      throw new IllegalArgumentException("unsupported predicate");
    }
    if (peek().type() == Type.OPERATOR
        && (COMPARISONS.contains(peek().text()) || peek().is("<=>"))) {
      String operator = tokens.get(position++).text();
      MySqlCheckNode right = operand();
      return "<=>".equals(operator)
          ? MySqlCheckNode.opaque()
          : MySqlCheckNode.compare(left, "!=".equals(operator) ? "<>" : operator, right);
    }
    return left;
  }

  /** A term of arithmetic, or the term alone: only a lone term is one rules are drawn from. */
  private MySqlCheckNode operand() {
    MySqlCheckNode first = unary();
    boolean arithmetic = false;
    while ((peek().type() == Type.OPERATOR && ARITHMETIC.contains(peek().text()))
        || peek().is("div")
        || peek().is("mod")) {
      position++;
      unary();
      arithmetic = true;
    }
    return arithmetic ? MySqlCheckNode.opaque() : first;
  }

  private MySqlCheckNode unary() {
    if (accept("-")) {
      return MySqlCheckNode.negate(unary());
    }
    if (accept("+")) {
      return unary();
    }
    if (accept("~")) {
      unary();
      return MySqlCheckNode.opaque();
    }
    MySqlCheckNode primary = primary();
    if (accept("collate")) {
      position++;
      return MySqlCheckNode.opaque();
    }
    return primary;
  }

  private MySqlCheckNode primary() {
    Token token = tokens.get(position++);
    return switch (token.type()) {
      case NAME -> MySqlCheckNode.column(token.text());
      case NUMBER -> MySqlCheckNode.number(token.text());
      case STRING -> MySqlCheckNode.string(token.text());
      case WORD -> {
        if (accept("(")) {
          yield call(token.text());
        }
        if (token.is("case")) {
          skipTo("end");
        }
        yield MySqlCheckNode.opaque();
      }
      case OPERATOR -> {
        if (!token.is("(")) {
          throw new IllegalArgumentException("unexpected " + token.text());
        }
        MySqlCheckNode inner = or();
        expect(")");
        yield inner;
      }
      case END -> throw new IllegalArgumentException("unexpected end");
    };
  }

  /** A function call whose opening parenthesis has been read. */
  private MySqlCheckNode call(String function) {
    if (CHAR_LENGTHS.contains(function) || LENGTHS.contains(function)) {
      int start = position;
      MySqlCheckNode argument = operand();
      if (argument.kind() == Kind.COLUMN && accept(")")) {
        return CHAR_LENGTHS.contains(function)
            ? MySqlCheckNode.charLength(argument)
            : MySqlCheckNode.byteLength(argument);
      }
      position = start;
    }
    skipTo(")");
    return MySqlCheckNode.opaque();
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
