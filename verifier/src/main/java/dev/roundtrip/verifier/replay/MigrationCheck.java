package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss;
import dev.roundtrip.verifier.data.DataSnapshot;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.schema.SchemaDiff;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The round trip of one migration N on a session whose database is at N-1 with data: up N (no data
 * lost), seed, down N (schema and every value back as before), up N again (applies, same schema and
 * data as the first time).
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
  private long upMs = -1;
  private long downMs = -1;
  private long reapplyMs = -1;

  /** The up failed: the migrations after this one cannot be checked. */
  boolean stopped;

  /** The checks left the database in doubt: continue from a fresh one at this migration. */
  boolean dirty;

  /** The schema the next migration starts from, unless {@link #dirty}. */
  SchemaSnapshot next;

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
    DataSnapshot dataBefore = session.data.snapshot("before");
    DataSnapshot dataAfterUp = null;
    try {
      long t = System.nanoTime();
      try {
        session.flyway.migrateTo(m.version(), m.upScript());
      } catch (StepFailure f) {
        upMs = since(t);
        add(findings.upFailed(m, f));
        halfApplied(Phase.UP, m.upScript(), f, before);
        stopped = true;
        return outcome();
      }
      upMs = since(t);
      SchemaSnapshot afterUp = session.schema.snapshot();
      next = afterUp;
      dataAfterUp = session.data.snapshot("up");
      List<DataLoss> upLosses = session.data.lost(dataBefore, Mode.UP);
      session.data.seed(dataAfterUp.tablesToSeed(dataBefore), m.label());
      DifferenceLocator.Script up = session.script(m.upScript());
      if (m.downScript() == null) {
        add(findings.missingDown(m));
        reportUpLosses(upLosses, null, up);
        session.userSeed(m);
        return outcome();
      }
      return downAndReapply(dataBefore, dataAfterUp, afterUp, upLosses, up);
    } finally {
      DataChecks.close(dataBefore, dataAfterUp);
    }
  }

  private MigrationOutcome downAndReapply(
      DataSnapshot dataBefore,
      DataSnapshot dataAfterUp,
      SchemaSnapshot afterUp,
      List<DataLoss> upLosses,
      DifferenceLocator.Script up) {
    DataSnapshot written = session.data.snapshot("written");
    try {
      return downAndReapply(dataBefore, dataAfterUp, written, afterUp, upLosses, up);
    } finally {
      DataChecks.close(written);
    }
  }

  private MigrationOutcome downAndReapply(
      DataSnapshot dataBefore,
      DataSnapshot dataAfterUp,
      DataSnapshot written,
      SchemaSnapshot afterUp,
      List<DataLoss> upLosses,
      DifferenceLocator.Script up) {
    long t = System.nanoTime();
    try {
      session.down.runDown(m);
    } catch (StepFailure f) {
      downMs = since(t);
      add(findings.downFailed(m, f));
      halfApplied(Phase.DOWN, m.downScript(), f, afterUp);
      dirty = true;
      return outcome();
    }
    downMs = since(t);
    DifferenceLocator.Script down = session.script(m.downScript());
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
    }
    List<DataLoss> discarded = session.data.discarded(dataBefore, dataAfterUp, written);
    if (!discarded.isEmpty()) {
      add(dataFindings.discarded(m, discarded));
    }

    t = System.nanoTime();
    try {
      session.flyway.migrateTo(m.version(), m.upScript());
    } catch (StepFailure f) {
      reapplyMs = since(t);
      add(findings.reapplyFailed(m, f, dirty));
      halfApplied(Phase.REAPPLY, m.upScript(), f, afterDown);
      dirty = true;
      return outcome();
    }
    reapplyMs = since(t);
    SchemaDiff same = SchemaDiff.between(afterUp, session.schema.snapshot());
    if (!same.isEmpty()) {
      add(findings.reapplyDiffers(m, locator.locate(same.differences())));
      dirty = true;
    }
    for (DataLoss loss : session.data.lost(dataAfterUp, Mode.EXACT)) {
      add(dataFindings.reapplyDiffers(m, loss, up));
    }
    if (!dirty) {
      seedForNext(dataBefore);
    }
    return outcome();
  }

  /**
   * The down dropped what the first seeding put into new tables and columns: fill them again, and
   * run the project's seed script, so that the next migration meets data everywhere.
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
        upMs,
        downMs,
        reapplyMs,
        found);
  }

  private static long since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
