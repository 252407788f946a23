package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import dev.roundtrip.verifier.dialect.postgresql.PostgresLexer.Kind;
import dev.roundtrip.verifier.dialect.postgresql.PostgresLexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a PostgreSQL script on {@code ;} where psql and Flyway would.
 *
 * <p>A {@code ;} does not end a statement when it is inside a string ({@code '...'}, {@code
 * E'...'}), a quoted identifier, a dollar-quoted body ({@code $$...$$}, {@code $tag$...$tag$}), a
 * comment ({@code --}, nesting {@code /* *}{@code /}), parentheses (as in a multi-action {@code
 * CREATE RULE ... DO (...; ...)}) or the {@code BEGIN ATOMIC ... END} body of an SQL-standard
 * function or procedure (PostgreSQL 14+). Inside such a body, {@code CASE ... END} is counted so
 * that its {@code END} does not close the body; a plain {@code BEGIN;} transaction statement is not
 * a body.
 *
 * <p>Strings follow {@code standard_conforming_strings = on}, PostgreSQL's default: a backslash
 * escapes only in {@code E'...'} strings. {@code COPY ... FROM STDIN} with inline data and psql
 * meta-commands ({@code \connect}, ...) are not supported.
 *
 * <p>Whether a statement may run inside a transaction is answered by {@link
 * PostgresStatements#isNonTransactional(String)}.
 */
public final class PostgresStatementSplitter implements StatementSplitter {

  /** Creates a splitter; it keeps no state between scripts. */
  public PostgresStatementSplitter() {}

  /**
   * {@inheritDoc}
   *
   * @throws ScriptParseException if a string, quoted identifier, dollar-quoted body or block
   *     comment is never closed, or the script ends inside parentheses or a {@code BEGIN ATOMIC}
   *     body
   */
  @Override
  public List<SqlStatement> split(String script) {
    return new Run(script).split();
  }

  /** The state of splitting one script. */
  private static final class Run {
    private final String script;
    private final PostgresLexer lexer;
    private final List<SqlStatement> statements = new ArrayList<>();

    private int statementStart = -1;
    private int statementLine;
    private int parenDepth;
    private int outermostParenLine;
    private int atomicDepth;
    private int atomicLine;
    private Token previous;

    Run(String script) {
      this.script = script;
      this.lexer = new PostgresLexer(script);
    }

    List<SqlStatement> split() {
      for (Token token = lexer.next(); token.kind() != Kind.END_OF_SCRIPT; token = lexer.next()) {
        if (token.kind() == Kind.SEMICOLON && parenDepth == 0 && atomicDepth == 0) {
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
      if (parenDepth > 0) {
        throw new ScriptParseException(
            "unclosed parenthesis: the ( at line " + outermostParenLine + " has no matching )",
            outermostParenLine);
      }
      if (atomicDepth > 0) {
        throw new ScriptParseException(
            "unterminated BEGIN ATOMIC body starting at line " + atomicLine + ": no matching END",
            atomicLine);
      }
      endStatement(script.length());
      return List.copyOf(statements);
    }

    private void track(Token token) {
      switch (token.kind()) {
        case OPEN_PAREN -> {
          if (parenDepth++ == 0) {
            outermostParenLine = token.line();
          }
        }
        case CLOSE_PAREN -> parenDepth = Math.max(0, parenDepth - 1);
        case WORD -> {
          if (parenDepth == 0) {
            trackBody(token);
          }
        }
        default -> {
          // strings, operators and numbers neither open nor close anything
        }
      }
    }

    /** Counts BEGIN ATOMIC ... END, and CASE ... END inside it, at parenthesis depth 0. */
    private void trackBody(Token word) {
      String text = lexer.text(word);
      if (text.equalsIgnoreCase("ATOMIC") && previousWordIs("BEGIN")) {
        if (atomicDepth++ == 0) {
          atomicLine = previous.line();
        }
      } else if (atomicDepth > 0 && text.equalsIgnoreCase("CASE")) {
        atomicDepth++;
      } else if (atomicDepth > 0 && text.equalsIgnoreCase("END")) {
        atomicDepth--;
      }
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
      previous = null;
    }
  }
}
