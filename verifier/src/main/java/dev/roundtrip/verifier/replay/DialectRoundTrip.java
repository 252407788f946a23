package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.Placeholders;
import dev.roundtrip.verifier.dialect.PostgresStatementSplitter;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.schema.SchemaDiff;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The round trip of every migration on one dialect, on databases of one server: for each migration
 * N, up N, down N (the schema must be back as before up N), up N again (it must apply and give the
 * same schema as the first up N). A migration whose checks left the database in doubt is followed
 * by a fresh database migrated straight to N, so that each migration is judged on its own.
 */
final class DialectRoundTrip {
  private final RoundtripConfig config;
  private final Dialect dialect;
  private final DatabaseServer server;
  private final ProgressListener out;
  private final Findings findings;
  private final StatementSplitter splitter = new PostgresStatementSplitter();
  private final ScriptReader reader;

  private DisposableDatabase database;
  private FlywayRunner flyway;
  private DownScriptRunner downRunner;
  private SchemaProbe probe;
  private Placeholders placeholders;

  DialectRoundTrip(RoundtripConfig config, Dialect dialect, DatabaseServer server) {
    this.config = config;
    this.dialect = dialect;
    this.server = server;
    this.out = config.listener();
    this.findings = new Findings(dialect.id(), config.projectDirectory());
    this.reader = new ScriptReader(config.encoding());
  }

  DialectRun run(List<Migration> migrations) {
    long start = System.nanoTime();
    List<MigrationOutcome> outcomes = new ArrayList<>();
    List<Finding> general = new ArrayList<>();
    try {
      open();
      SchemaSnapshot current = probe.snapshot();
      for (int i = 0; i < migrations.size(); i++) {
        Migration m = migrations.get(i);
        Step step = new Step(m, current);
        MigrationOutcome outcome = step.check();
        outcomes.add(outcome);
        print(m, outcome);
        if (step.stopped) {
          List<Migration> rest = migrations.subList(i + 1, migrations.size());
          if (!rest.isEmpty()) {
            general.add(findings.notChecked(m, rest));
            for (Migration skipped : rest) {
              outcomes.add(
                  new MigrationOutcome(
                      skipped.version().toString(),
                      skipped.description(),
                      Status.NOT_CHECKED,
                      -1,
                      -1,
                      -1,
                      List.of()));
            }
          }
          break;
        }
        current = step.next;
      }
    } finally {
      closeDatabase();
    }
    return new DialectRun(
        dialect.id(),
        server.describe(),
        outcomes,
        general,
        (System.nanoTime() - start) / 1_000_000);
  }

  private void open() {
    database = server.createDatabase();
    flyway = new FlywayRunner(config, database);
    probe = new SchemaProbe(database, config);
    placeholders = FlywayPlaceholders.forDatabase(config, database, probe.defaultSchema());
    downRunner = new DownScriptRunner(config, database, splitter, placeholders, reader);
  }

  private void closeDatabase() {
    if (database != null) {
      DisposableDatabase db = database;
      database = null;
      db.close();
    }
  }

  /** A fresh database migrated straight to {@code m}; returns its schema. */
  private SchemaSnapshot resetTo(Migration m) throws StepFailure {
    out.debug("[" + dialect.id() + "] fresh database, migrating to " + m.label());
    closeDatabase();
    open();
    flyway.migrateTo(m.version(), m.upScript());
    return probe.snapshot();
  }

  private void print(Migration m, MigrationOutcome o) {
    StringBuilder line = new StringBuilder();
    line.append('[').append(dialect.id()).append("] ").append(m.label()).append(' ');
    line.append(m.description());
    line.append(" : up ").append(ms(o.upMillis()));
    line.append(", down ").append(ms(o.downMillis()));
    line.append(", re-up ").append(ms(o.reapplyMillis()));
    line.append(" -> ").append(o.status() == Status.PASSED ? "OK" : "FAILED");
    if (!o.findings().isEmpty()) {
      line.append(" (")
          .append(String.join(", ", o.findings().stream().map(f -> f.rule().id()).toList()))
          .append(')');
    }
    if (o.status() == Status.PASSED) {
      out.info(line.toString());
    } else {
      out.warn(line.toString());
    }
  }

  private static String ms(long millis) {
    return millis < 0 ? "-" : millis + " ms";
  }

  /** The checks of one migration. */
  private final class Step {
    private final Migration m;
    private final SchemaSnapshot before;
    private final List<Finding> found = new ArrayList<>();
    private long upMs = -1;
    private long downMs = -1;
    private long reapplyMs = -1;
    private boolean stopped;
    private SchemaSnapshot next;

    Step(Migration m, SchemaSnapshot before) {
      this.m = m;
      this.before = before;
    }

    MigrationOutcome check() {
      long t = System.nanoTime();
      try {
        flyway.migrateTo(m.version(), m.upScript());
      } catch (StepFailure f) {
        upMs = since(t);
        found.add(findings.upFailed(m, f));
        stopped = true;
        return outcome();
      }
      upMs = since(t);
      SchemaSnapshot afterUp = probe.snapshot();
      next = afterUp;
      if (m.downScript() == null) {
        found.add(findings.missingDown(m));
        return outcome();
      }
      t = System.nanoTime();
      try {
        downRunner.runDown(m);
      } catch (StepFailure f) {
        downMs = since(t);
        found.add(findings.downFailed(m, f));
        return recover();
      }
      downMs = since(t);
      DifferenceLocator locator = locator();
      SchemaDiff restored = SchemaDiff.between(before, probe.snapshot());
      boolean dirty = !restored.isEmpty();
      if (dirty) {
        found.add(findings.schemaNotRestored(m, locator.locate(restored.differences())));
      }
      t = System.nanoTime();
      try {
        flyway.migrateTo(m.version(), m.upScript());
      } catch (StepFailure f) {
        reapplyMs = since(t);
        found.add(findings.reapplyFailed(m, f, dirty));
        return recover();
      }
      reapplyMs = since(t);
      SchemaSnapshot afterReapply = probe.snapshot();
      SchemaDiff same = SchemaDiff.between(afterUp, afterReapply);
      if (!same.isEmpty()) {
        found.add(findings.reapplyDiffers(m, locator.locate(same.differences())));
      }
      return dirty || !same.isEmpty() ? recover() : outcome();
    }

    /** Continues from a fresh database at this migration, whatever state the checks left. */
    private MigrationOutcome recover() {
      try {
        next = resetTo(m);
      } catch (StepFailure f) {
        found.add(findings.upFailed(m, f));
        stopped = true;
      }
      return outcome();
    }

    private DifferenceLocator locator() {
      return new DifferenceLocator(script(m.upScript()), script(m.downScript()), findings);
    }

    private DifferenceLocator.Script script(java.nio.file.Path file) {
      try {
        return new DifferenceLocator.Script(file, reader.statements(file, splitter, placeholders));
      } catch (StepFailure unreadable) {
        return new DifferenceLocator.Script(file, List.of());
      }
    }

    private MigrationOutcome outcome() {
      return new MigrationOutcome(
          m.version().toString(),
          m.description(),
          found.isEmpty() ? Status.PASSED : Status.FAILED,
          upMs,
          downMs,
          reapplyMs,
          found);
    }
  }

  private static long since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
