package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.Severity;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationVersion;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The round trip of every migration on one dialect, on databases of one server, in version order
 * (see {@link MigrationCheck}). A migration whose checks left the database in doubt is followed by
 * a fresh database migrated straight to it and seeded, so that each migration is judged on its own.
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
  }

  DialectRun run(List<Migration> migrations) {
    long start = System.nanoTime();
    List<MigrationOutcome> outcomes = new ArrayList<>();
    List<Finding> general = new ArrayList<>();
    Session session = new Session(config, dialect, server, folders, seedScripts);
    try {
      SchemaSnapshot current = session.schema.snapshot();
      for (int i = 0; i < migrations.size(); i++) {
        Migration m = migrations.get(i);
        MigrationCheck check = new MigrationCheck(session, findings, allowances, m, current);
        MigrationOutcome outcome = check.run();
        current = check.next;
        if (check.dirty && !check.stopped) {
          out.debug("[" + dialect.id() + "] fresh database, migrating to " + m.label());
          session.close();
          session = new Session(config, dialect, server, folders, seedScripts);
          try {
            current = session.migrateAndSeed(m);
          } catch (StepFailure f) {
            outcome =
                withFinding(outcome, allowances.apply(session.present(findings.upFailed(m, f))));
            check.stopped = true;
          }
        }
        outcomes.add(outcome);
        print(m, outcome);
        if (check.stopped) {
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
      }
    } finally {
      session.close();
    }
    return new DialectRun(
        dialect.id(),
        server.describe(),
        outcomes,
        general,
        (System.nanoTime() - start) / 1_000_000);
  }

  private static MigrationOutcome withFinding(MigrationOutcome o, Finding f) {
    List<Finding> all = new ArrayList<>(o.findings());
    all.add(f);
    return new MigrationOutcome(
        o.version(),
        o.description(),
        f.failing() ? Status.FAILED : o.status(),
        o.upMillis(),
        o.downMillis(),
        o.reapplyMillis(),
        all);
  }

  private void print(Migration m, MigrationOutcome o) {
    StringBuilder line = new StringBuilder();
    line.append('[').append(dialect.id()).append("] ").append(m.label()).append(' ');
    line.append(m.description());
    line.append(" : up ").append(ms(o.upMillis()));
    line.append(", down ").append(ms(o.downMillis()));
    line.append(", re-up ").append(ms(o.reapplyMillis()));
    line.append(" -> ").append(o.status() == Status.PASSED ? "OK" : "FAILED");
    List<String> notes = new ArrayList<>();
    for (Finding f : o.findings()) {
      if (f.severity() != Severity.INFO) {
        notes.add(f.rule().id() + (f.allowed() ? " allowed" : ""));
      }
    }
    if (!notes.isEmpty()) {
      line.append(" (").append(String.join(", ", notes)).append(')');
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
}
