package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.MigrationOutcome.StepTimes;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.data.DataSnapshot;
import dev.roundtrip.verifier.dialect.DataErrors;
import dev.roundtrip.verifier.execution.FlywayRunner;
import dev.roundtrip.verifier.execution.StepFailure;
import dev.roundtrip.verifier.findings.Findings;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private final Map<MigrationVersion, Path> seedScripts;

  /** The most migrations one Flyway call applies before the first round-tripped one. */
  static final int BATCH = 20;

  StraightApply(
      Findings findings,
      Allowances allowances,
      Map<MigrationVersion, Path> seedScripts,
      BiConsumer<Migration, MigrationOutcome> print) {
    this.findings = findings;
    this.allowances = allowances;
    this.seedScripts = seedScripts;
    this.print = print;
  }

  /**
   * How one up went: its time, and why it failed (null if it applied), said as {@code timed-out}
   * where a time limit stopped it.
   */
  record Applied(long upMillis, StepFailure failure, Finding timedOut) {}

  /**
   * Applies {@code applied}, the migrations before the first round-tripped one, on the fresh
   * database of {@code session}, as {@link Session#migrateThrough} does: Flyway migrates to each
   * version that has a seed script, and the script runs, then to the last one, then the generator
   * fills every table. Flyway is called for at most {@link #BATCH} migrations at a time, so that
   * {@code progress} can say where it is. Adds an outcome per migration; returns the index of the
   * one that failed, or -1.
   */
  int leading(
      Session session,
      List<Migration> applied,
      Progress progress,
      List<MigrationOutcome> outcomes) {
    int from = 0;
    for (int i = 0; i < applied.size(); i++) {
      Migration m = applied.get(i);
      if (i < applied.size() - 1 && !seedScripts.containsKey(m.version()) && i - from + 1 < BATCH) {
        continue;
      }
      progress.at(from);
      Applied up = up(session, m);
      int failed = up.failure() == null ? -1 : failedIn(applied, from, i, up.failure());
      int last = failed < 0 ? i : failed;
      for (int k = from; k <= last; k++) {
        Migration each = applied.get(k);
        // a migration applied by one Flyway call with others has no time of its own
        long ms = from == i ? up.upMillis() : -1;
        Applied alone = k == failed ? up : new Applied(ms, null, null);
        MigrationOutcome outcome = outcome(session, each, alone, null);
        outcomes.add(outcome);
        print.accept(each, outcome);
      }
      if (failed >= 0) {
        return failed;
      }
      session.userSeed(m);
      from = i + 1;
    }
    if (!applied.isEmpty()) {
      session.generateAll(applied.get(applied.size() - 1));
    }
    return -1;
  }

  /**
   * The index of the migration among {@code from..to} whose up Flyway was applying at {@code f}.
   */
  private static int failedIn(List<Migration> applied, int from, int to, StepFailure f) {
    Path script = FlywayRunner.failedScript(f);
    if (script != null) {
      for (int k = from; k <= to; k++) {
        if (applied.get(k).upScript().getFileName().equals(script.getFileName())) {
          return k;
        }
      }
    }
    return to;
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
