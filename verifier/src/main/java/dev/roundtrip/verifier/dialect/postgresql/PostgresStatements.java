package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.postgresql.PostgresLexer.Kind;
import dev.roundtrip.verifier.dialect.postgresql.PostgresLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What PostgreSQL allows of a single statement, judged from its leading keywords. */
public final class PostgresStatements {

  private static final int LEADING_WORDS = 6;
  private static final String QUOTED = "\"";
  private static final Set<String> CLUSTER_WIDE = Set.of("DATABASE", "TABLESPACE", "SUBSCRIPTION");
  private static final Set<String> REINDEX_WIDE = Set.of("SCHEMA", "DATABASE", "SYSTEM");

  private static final Pattern ALTER_TYPE_ADD_VALUE =
      Pattern.compile(
          "^ALTER\\s+TYPE\\s+\\S.*?\\s+ADD\\s+VALUE\\b", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private PostgresStatements() {}

  /** The statement from its first token on: leading white space and comments removed. */
  private static String withoutLeadingComments(String sql) {
    String s = sql.stripLeading();
    while (true) {
      if (s.startsWith("--")) {
        int nl = s.indexOf('\n');
        s = nl < 0 ? "" : s.substring(nl + 1).stripLeading();
      } else if (s.startsWith("/*")) {
        int end = s.indexOf("*/");
        s = end < 0 ? "" : s.substring(end + 2).stripLeading();
      } else {
        return s;
      }
    }
  }

  /**
   * Whether PostgreSQL refuses to run {@code sql} inside a transaction block ({@code ERROR: ...
   * cannot run inside a transaction block}), so it must run on its own in autocommit.
   *
   * <p>True for {@code CREATE [UNIQUE] INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY}, {@code
   * REINDEX ... CONCURRENTLY}, {@code REINDEX SCHEMA|DATABASE|SYSTEM}, {@code VACUUM}, {@code
   * CREATE|DROP DATABASE|TABLESPACE|SUBSCRIPTION}, {@code ALTER DATABASE ... SET TABLESPACE},
   * {@code ALTER SYSTEM}, {@code DISCARD ALL} and {@code CLUSTER} without a table. Leading
   * comments, case, line breaks and option lists in parentheses ({@code REINDEX (VERBOSE) TABLE
   * CONCURRENTLY t}) do not matter. {@code ALTER TYPE ... ADD VALUE}, refused in a transaction only
   * before PostgreSQL 12, is not reported.
   *
   * @param sql one statement, as produced by {@link PostgresStatementSplitter}
   * @return {@code true} if the statement cannot run inside a transaction
   */
  public static boolean isNonTransactional(String sql) {
    return isNonTransactional(sql, Integer.MAX_VALUE);
  }

  /**
   * {@link #isNonTransactional(String)} on a server of major version {@code serverMajor}: before
   * PostgreSQL 12, {@code ALTER TYPE ... ADD VALUE} too, as Flyway judges it.
   */
  public static boolean isNonTransactional(String sql, int serverMajor) {
    if (serverMajor < 12 && ALTER_TYPE_ADD_VALUE.matcher(withoutLeadingComments(sql)).find()) {
      return true;
    }
    List<String> words = leadingWords(sql);
    return switch (word(words, 0)) {
      case "VACUUM" -> true;
      case "CREATE" -> isIndexConcurrently(words, 1) || CLUSTER_WIDE.contains(word(words, 1));
      case "DROP" -> isIndexConcurrently(words, 1) || CLUSTER_WIDE.contains(word(words, 1));
      case "REINDEX" -> isReindexOutsideTransaction(words);
      case "ALTER" -> isAlterOutsideTransaction(words);
      case "DISCARD" -> word(words, 1).equals("ALL");
      case "CLUSTER" ->
          words.size() == 1 || (words.size() == 2 && word(words, 1).equals("VERBOSE"));
      default -> false;
    };
  }

  /** {@code [UNIQUE] INDEX CONCURRENTLY} from {@code from}. */
  private static boolean isIndexConcurrently(List<String> words, int from) {
    int i = word(words, from).equals("UNIQUE") ? from + 1 : from;
    return word(words, i).equals("INDEX") && word(words, i + 1).equals("CONCURRENTLY");
  }

  private static boolean isReindexOutsideTransaction(List<String> words) {
    int kind = word(words, 1).equals("VERBOSE") ? 2 : 1;
    return REINDEX_WIDE.contains(word(words, kind)) || word(words, kind + 1).equals("CONCURRENTLY");
  }

  private static boolean isAlterOutsideTransaction(List<String> words) {
    return word(words, 1).equals("SYSTEM")
        || (word(words, 1).equals("DATABASE")
            && word(words, 3).equals("SET")
            && word(words, 4).equals("TABLESPACE"));
  }

  private static String word(List<String> words, int index) {
    return index < words.size() ? words.get(index) : "";
  }

  /**
   * The first unquoted words of the statement in upper case, a quoted identifier standing as {@code
   * "}; parenthesised option lists are skipped; stops at anything else.
   */
  private static List<String> leadingWords(String sql) {
    PostgresLexer lexer = new PostgresLexer(sql);
    List<String> words = new ArrayList<>();
    int depth = 0;
    while (words.size() < LEADING_WORDS) {
      Token token;
      try {
        token = lexer.next();
      } catch (ScriptParseException unterminated) {
        break; // the words before the unterminated quote or comment still decide
      }
      Kind kind = token.kind();
      if (kind == Kind.END_OF_SCRIPT || kind == Kind.SEMICOLON) {
        break;
      } else if (kind == Kind.OPEN_PAREN) {
        depth++;
      } else if (kind == Kind.CLOSE_PAREN && depth > 0) {
        depth--;
      } else if (depth == 0 && kind == Kind.WORD) {
        words.add(lexer.text(token).toUpperCase(Locale.ROOT));
      } else if (depth == 0 && kind == Kind.QUOTED && lexer.text(token).startsWith(QUOTED)) {
        words.add(QUOTED);
      } else if (depth == 0) {
        break;
      }
    }
    return words;
  }
}
