package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.MigrationOutcome.StepTimes;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.data.DataSnapshot;
import dev.roundtrip.verifier.dialect.DataErrors;
import dev.roundtrip.verifier.execution.StepFailure;
import dev.roundtrip.verifier.findings.Findings;
import dev.roundtrip.verifier.migration.Migration;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Migrations that {@code from} or {@code since} leave out of the round trips, applied without one:
 * up only, with the data a round trip would have left for the next migration. Such a migration is
 * {@link Status#APPLIED}, neither passed nor failed, unless it cannot be applied at all: then it is
 * {@code up-failed}, as the migrations after it cannot run.
 */
final class StraightApply {
  private final Findings findings;
  private final Allowances allowances;
  private final BiConsumer<Migration, MigrationOutcome> print;

  StraightApply(
      Findings findings, Allowances allowances, BiConsumer<Migration, MigrationOutcome> print) {
    this.findings = findings;
    this.allowances = allowances;
    this.print = print;
  }

  /**
   * How one up went: its time, and why it failed (null if it applied), said as {@code timed-out}
   * where a time limit stopped it.
   */
  record Applied(long upMillis, StepFailure failure, Finding timedOut) {}

  /**
   * Applies {@code applied}, the migrations before the first round-tripped one, on the fresh
   * database of {@code session}, as {@link Session#migrateThrough} does but one at a time, so that
   * {@code progress} can say where it is: each up, the project's seed script at its version, then
   * generated rows in every table. Adds an outcome per migration; returns the index of the one that
   * failed, or -1.
   */
  int leading(
      Session session,
      List<Migration> applied,
      Progress progress,
      List<MigrationOutcome> outcomes) {
    for (int i = 0; i < applied.size(); i++) {
      progress.at(i);
      Migration m = applied.get(i);
      Applied up = up(session, m);
      if (up.failure() == null) {
        session.userSeed(m);
      }
      MigrationOutcome outcome = outcome(session, m, up, null);
      outcomes.add(outcome);
      print.accept(m, outcome);
      if (up.failure() != null) {
        return i;
      }
    }
    if (!applied.isEmpty()) {
      DataSnapshot counts = session.data.counts("fresh");
      try {
        session.data.seed(counts.tablesToSeed(null), applied.get(applied.size() - 1).label());
      } finally {
        DataChecks.close(counts);
      }
    }
    return -1;
  }

  /**
   * Applies {@code m} on a database that a round trip brought to the migration before it: the up,
   * then generated rows in the tables it created or changed, and the project's seed script, as
   * after a round trip.
   */
  Applied next(Session session, Migration m) {
    DataSnapshot before = session.data.counts("before");
    DataSnapshot after = null;
    try {
      Applied up = up(session, m);
      if (up.failure() != null) {
        return up;
      }
      after = session.data.counts("next");
      session.data.seed(after.tablesToSeed(before), m.label());
      session.userSeed(m);
      return up;
    } finally {
      DataChecks.close(before, after);
    }
  }

  /**
   * The outcome of {@code m}: applied, with {@code onData} (it failed on the generated rows only)
   * if not null; or failed, as {@code up-failed} or {@code timed-out}.
   */
  MigrationOutcome outcome(Session session, Migration m, Applied up, Finding onData) {
    List<Finding> found = new ArrayList<>();
    Status status = Status.APPLIED;
    if (up.failure() != null) {
      Finding f = up.timedOut() != null ? up.timedOut() : findings.upFailed(m, up.failure());
      found.add(allowances.apply(session.present(f)));
      status = Status.FAILED;
    } else if (onData != null) {
      found.add(allowances.apply(session.present(onData)));
    }
    return new MigrationOutcome(
        m.version().toString(),
        m.description(),
        status,
        new StepTimes(up.upMillis(), -1, -1, -1, -1),
        found);
  }

  private Applied up(Session session, Migration m) {
    long mark = session.watchdog.mark();
    long t = System.nanoTime();
    try {
      session.runUp(m);
      return new Applied((System.nanoTime() - t) / 1_000_000, null, null);
    } catch (StepFailure f) {
      long ms = (System.nanoTime() - t) / 1_000_000;
      SQLException cause = DataErrors.sqlCause(f);
      Finding timedOut = null;
      if (cause != null && session.dialect.activity().isCancellation(cause)) {
        timedOut =
            session
                .watchdog
                .stoppedSince(mark)
                .map(stop -> findings.timedOut(m, Phase.UP, m.upScript(), f, stop))
                .orElse(null);
      }
      return new Applied(ms, f, timedOut);
    }
  }
}
