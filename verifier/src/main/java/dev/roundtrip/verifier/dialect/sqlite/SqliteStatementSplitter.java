package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import dev.roundtrip.verifier.dialect.sqlite.SqliteLexer.Kind;
import dev.roundtrip.verifier.dialect.sqlite.SqliteLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQLite script on {@code ;} where the {@code sqlite3} shell would, by the rules of
 * SQLite's {@code sqlite3_complete()}.
 *
 * <p>A {@code ;} does not end a statement inside a string ({@code '...'}), a quoted identifier
 * ({@code "..."}, {@code `...`}, {@code [...]}) or a comment ({@code --}, non-nesting {@code /*
 * *}{@code /}; a block comment never closed runs to the end of the script, as in SQLite), nor in
 * the body of a {@code CREATE [TEMP|TEMPORARY] TRIGGER} (also after {@code EXPLAIN [QUERY PLAN]}).
 * Such a statement ends only at a {@code ;} that follows {@code END} that follows a {@code ;},
 * comments and blanks between them allowed: the {@code ; END ;} that closes the last statement of
 * the body and then the body. SQLite counts no other blocks, and needs none: a {@code CASE ... END}
 * in the body never stands right after a {@code ;}, since every statement of a body is an {@code
 * INSERT}, {@code REPLACE}, {@code UPDATE}, {@code DELETE} or {@code SELECT} ({@code WITH} and
 * {@code VALUES} included), so its {@code END} does not close the body. {@code BEGIN} outside a
 * trigger is the transaction statement and opens nothing.
 *
 * <p>The shell's dot-commands ({@code .read}, {@code .mode}, ...) are not supported. Whether a
 * statement may run inside a transaction is answered by {@link
 * SqliteStatements#breaksTransaction(String)}.
 */
public final class SqliteStatementSplitter implements StatementSplitter {

  private static final List<String> KEYWORDS =
      List.of("EXPLAIN", "CREATE", "TRIGGER", "END", "TEMP");

  /** Creates a splitter; it keeps no state between scripts. */
  public SqliteStatementSplitter() {}

  /**
   * {@inheritDoc}
   *
   * @throws ScriptParseException if a string or quoted identifier is never closed, or the script
   *     ends inside the body of a {@code CREATE TRIGGER}
   */
  @Override
  public List<SqlStatement> split(String script) {
    return new Run(script).split();
  }

  /**
   * Where a statement stands in {@code sqlite3_complete()}'s state machine; its states for
   * whitespace and for the end of a statement are not needed, since comments and blanks never reach
   * the splitter and every statement starts in {@link #START}.
   */
  private enum State {
    /** Nothing read yet, or only {@code EXPLAIN} and what follows it. */
    START,
    /** {@code EXPLAIN} read: a {@code CREATE TRIGGER} may still follow. */
    EXPLAIN,
    /** {@code CREATE}, perhaps {@code TEMP}, read: {@code TRIGGER} would make a trigger. */
    CREATE,
    /** Any other statement: its next {@code ;} ends it. */
    NORMAL,
    /** Inside a trigger. */
    TRIGGER,
    /** Inside a trigger, right after a {@code ;}. */
    TRIGGER_SEMICOLON,
    /** Inside a trigger, right after {@code ; END}: a {@code ;} now ends the statement. */
    TRIGGER_END
  }

  /** The state of splitting one script. */
  private static final class Run {
    private final String script;
    private final SqliteLexer lexer;
    private final List<SqlStatement> statements = new ArrayList<>();

    private int statementStart = -1;
    private int statementLine;
    private State state = State.START;
    private Token previous;

    Run(String script) {
      this.script = script;
      this.lexer = new SqliteLexer(script);
    }

    List<SqlStatement> split() {
      for (Token token = lexer.next(); token.kind() != Kind.END_OF_SCRIPT; token = lexer.next()) {
        if (token.kind() == Kind.SEMICOLON && !insideTrigger()) {
          endStatement(token.start());
          continue;
        }
        if (statementStart < 0) {
          statementStart = token.start();
          statementLine = token.line();
        }
        state = next(state, token);
        previous = token;
      }
      if (insideTrigger()) {
        throw new ScriptParseException(
            "unterminated CREATE TRIGGER starting at line "
                + statementLine
                + ": its body is never closed by END right after a ; (as in \"...; END;\")",
            statementLine);
      }
      endStatement(previous == null ? script.length() : previous.end());
      return List.copyOf(statements);
    }

    /** Whether a {@code ;} now belongs to a trigger body rather than ending the statement. */
    private boolean insideTrigger() {
      return state == State.TRIGGER || state == State.TRIGGER_SEMICOLON;
    }

    /** {@code sqlite3_complete()}'s transition on a token other than a {@code ;} ending it. */
    private State next(State from, Token token) {
      String keyword = keyword(token);
      return switch (from) {
        case START ->
            switch (keyword) {
              case "EXPLAIN" -> State.EXPLAIN;
              case "CREATE" -> State.CREATE;
              default -> State.NORMAL;
            };
        case EXPLAIN ->
            switch (keyword) {
              case "CREATE" -> State.CREATE;
              case "" -> State.EXPLAIN;
              default -> State.NORMAL;
            };
        case CREATE ->
            switch (keyword) {
              case "TEMP" -> State.CREATE;
              case "TRIGGER" -> State.TRIGGER;
              default -> State.NORMAL;
            };
        case NORMAL -> State.NORMAL;
        case TRIGGER, TRIGGER_END ->
            token.kind() == Kind.SEMICOLON ? State.TRIGGER_SEMICOLON : State.TRIGGER;
        case TRIGGER_SEMICOLON ->
            token.kind() == Kind.SEMICOLON
                ? State.TRIGGER_SEMICOLON
                : keyword.equals("END") ? State.TRIGGER_END : State.TRIGGER;
      };
    }

    /**
     * The keyword the state machine knows that {@code token} is ({@code EXPLAIN}, {@code CREATE},
     * {@code TEMP} for {@code TEMP} and {@code TEMPORARY}, {@code TRIGGER}, {@code END}), else the
     * empty string; quoted text is never a keyword.
     */
    private String keyword(Token token) {
      if (token.kind() != Kind.WORD) {
        return "";
      }
      String word = lexer.text(token);
      for (String known : KEYWORDS) {
        if (word.equalsIgnoreCase(known)) {
          return known;
        }
      }
      return word.equalsIgnoreCase("TEMPORARY") ? "TEMP" : "";
    }

    private void endStatement(int end) {
      if (statementStart >= 0) {
        statements.add(
            new SqlStatement(script.substring(statementStart, end).trim(), statementLine));
      }
      statementStart = -1;
      state = State.START;
      previous = null;
    }
  }
}
