package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.MigrationOutcome.StepTimes;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.api.Severity;
import dev.roundtrip.verifier.database.Cleanup;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.execution.SeedScripts;
import dev.roundtrip.verifier.execution.StepFailure;
import dev.roundtrip.verifier.findings.Findings;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationVersion;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The round trip of every migration on one dialect, on databases of one server, in version order
 * (see {@link MigrationCheck}). A migration whose checks left the database in doubt is followed by
 * a fresh database migrated straight to it and seeded, so that each migration is judged on its own
 * (a copy of one the run keeps, where the server copies databases: {@link FreshDatabases}). A
 * migration that fails on a database holding generated rows is tried again on a fresh database at
 * the migration before it without them (the project's seed rows stay): if it applies there, it
 * failed on the generated data alone, which is a warning, and the run goes on from there.
 */
final class DialectRoundTrip {
  private final RoundtripConfig config;
  private final Dialect dialect;
  private final DatabaseServer server;
  private final ProgressListener out;
  private final Findings findings;
  private final Allowances allowances;
  private final Map<MigrationVersion, Path> seedScripts;
  private final List<Path> folders;
  private final StraightApply straight;
  private final FreshDatabases freshDatabases;

  /** The session of the database the run is on; replaced when its state is in doubt. */
  private Session session;

  /** The schema the next round trip starts from, or null to read it first. */
  private SchemaSnapshot current;

  DialectRoundTrip(
      RoundtripConfig config,
      Dialect dialect,
      DatabaseServer server,
      List<Path> folders,
      Allowances allowances) {
    this.config = config;
    this.dialect = dialect;
    this.server = server;
    this.folders = List.copyOf(folders);
    this.out = config.listener();
    this.findings = new Findings(dialect.id(), config.projectDirectory());
    this.allowances = allowances;
    this.seedScripts = SeedScripts.in(config.seedScriptDirectory());
    this.straight = new StraightApply(findings, allowances, seedScripts, this::print);
    this.freshDatabases = new FreshDatabases(config, dialect, server, folders, seedScripts);
  }

  /** The round trip of every migration. */
  DialectRun run(List<Migration> migrations) {
    return run(migrations, null);
  }

  /**
   * The round trip of the migrations of {@code roundTripped}; the others are only applied: those
   * before the first of them as on a fresh database ({@link Session#migrateThrough}), those after
   * one as after its round trip (the up, generated rows for what it created, the seed script).
   *
   * @param roundTripped the versions to round-trip, or null for all
   */
  DialectRun run(List<Migration> migrations, Set<MigrationVersion> roundTripped) {
    long start = System.nanoTime();
    Progress progress = new Progress(out, dialect.id(), migrations.size());
    List<MigrationOutcome> outcomes = new ArrayList<>();
    List<Finding> general = new ArrayList<>();
    session = new Session(config, dialect, server, folders, seedScripts);
    try {
      int first = 0;
      while (roundTripped != null
          && first < migrations.size()
          && !roundTripped.contains(migrations.get(first).version())) {
        first++;
      }
      int failed = straight.leading(session, migrations.subList(0, first), progress, outcomes);
      if (failed >= 0) {
        notChecked(migrations, failed, outcomes, general);
      }
      for (int i = first; failed < 0 && i < migrations.size(); i++) {
        progress.at(i);
        Migration m = migrations.get(i);
        boolean stopped =
            roundTripped == null || roundTripped.contains(m.version())
                ? roundTrip(migrations, i, outcomes)
                : applyOnly(migrations, i, outcomes);
        if (stopped) {
          notChecked(migrations, i, outcomes, general);
          break;
        }
      }
    } finally {
      try {
        session.close();
      } finally {
        freshDatabases.close();
      }
    }
    return new DialectRun(
        dialect.id(),
        server.describe(),
        outcomes,
        general,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** The round trip of migration {@code i}; returns whether the run stops there. */
  private boolean roundTrip(List<Migration> migrations, int i, List<MigrationOutcome> outcomes) {
    Migration m = migrations.get(i);
    if (current == null) {
      current = session.schema.snapshot();
    }
    MigrationCheck check = new MigrationCheck(session, findings, allowances, m, current);
    MigrationOutcome outcome = check.run();
    if (check.upFailure != null) {
      // on SIGTERM the cleanup hook stopped the server under the up: its failure is no news
      Cleanup.awaitExitIfExiting();
    }
    if (check.upFailure != null && session.holdsGeneratedRows()) {
      // did the generated rows make it fail? The same up on the same schema without them
      Finding onData = new DataDependence(session, findings).of(m, check.upFailure);
      out.debug(
          "["
              + dialect.id()
              + "] "
              + m.label()
              + " failed on a database with generated rows; trying it without them");
      session.close();
      session = fresh(migrations.subList(0, i), false);
      check = new MigrationCheck(session, findings, allowances, m, session.schema.snapshot());
      outcome = check.run();
      if (check.upFailure == null) {
        outcome = check.withFirst(onData);
      }
    }
    if (check.upFailure != null) {
      outcome = check.upFailed();
    }
    // on SIGTERM the cleanup hook stopped the server under the step: its failure is no news
    Cleanup.awaitExitIfExiting();
    current = check.next;
    if (check.dirty && !check.stopped) {
      out.debug("[" + dialect.id() + "] fresh database, migrating to " + m.label());
      session.close();
      session = fresh(migrations.subList(0, i + 1), true);
      current = session.schema.snapshot();
    }
    outcomes.add(outcome);
    print(m, outcome);
    return check.stopped;
  }

  /**
   * Migration {@code i}, left out of the round trips, applied after one as after a round trip;
   * returns whether the run stops there. One that fails on a database holding generated rows is
   * tried again on a fresh one without them, as a round-tripped one is.
   */
  private boolean applyOnly(List<Migration> migrations, int i, List<MigrationOutcome> outcomes) {
    Migration m = migrations.get(i);
    current = null;
    StraightApply.Applied applied = straight.next(session, m);
    Finding onData = null;
    if (applied.failure() != null && applied.timedOut() == null && session.holdsGeneratedRows()) {
      onData = new DataDependence(session, findings).of(m, applied.failure());
      session.close();
      session = fresh(migrations.subList(0, i), false);
      applied = straight.next(session, m);
    }
    Cleanup.awaitExitIfExiting();
    MigrationOutcome outcome = straight.outcome(session, m, applied, onData);
    outcomes.add(outcome);
    print(m, outcome);
    return applied.failure() != null;
  }

  /** Migrations {@code failed + 1} on were not run: {@code failed} could not be applied. */
  private void notChecked(
      List<Migration> migrations,
      int failed,
      List<MigrationOutcome> outcomes,
      List<Finding> general) {
    List<Migration> rest = migrations.subList(failed + 1, migrations.size());
    if (rest.isEmpty()) {
      return;
    }
    general.add(findings.notChecked(migrations.get(failed), rest));
    for (Migration skipped : rest) {
      outcomes.add(
          new MigrationOutcome(
              skipped.version().toString(),
              skipped.description(),
              Status.NOT_CHECKED,
              StepTimes.NONE,
              List.of()));
    }
  }

  /**
   * A new session on a fresh database brought to the state after {@code applied} (migrations that
   * applied before on this dialect), with the project's seed rows and, with {@code generate},
   * generated ones.
   */
  private Session fresh(List<Migration> applied, boolean generate) {
    try {
      return freshDatabases.fresh(applied, generate);
    } catch (StepFailure f) {
      throw new RoundtripException(
          "on a fresh "
              + dialect.displayName()
              + " database, the migrations up to "
              + applied.get(applied.size() - 1).label()
              + ", which had applied before, failed: "
              + Findings.name(f.file())
              + (f.line() > 0 ? ":" + f.line() : "")
              + ": "
              + f.getMessage(),
          "A migration that applies once and not on a fresh database depends on something"
              + " outside it (time, randomness, the server); run again with -X and report it.",
          f);
    }
  }

  private void print(Migration m, MigrationOutcome o) {
    StringBuilder line = new StringBuilder();
    line.append('[').append(dialect.id()).append("] ").append(m.label()).append(' ');
    line.append(m.description());
    StepTimes t = o.times();
    line.append(" : up ").append(ms(t.up()));
    if (o.status() == Status.APPLIED) {
      line.append(" -> only applied");
      appendNotes(line, o);
      if (o.findings().isEmpty()) {
        out.debug(line.toString());
      } else {
        out.warn(line.toString());
      }
      return;
    }
    line.append(", down ").append(ms(t.down()));
    line.append(", re-up ").append(ms(t.reapply()));
    if (t.downAfterWrites() >= 0) {
      line.append(", down after writes ").append(ms(t.downAfterWrites()));
      line.append(", re-up ").append(ms(t.reapplyAfterWrites()));
    }
    line.append(" -> ").append(o.status() == Status.PASSED ? "OK" : "FAILED");
    appendNotes(line, o);
    if (o.status() == Status.PASSED) {
      out.info(line.toString());
    } else {
      out.warn(line.toString());
    }
  }

  private static void appendNotes(StringBuilder line, MigrationOutcome o) {
    List<String> notes = new ArrayList<>();
    for (Finding f : o.findings()) {
      if (f.severity() != Severity.INFO) {
        notes.add(f.rule().id() + (f.allowed() ? " allowed" : ""));
      }
    }
    if (!notes.isEmpty()) {
      line.append(" (").append(String.join(", ", notes)).append(')');
    }
  }

  private static String ms(long millis) {
    return millis < 0 ? "-" : millis + " ms";
  }
}
