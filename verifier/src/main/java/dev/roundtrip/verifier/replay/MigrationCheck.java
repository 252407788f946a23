package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.MigrationOutcome.StepTimes;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss;
import dev.roundtrip.verifier.data.DataSnapshot;
import dev.roundtrip.verifier.dialect.DataErrors;
import dev.roundtrip.verifier.execution.StepFailure;
import dev.roundtrip.verifier.execution.Watchdog;
import dev.roundtrip.verifier.findings.DataFindings;
import dev.roundtrip.verifier.findings.DifferenceLocator;
import dev.roundtrip.verifier.findings.Findings;
import dev.roundtrip.verifier.findings.HalfApplied;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.schema.SchemaDiff;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The round trip of one migration N on a session whose database is at N-1 with data, judging the
 * down as a rollback is used:
 *
 * <ol>
 *   <li>up N: no data lost;
 *   <li>down N right after it, nothing written in between: the schema and every value back as
 *       before;
 *   <li>up N again: applies, same schema and data as the first time;
 *   <li>rows written under N's schema (the generator), then down N again: it runs, the schema is
 *       back and no row that existed before up N is lost; values written after the up may flow back
 *       into them, and what only N created is discarded (a warning);
 *   <li>up N a third time, and the database goes on to N+1.
 * </ol>
 *
 * A first up that fails is left to the caller to judge ({@link #upFailure}): it may have failed on
 * the generated rows alone.
 */
final class MigrationCheck {
  private final Session session;
  private final Findings findings;
  private final DataFindings dataFindings;
  private final HalfApplied halfApplied;
  private final Allowances allowances;
  private final Migration m;
  private final SchemaSnapshot before;
  private final List<Finding> found = new ArrayList<>();

  /** Tables whose rows the first down did not bring back: the second need not say it again. */
  private final Set<String> rowsReported = new HashSet<>();

  private long upMs = -1;
  private long downMs = -1;
  private long reapplyMs = -1;
  private long downAfterWritesMs = -1;
  private long reapplyAfterWritesMs = -1;

  /** The up failed: the migrations after this one cannot be checked on this database. */
  boolean stopped;

  /** The checks left the database in doubt: continue from a fresh one at this migration. */
  boolean dirty;

  /** The schema the next migration starts from, unless {@link #dirty} or {@link #stopped}. */
  SchemaSnapshot next;

  /**
   * Why the first up failed, unless it was stopped at a time limit (then a finding says so): no
   * finding is added for it until the caller knows whether it failed on the generated rows.
   */
  StepFailure upFailure;

  MigrationCheck(
      Session session,
      Findings findings,
      Allowances allowances,
      Migration m,
      SchemaSnapshot before) {
    this.session = session;
    this.findings = findings;
    this.dataFindings = new DataFindings(findings);
    this.halfApplied = new HalfApplied(findings, session.dialect);
    this.allowances = allowances;
    this.m = m;
    this.before = before;
  }

  MigrationOutcome run() {
    session.data.scope(session.touched(m));
    DataSnapshot dataBefore = session.data.snapshot("before");
    DataSnapshot dataAfterUp = null;
    try {
      long t = System.nanoTime();
      long mark = session.watchdog.mark();
      try {
        session.runUp(m);
      } catch (StepFailure f) {
        upMs = since(t);
        stopped = true;
        Finding timedOut = timedOut(Phase.UP, m.upScript(), f, mark);
        if (timedOut == null) {
          upFailure = f;
        } else {
          add(timedOut);
          halfApplied(Phase.UP, m.upScript(), f, before);
        }
        return outcome();
      }
      upMs = since(t);
      if (stoppedQuietly(Phase.UP, m.upScript(), mark)) {
        stopped = true;
        return outcome();
      }
      SchemaSnapshot afterUp = session.schema.snapshot();
      next = afterUp;
      dataAfterUp = session.data.snapshot("up");
      List<DataLoss> upLosses = session.data.lost(dataBefore, Mode.UP);
      DifferenceLocator.Script up = session.script(m.upScript());
      if (m.downScript() == null) {
        add(findings.missingDown(m));
        reportUpLosses(upLosses, null, up);
        session.data.seed(dataAfterUp.tablesToSeed(dataBefore), m.label());
        session.userSeed(m);
        return outcome();
      }
      DifferenceLocator.Script down = session.script(m.downScript());
      if (rightAfterTheUp(dataBefore, dataAfterUp, afterUp, upLosses, up, down)) {
        afterWrites(dataBefore, dataAfterUp, afterUp, down);
      }
      return outcome();
    } finally {
      DataChecks.close(dataBefore, dataAfterUp);
      session.data.scope(Optional.empty());
    }
  }

  /** Adds the up's failure as {@code up-failed}, with what it left behind where it could. */
  MigrationOutcome upFailed() {
    add(findings.upFailed(m, upFailure));
    halfApplied(Phase.UP, m.upScript(), upFailure, before);
    return outcome();
  }

  /**
   * Adds {@code f}, the up's dependence on the generated rows, in front of what was found; the same
   * dependence met again after the down with writes is said once.
   */
  MigrationOutcome withFirst(Finding f) {
    String meaning = DataDependence.meaningIn(f);
    found.removeIf(
        g -> g.rule() == Rule.UP_FAILS_ON_DATA && meaning.equals(DataDependence.meaningIn(g)));
    found.add(0, allowances.apply(session.present(f)));
    return outcome();
  }

  /**
   * Down right after the up, then up again; returns whether the database is at N as after the first
   * up, so that the round with writes can follow.
   */
  private boolean rightAfterTheUp(
      DataSnapshot dataBefore,
      DataSnapshot dataAfterUp,
      SchemaSnapshot afterUp,
      List<DataLoss> upLosses,
      DifferenceLocator.Script up,
      DifferenceLocator.Script down) {
    long t = System.nanoTime();
    long mark = session.watchdog.mark();
    try {
      session.runDown(m);
    } catch (StepFailure f) {
      downMs = since(t);
      stepFailed(findings.downFailed(m, f), Phase.DOWN, m.downScript(), f, mark, afterUp);
      return false;
    }
    downMs = since(t);
    if (stoppedQuietly(Phase.DOWN, m.downScript(), mark)) {
      dirty = true;
      return false;
    }
    DifferenceLocator locator = new DifferenceLocator(up, down, findings);
    SchemaSnapshot afterDown = session.schema.snapshot();
    SchemaDiff restored = SchemaDiff.between(before, afterDown);
    List<DataLoss> downLosses = session.data.lost(dataBefore, Mode.EXACT);
    reportUpLosses(upLosses, downLosses, up);
    if (!restored.isEmpty()) {
      add(findings.schemaNotRestored(m, locator.locate(restored.differences())));
      dirty = true;
    }
    for (DataLoss loss : downLosses) {
      add(dataFindings.notRestored(m, loss, down));
      if (loss.column() == null) {
        rowsReported.add(loss.table());
      }
    }

    t = System.nanoTime();
    mark = session.watchdog.mark();
    try {
      session.runUp(m);
    } catch (StepFailure f) {
      reapplyMs = since(t);
      stepFailed(
          findings.reapplyFailed(m, f, dirty), Phase.REAPPLY, m.upScript(), f, mark, afterDown);
      return false;
    }
    reapplyMs = since(t);
    if (stoppedQuietly(Phase.REAPPLY, m.upScript(), mark)) {
      dirty = true;
      return false;
    }
    SchemaDiff same = SchemaDiff.between(afterUp, session.schema.snapshot());
    if (!same.isEmpty()) {
      add(findings.reapplyDiffers(m, locator.locate(same.differences())));
      dirty = true;
    }
    for (DataLoss loss : session.data.lost(dataAfterUp, Mode.EXACT)) {
      add(dataFindings.reapplyDiffers(m, loss, up));
    }
    return !dirty;
  }

  /**
   * Rows written under N's schema, then the down again: it must run, bring the schema back and keep
   * every row from before the up; then the up a third time, and rows for the next migration.
   */
  private void afterWrites(
      DataSnapshot dataBefore,
      DataSnapshot dataAfterUp,
      SchemaSnapshot afterUp,
      DifferenceLocator.Script down) {
    session.data.seed(dataAfterUp.tablesToSeed(dataBefore), m.label());
    DataSnapshot written = session.data.snapshot("written");
    try {
      long t = System.nanoTime();
      long mark = session.watchdog.mark();
      try {
        session.runDown(m);
      } catch (StepFailure f) {
        downAfterWritesMs = since(t);
        stepFailed(
            findings.downFailedAfterWrites(m, f),
            Phase.DOWN_AFTER_WRITES,
            m.downScript(),
            f,
            mark,
            afterUp);
        return;
      }
      downAfterWritesMs = since(t);
      if (stoppedQuietly(Phase.DOWN_AFTER_WRITES, m.downScript(), mark)) {
        dirty = true;
        return;
      }
      SchemaSnapshot afterDown = session.schema.snapshot();
      SchemaDiff restored = SchemaDiff.between(before, afterDown);
      if (!restored.isEmpty()) {
        DifferenceLocator locator =
            new DifferenceLocator(session.script(m.upScript()), down, findings);
        add(findings.schemaNotRestoredAfterWrites(m, locator.locate(restored.differences())));
        dirty = true;
      }
      for (DataLoss loss : session.data.lost(dataBefore, Mode.ROWS)) {
        if (loss.column() == null && !rowsReported.contains(loss.table())) {
          add(dataFindings.notRestoredAfterWrites(m, loss, down));
        }
      }
      List<DataLoss> discarded = session.data.discarded(dataBefore, dataAfterUp, written);
      if (!discarded.isEmpty()) {
        add(dataFindings.discarded(m, discarded));
      }
    } finally {
      DataChecks.close(written);
    }
    if (dirty) {
      return;
    }
    long t = System.nanoTime();
    long mark = session.watchdog.mark();
    try {
      session.runUp(m);
    } catch (StepFailure f) {
      reapplyAfterWritesMs = since(t);
      if (session.dialect.dataErrors().of(f.getCause()).isPresent()) {
        // the rows written after the up were generated ones: the up depends on data
        add(new DataDependence(session, findings).afterWrites(m, f));
        dirty = true;
        return;
      }
      stepFailed(
          findings.reapplyFailedAfterWrites(m, f),
          Phase.REAPPLY_AFTER_WRITES,
          m.upScript(),
          f,
          mark,
          before);
      return;
    }
    reapplyAfterWritesMs = since(t);
    if (stoppedQuietly(Phase.REAPPLY_AFTER_WRITES, m.upScript(), mark)) {
      dirty = true;
      return;
    }
    seedForNext(dataBefore);
  }

  /**
   * The down dropped what the seeding put into new tables and columns: fill them again, and run the
   * project's seed script, so that the next migration meets data everywhere.
   */
  private void seedForNext(DataSnapshot dataBefore) {
    DataSnapshot now = session.data.counts("next");
    session.data.seed(now.tablesToSeed(dataBefore), m.label());
    session.userSeed(m);
  }

  /**
   * Data the up dropped or changed is lost unless it moved elsewhere or the down brought it back
   * exactly ({@code downLosses} null: there is no down).
   */
  private void reportUpLosses(
      List<DataLoss> upLosses, List<DataLoss> downLosses, DifferenceLocator.Script up) {
    for (DataLoss loss : upLosses) {
      if (loss.moved()) {
        add(dataFindings.moved(m, loss, up));
      } else if (downLosses == null || notRestored(loss, downLosses)) {
        add(dataFindings.lost(m, loss, up, downLosses != null));
      }
    }
  }

  private static boolean notRestored(DataLoss upLoss, List<DataLoss> downLosses) {
    for (DataLoss d : downLosses) {
      if (d.table().equals(upLoss.table())
          && (upLoss.column() == null
              || d.column() == null
              || d.column().equals(upLoss.column()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A step after the up failed: says so, as {@code timed-out} where a limit stopped it, with what
   * it left behind compared with {@code start}; the database is in doubt from here.
   */
  private void stepFailed(
      Finding otherwise, Phase phase, Path script, StepFailure f, long mark, SchemaSnapshot start) {
    Finding timedOut = timedOut(phase, script, f, mark);
    add(timedOut != null ? timedOut : otherwise);
    halfApplied(phase, script, f, start);
    dirty = true;
  }

  /**
   * Whether a step that ended without an error had one of its statements stopped at a time limit
   * since {@code mark} (MySQL's {@code SLEEP} returns instead of failing when stopped); if so, says
   * so as {@code timed-out}.
   */
  private boolean stoppedQuietly(Phase phase, Path script, long mark) {
    Optional<Watchdog.Stop> stop = session.watchdog.stoppedSince(mark);
    stop.ifPresent(s -> add(findings.timedOut(m, phase, script, null, s)));
    return stop.isPresent();
  }

  /** The finding for a step stopped at a time limit since {@code mark}, or null. */
  private Finding timedOut(Phase phase, Path script, StepFailure f, long mark) {
    SQLException cause = DataErrors.sqlCause(f);
    if (cause == null || !session.dialect.activity().isCancellation(cause)) {
      return null;
    }
    return session
        .watchdog
        .stoppedSince(mark)
        .map(stop -> findings.timedOut(m, phase, script, f, stop))
        .orElse(null);
  }

  /**
   * Where DDL is not transactional, a failed step may have left part of its statements applied:
   * report what it left, compared with the schema {@code start} it started from.
   */
  private void halfApplied(Phase phase, Path script, StepFailure f, SchemaSnapshot start) {
    if (session.dialect.transactionalDdl()) {
      return;
    }
    SchemaDiff left = SchemaDiff.between(start, session.schema.snapshot());
    Finding finding = halfApplied.of(m, phase, session.script(script), f, left);
    if (finding != null) {
      add(finding);
    }
  }

  private void add(Finding f) {
    found.add(allowances.apply(session.present(f)));
  }

  private MigrationOutcome outcome() {
    return new MigrationOutcome(
        m.version().toString(),
        m.description(),
        found.stream().anyMatch(Finding::failing) ? Status.FAILED : Status.PASSED,
        new StepTimes(upMs, downMs, reapplyMs, downAfterWritesMs, reapplyAfterWritesMs),
        found);
  }

  private static long since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
