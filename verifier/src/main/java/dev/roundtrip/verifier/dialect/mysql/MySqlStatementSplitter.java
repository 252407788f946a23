package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import dev.roundtrip.verifier.dialect.mysql.MySqlLexer.Kind;
import dev.roundtrip.verifier.dialect.mysql.MySqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a MySQL or MariaDB script where the {@code mysql} client and Flyway would.
 *
 * <p>A statement ends at the current delimiter, {@code ;} until a {@code DELIMITER $$} command
 * changes it (case-insensitive, the first word of a statement; its argument is the next word on the
 * same line, of any length; the command itself is not a statement). The delimiter does not end a
 * statement inside a string ({@code '...'} or {@code "..."}, with backslash escapes and doubled
 * quotes), a back-quoted identifier, a comment ({@code #}, {@code -- } and non-nesting {@code /*
 * *}{@code /}; {@code --} not followed by a blank is no comment, as in {@code SELECT 1--1}),
 * parentheses, or the body of a stored program written without a {@code DELIMITER} change, as
 * Flyway accepts it: {@code CREATE [OR REPLACE] [DEFINER = user] PROCEDURE|FUNCTION|TRIGGER|EVENT
 * ... BEGIN ... END}, or MariaDB's {@code BEGIN NOT ATOMIC ... END}. In such a statement {@code
 * BEGIN} and {@code CASE} open a block and {@code END} closes one, except in {@code END IF}, {@code
 * END LOOP}, {@code END WHILE} and {@code END REPEAT}, whose openers are not counted; so labels,
 * nested blocks, {@code CASE} expressions and {@code END CASE} all balance. {@code BEGIN} or {@code
 * BEGIN WORK} elsewhere is a transaction statement, and {@code CASE ... END} in other statements
 * never holds a statement open. Like Flyway, a body that is a bare {@code IF}, {@code LOOP}, {@code
 * WHILE} or {@code REPEAT} (no {@code BEGIN}) with {@code ;} inside needs a {@code DELIMITER}
 * change.
 *
 * <p>The delimiter does not end a statement inside an executable comment ({@code /*!50003 ...*}
 * {@code /}, MariaDB's {@code /*M!...*}{@code /}) either. The server reads such content as SQL, so
 * mysqldump's {@code /*!50003 CREATE*}{@code /} {@code /*!50003 TRIGGER ... BEGIN ...; END *}{@code
 * /} is one statement to it; Flyway keeps the comment whole too. The {@code mysql} client alone
 * would cut at such a {@code ;} and send a statement the server rejects, which is why mysqldump
 * surrounds these with {@code DELIMITER ;;}.
 *
 * <p>Scripts are read with the server's default sql_mode: a backslash escapes in strings (no
 * NO_BACKSLASH_ESCAPES). Client commands other than {@code DELIMITER} ({@code \g}, {@code SOURCE},
 * ...) are not supported. Which statements commit on their own is answered by {@link
 * MySqlStatements#causesImplicitCommit(String)}.
 */
public final class MySqlStatementSplitter implements StatementSplitter {

  private static final Set<String> UNCOUNTED_OPENERS = Set.of("IF", "LOOP", "WHILE", "REPEAT");
  private static final List<String> BEGIN_NOT_ATOMIC = List.of("BEGIN", "NOT", "ATOMIC");
  private static final Set<String> STORED_PROGRAMS =
      Set.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT");

  /** Creates a splitter; it keeps no state between scripts. */
  public MySqlStatementSplitter() {}

  /**
   * {@inheritDoc}
   *
   * @throws ScriptParseException if a string, quoted identifier, block or executable comment is
   *     never closed, the script ends inside parentheses or a stored program's {@code BEGIN ...
   *     END}, or a {@code DELIMITER} command has no argument
   */
  @Override
  public List<SqlStatement> split(String script) {
    return new Run(script).split();
  }

  /** The state of splitting one script. */
  private static final class Run {
    private final String script;
    private final MySqlLexer lexer;
    private final List<SqlStatement> statements = new ArrayList<>();

    private int statementStart = -1;
    private int statementLine;
    private final List<String> leadingItems = new ArrayList<>();
    private int parenDepth;
    private int outermostParenLine;
    private boolean inExecutableComment;
    private int blockDepth;
    private int outermostBlockLine;
    private String outermostBlockOpener;
    private boolean pendingEnd;
    private Token previous;

    Run(String script) {
      this.script = script;
      this.lexer = new MySqlLexer(script);
    }

    List<SqlStatement> split() {
      Token token;
      for (token = lexer.next(); token.kind() != Kind.END_OF_SCRIPT; token = lexer.next()) {
        if (statementStart < 0 && isDelimiterCommand(token)) {
          changeDelimiter(token);
          continue;
        }
        resolvePendingEnd(token);
        if (token.kind() == Kind.DELIMITER
            && parenDepth == 0
            && blockDepth == 0
            && !inExecutableComment) {
          endStatement(token.start());
          continue;
        }
        if (statementStart < 0) {
          statementStart = token.start();
          statementLine = token.line();
        }
        track(token);
        previous = token;
      }
      int lastEnd = previous == null ? script.length() : previous.end();
      resolvePendingEnd(token);
      if (parenDepth > 0) {
        throw new ScriptParseException(
            "unclosed parenthesis: the ( at line " + outermostParenLine + " has no matching )",
            outermostParenLine);
      }
      if (blockDepth > 0) {
        throw new ScriptParseException(
            "unterminated "
                + outermostBlockOpener
                + " ... END starting at line "
                + outermostBlockLine
                + ": no matching END",
            outermostBlockLine);
      }
      endStatement(lastEnd);
      return List.copyOf(statements);
    }

    private boolean isDelimiterCommand(Token token) {
      return token.kind() == Kind.WORD && lexer.text(token).equalsIgnoreCase("DELIMITER");
    }

    /** Reads the new delimiter from the rest of the {@code DELIMITER} line, as the client does. */
    private void changeDelimiter(Token command) {
      String argument = lexer.restOfLine().strip();
      if (argument.isEmpty()) {
        throw new ScriptParseException(
            "DELIMITER at line " + command.line() + " has no delimiter after it", command.line());
      }
      String delimiter = argument.split("\\s", 2)[0];
      if (delimiter.contains("\\")) {
        throw new ScriptParseException(
            "DELIMITER at line " + command.line() + " contains a backslash: " + delimiter,
            command.line());
      }
      lexer.delimiter(delimiter);
    }

    private void track(Token token) {
      if (leadingItems.size() < MySqlStatements.LEADING_ITEMS) {
        String item = MySqlStatements.itemOf(lexer, token);
        if (item != null) {
          leadingItems.add(item);
        }
      }
      switch (token.kind()) {
        case OPEN_PAREN -> {
          if (parenDepth++ == 0) {
            outermostParenLine = token.line();
          }
        }
        case CLOSE_PAREN -> parenDepth = Math.max(0, parenDepth - 1);
        case EXECUTABLE_COMMENT_START -> inExecutableComment = true;
        case EXECUTABLE_COMMENT_END -> inExecutableComment = false;
        case WORD -> {
          if (parenDepth == 0 && !isQualified()) {
            trackBlock(token, lexer.text(token).toUpperCase(Locale.ROOT));
          }
        }
        default -> {
          // strings, operators and numbers neither open nor close anything
        }
      }
    }

    /** Counts BEGIN and CASE ... END of a stored program at parenthesis depth 0. */
    private void trackBlock(Token word, String keyword) {
      boolean opens = keyword.equals("BEGIN") || (keyword.equals("CASE") && !previousWordIs("END"));
      if (blockDepth > 0) {
        if (opens) {
          blockDepth++;
        } else if (keyword.equals("END")) {
          pendingEnd = true;
        }
      } else if (opens && isStoredProgram()) {
        open(word.line(), keyword);
      } else if (keyword.equals("ATOMIC") && leadingItems.equals(BEGIN_NOT_ATOMIC)) {
        open(statementLine, "BEGIN NOT ATOMIC");
      }
    }

    private void open(int line, String opener) {
      blockDepth = 1;
      outermostBlockLine = line;
      outermostBlockOpener = opener;
    }

    /** An END closes a block unless the next token makes it END IF, END LOOP, and so on. */
    private void resolvePendingEnd(Token next) {
      if (!pendingEnd) {
        return;
      }
      pendingEnd = false;
      boolean uncounted =
          next.kind() == Kind.WORD
              && UNCOUNTED_OPENERS.contains(lexer.text(next).toUpperCase(Locale.ROOT));
      if (!uncounted) {
        blockDepth--;
      }
    }

    private boolean isStoredProgram() {
      if (!MySqlStatements.item(leadingItems, 0).equals("CREATE")) {
        return false;
      }
      MySqlStatements.Target target = MySqlStatements.target(leadingItems);
      return target != null && STORED_PROGRAMS.contains(target.kind());
    }

    /** Whether the word follows {@code .} or {@code @}, so names a column or variable. */
    private boolean isQualified() {
      if (previous == null || previous.kind() != Kind.OTHER) {
        return false;
      }
      String text = lexer.text(previous);
      return text.equals(".") || text.equals("@");
    }

    private boolean previousWordIs(String keyword) {
      return previous != null
          && previous.kind() == Kind.WORD
          && lexer.text(previous).equalsIgnoreCase(keyword);
    }

    private void endStatement(int end) {
      if (statementStart >= 0) {
        statements.add(
            new SqlStatement(script.substring(statementStart, end).trim(), statementLine));
      }
      statementStart = -1;
      leadingItems.clear();
      previous = null;
      inExecutableComment = false;
    }
  }
}
