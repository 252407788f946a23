package dev.roundtrip.verifier.findings;

import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.execution.StepFailure;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.schema.SchemaDiff;
import dev.roundtrip.verifier.schema.SchemaDifference;
import java.util.ArrayList;
import java.util.List;

/**
 * The finding for a step that failed part-way on a dialect whose DDL is not transactional (the
 * MySQL family): which statements ran and stay applied, which failed, which never ran, and what the
 * schema was left with. The database cannot roll such a step back, so production would be left in
 * the same half-applied state.
 */
public final class HalfApplied {
  private static final int SHOWN = 5;

  private final Findings findings;
  private final Dialect dialect;

  public HalfApplied(Findings findings, Dialect dialect) {
    this.findings = findings;
    this.dialect = dialect;
  }

  /**
   * The finding, or null when the step left no trace in the schema (or the dialect rolls DDL back).
   *
   * @param phase the step that failed
   * @param script the script of the step, split into statements (may hold none when unreadable)
   * @param failure where it failed
   * @param left how the schema now differs from the schema before the step
   */
  public Finding of(
      Migration m,
      Phase phase,
      DifferenceLocator.Script script,
      StepFailure failure,
      SchemaDiff left) {
    if (dialect.transactionalDdl() || left.isEmpty()) {
      return null;
    }
    List<SqlStatement> statements = script.statements();
    int failed = failedIndex(statements, failure.line());
    List<String> evidence = new ArrayList<>();
    String ran;
    if (failed < 0) {
      ran = "statements before the failing one had run";
    } else {
      List<SqlStatement> before = statements.subList(0, failed);
      List<SqlStatement> after = statements.subList(failed + 1, statements.size());
      ran =
          before.isEmpty()
              ? "the failing statement had partly run"
              : Findings.plural(before.size(), "statement") + " had run before it";
      describe(evidence, "ran", before);
      evidence.add("failed: " + line(statements.get(failed)));
      describe(evidence, "not run", after);
    }
    for (SchemaDifference d : left.differences()) {
      evidence.add("left behind: " + d.description());
    }
    String file = Findings.name(script.file());
    String message =
        file
            + " stopped part-way"
            + (failure.line() > 0 ? " at line " + failure.line() : "")
            + " on "
            + dialect.displayName()
            + ": "
            + ran
            + ", and the schema changes made stay, because "
            + dialect.displayName()
            + " commits each DDL statement at once; the schema is now neither before nor after "
            + m.label()
            + " ("
            + Findings.plural(left.differences().size(), "difference")
            + ")";
    String fix =
        "Keep one DDL statement per migration on "
            + dialect.displayName()
            + ", or make each statement of "
            + file
            + " safe to run again (IF NOT EXISTS, IF EXISTS); a database where it failed needs the"
            + " applied statements undone by hand before it can be migrated again.";
    return findings
        .finding(Rule.HALF_APPLIED, m, script.file(), failure.line(), message, evidence, fix)
        .inPhase(phase);
  }

  /** The statement at {@code line}: the last one starting on or before it; -1 when unknown. */
  static int failedIndex(List<SqlStatement> statements, int line) {
    if (line <= 0) {
      return -1;
    }
    int found = -1;
    for (int i = 0; i < statements.size(); i++) {
      if (statements.get(i).line() <= line) {
        found = i;
      }
    }
    return found;
  }

  private static void describe(List<String> evidence, String what, List<SqlStatement> statements) {
    for (int i = 0; i < statements.size() && i < SHOWN; i++) {
      evidence.add(what + ": " + line(statements.get(i)));
    }
    if (statements.size() > SHOWN) {
      evidence.add(what + ": " + (statements.size() - SHOWN) + " more");
    }
  }

  private static String line(SqlStatement s) {
    String text = s.sql().strip().replaceAll("\\s+", " ");
    return "line "
        + s.line()
        + ": "
        + (text.length() > 120 ? text.substring(0, 120) + " ..." : text);
  }
}
