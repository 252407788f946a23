package dev.roundtrip.verifier.findings;

import dev.roundtrip.verifier.api.Durations;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.execution.StepFailure;
import dev.roundtrip.verifier.execution.Watchdog;
import dev.roundtrip.verifier.migration.Migration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Words for the findings of a round trip: what happened, where, and what to do. */
public final class Findings {
  private final String dialect;
  private final Path projectDirectory;

  public Findings(String dialect, Path projectDirectory) {
    this.dialect = dialect;
    this.projectDirectory = projectDirectory;
  }

  String path(Path file) {
    if (file == null) {
      return null;
    }
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(projectDirectory)
        ? projectDirectory.relativize(abs).toString()
        : abs.toString();
  }

  public static String name(Path file) {
    return file.getFileName().toString();
  }

  public Finding finding(
      Rule rule,
      Migration m,
      Path file,
      int line,
      String message,
      List<String> evidence,
      String fix) {
    return new Finding(
        rule,
        rule.severity(),
        dialect,
        m.version().toString(),
        rule.phase(),
        path(file),
        line,
        message,
        evidence,
        fix);
  }

  public Finding missingDown(Migration m) {
    String expected = "U" + name(m.upScript()).substring(1);
    return finding(
        Rule.MISSING_DOWN,
        m,
        m.upScript(),
        0,
        name(m.upScript()) + " has no undo script, so it cannot be rolled back",
        List.of(),
        "Add " + expected + " next to it, undoing everything " + m.label() + " does.");
  }

  public Finding upFailed(Migration m, StepFailure f) {
    return finding(
        Rule.UP_FAILED,
        m,
        m.upScript(),
        f.line(),
        name(m.upScript()) + " failed" + at(f) + ": " + f.getMessage(),
        statement(f),
        "Fix " + m.label() + "; the migrations after it were not checked on " + dialect + ".");
  }

  public Finding downFailed(Migration m, StepFailure f) {
    return finding(
        Rule.DOWN_FAILED,
        m,
        m.downScript(),
        f.line(),
        name(m.downScript()) + " failed" + at(f) + " after " + m.label() + ": " + f.getMessage(),
        statement(f),
        "Make " + name(m.downScript()) + " run on the schema " + m.label() + " leaves behind.");
  }

  /** The down failed when run after rows were written under the schema of the up. */
  public Finding downFailedAfterWrites(Migration m, StepFailure f) {
    return finding(
            Rule.DOWN_FAILED,
            m,
            m.downScript(),
            f.line(),
            name(m.downScript())
                + " failed"
                + at(f)
                + " after "
                + m.label()
                + " and rows written under its schema, though it ran right after "
                + m.label()
                + ": "
                + f.getMessage(),
            statement(f),
            "Make "
                + name(m.downScript())
                + " run on data written under the schema of "
                + m.label()
                + " too: a rollback comes after the application has written rows (here the"
                + " generated ones; run with -X to see them).")
        .inPhase(Phase.DOWN_AFTER_WRITES);
  }

  /** After the writes, the down left another schema than the one before the up. */
  public Finding schemaNotRestoredAfterWrites(Migration m, Located located) {
    return finding(
            Rule.SCHEMA_NOT_RESTORED,
            m,
            located.file(),
            located.line(),
            name(m.downScript())
                + " did not restore the schema as it was before "
                + m.label()
                + " when run after rows were written under the schema of "
                + m.label()
                + " ("
                + plural(located.evidence().size(), "difference")
                + ")",
            located.evidence(),
            "Make "
                + name(m.downScript())
                + " undo exactly what "
                + name(m.upScript())
                + " does, whatever rows were written in between.")
        .inPhase(Phase.DOWN_AFTER_WRITES);
  }

  /** The up failed when applied after the down that followed the writes. */
  public Finding reapplyFailedAfterWrites(Migration m, StepFailure f) {
    return finding(
            Rule.REAPPLY_FAILED,
            m,
            m.upScript(),
            f.line(),
            name(m.upScript())
                + " failed when applied again after "
                + name(m.downScript())
                + " had run on rows written under its schema"
                + at(f)
                + ": "
                + f.getMessage(),
            statement(f),
            "After a rollback of data written under its schema, "
                + m.label()
                + " must apply again: make "
                + name(m.downScript())
                + " leave the data in a state "
                + m.label()
                + " accepts.")
        .inPhase(Phase.REAPPLY_AFTER_WRITES);
  }

  /** A statement of the step {@code phase} went past a time limit and was stopped. */
  public Finding timedOut(Migration m, Phase phase, Path file, StepFailure f, Watchdog.Stop stop) {
    String sql = f != null && f.statement() != null ? f.statement() : stop.statement().sql();
    int line = f == null ? 0 : f.line();
    List<String> evidence = new ArrayList<>();
    if (sql != null) {
      evidence.add("statement: " + shortened(sql));
    }
    if (stop.statement().waitsFor() != null) {
      evidence.add("waiting for: " + stop.statement().waitsFor());
    }
    for (String blocker : stop.blockers()) {
      evidence.add("held by: " + blocker);
    }
    String limit = Durations.show(stop.limit());
    String what =
        stop.lockWait()
            ? " waited longer than the lock-wait limit of "
                + limit
                + (stop.statement().waitsFor() != null
                    ? " for " + stop.statement().waitsFor()
                    : " for a lock")
            : " ran longer than the statement limit of " + limit;
    String fix =
        stop.lockWait()
            ? "Something holds a lock the statement needs (see what it waited for); on a"
                + " disposable database only the migration itself can hold it, e.g. a"
                + " transaction left open. Raise <lockTimeout> only if the wait ends by itself."
            : "Make the statement finish; if it needs longer on this data, raise"
                + " <statementTimeout> (roundtrip.statementTimeout).";
    return finding(
            Rule.TIMED_OUT,
            m,
            file,
            line,
            name(file)
                + (line > 0 ? " at line " + line : "")
                + what
                + " during the "
                + phase.label()
                + " of "
                + m.label()
                + " and was stopped",
            evidence,
            fix)
        .inPhase(phase);
  }

  public Finding schemaNotRestored(Migration m, Located located) {
    return finding(
        Rule.SCHEMA_NOT_RESTORED,
        m,
        located.file(),
        located.line(),
        name(m.downScript())
            + " did not restore the schema as it was before "
            + m.label()
            + " ("
            + plural(located.evidence().size(), "difference")
            + ")",
        located.evidence(),
        "Make " + name(m.downScript()) + " undo exactly what " + name(m.upScript()) + " does.");
  }

  public Finding reapplyFailed(Migration m, StepFailure f, boolean afterDirtyDown) {
    String why =
        afterDirtyDown
            ? "; " + name(m.downScript()) + " left the schema changed (see schema-not-restored)"
            : "";
    return finding(
        Rule.REAPPLY_FAILED,
        m,
        m.upScript(),
        f.line(),
        name(m.upScript())
            + " failed when applied again after "
            + name(m.downScript())
            + at(f)
            + ": "
            + f.getMessage()
            + why,
        statement(f),
        "After the down, "
            + m.label()
            + " must apply cleanly again: make "
            + name(m.downScript())
            + " remove everything "
            + m.label()
            + " creates.");
  }

  public Finding reapplyDiffers(Migration m, Located located) {
    return finding(
        Rule.REAPPLY_SCHEMA_DIFFERS,
        m,
        located.file(),
        located.line(),
        name(m.upScript())
            + " applied again after "
            + name(m.downScript())
            + " gives a different schema than the first time ("
            + plural(located.evidence().size(), "difference")
            + ")",
        located.evidence(),
        "Make "
            + name(m.downScript())
            + " undo exactly what "
            + name(m.upScript())
            + " does, so that the second up starts from the same schema as the first.");
  }

  public Finding notChecked(Migration failed, List<Migration> skipped) {
    String versions = String.join(", ", skipped.stream().map(Migration::label).toList());
    return finding(
        Rule.NOT_CHECKED,
        failed,
        null,
        0,
        plural(skipped.size(), "migration")
            + " not checked on "
            + dialect
            + " because "
            + failed.label()
            + " could not be applied: "
            + versions,
        List.of(),
        "Fix " + failed.label() + " and run again.");
  }

  private static String at(StepFailure f) {
    return f.line() > 0 ? " at line " + f.line() : "";
  }

  private static List<String> statement(StepFailure f) {
    if (f.statement() == null) {
      return List.of();
    }
    return List.of("statement: " + shortened(f.statement()));
  }

  /** A statement on one line, cut after 300 characters. */
  public static String shortened(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ");
    return s.length() > 300 ? s.substring(0, 300) + " ..." : s;
  }

  public static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Where a schema finding points, and its evidence lines. */
  record Located(Path file, int line, List<String> evidence) {}
}
