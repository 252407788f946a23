package dev.roundtrip.verifier.report;

import dev.roundtrip.verifier.api.DialectProblem;
import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.RoundtripException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes {@code roundtrip-report.json}: per dialect, per migration, every finding. */
public final class JsonReport {
  public static final String FILE_NAME = "roundtrip-report.json";

  private JsonReport() {}

  /** Writes the report of runs that all completed into {@code directory}; returns its path. */
  public static Path write(Path directory, List<DialectRun> runs) {
    return write(directory, runs, List.of());
  }

  /**
   * Writes the report into {@code directory} and returns its path: the dialects verified, then
   * those that could not be, with the reason (under {@code notVerified}).
   */
  public static Path write(Path directory, List<DialectRun> runs, List<DialectProblem> problems) {
    return write(directory, runs, problems, null, null);
  }

  /**
   * As {@link #write(Path, List, List)}, saying which migrations the run round-tripped: {@code
   * from} (a version) and {@code since} (a git ref) as configured, null when unset. Migrations they
   * left out have the status {@code APPLIED}.
   */
  public static Path write(
      Path directory,
      List<DialectRun> runs,
      List<DialectProblem> problems,
      String from,
      String since) {
    Path file = directory.resolve(FILE_NAME);
    try {
      Files.createDirectories(directory);
      Map<String, Object> doc = document(runs, problems);
      doc.put("from", from);
      doc.put("since", since);
      Files.writeString(file, Json.write(doc), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RoundtripException(
          "cannot write the report " + file + ": " + e.getMessage(),
          "Check that the report directory is writable.",
          e);
    }
    return file;
  }

  static Map<String, Object> document(List<DialectRun> runs) {
    return document(runs, List.of());
  }

  static Map<String, Object> document(List<DialectRun> runs, List<DialectProblem> problems) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("tool", "roundtrip");
    doc.put("passed", problems.isEmpty() && runs.stream().allMatch(DialectRun::passed));
    long errors =
        runs.stream().flatMap(r -> r.allFindings().stream()).filter(Finding::failing).count();
    doc.put("errors", errors);
    doc.put("dialects", runs.stream().map(JsonReport::dialect).toList());
    List<Map<String, Object>> notVerified = new ArrayList<>();
    for (DialectProblem p : problems) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("dialect", p.dialect());
      m.put("message", p.message());
      m.put("fix", p.fix());
      notVerified.add(m);
    }
    doc.put("notVerified", notVerified);
    return doc;
  }

  private static Map<String, Object> dialect(DialectRun run) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dialect", run.dialect());
    m.put("database", run.database());
    m.put("passed", run.passed());
    m.put("millis", run.millis());
    m.put("migrations", run.migrations().stream().map(JsonReport::migration).toList());
    m.put("findings", run.findings().stream().map(JsonReport::finding).toList());
    return m;
  }

  private static Map<String, Object> migration(MigrationOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", o.version());
    m.put("description", o.description());
    m.put("status", o.status().name());
    Map<String, Object> millis = new LinkedHashMap<>();
    millis.put("up", o.upMillis());
    millis.put("down", o.downMillis());
    millis.put("reapply", o.reapplyMillis());
    millis.put("downAfterWrites", o.times().downAfterWrites());
    millis.put("reapplyAfterWrites", o.times().reapplyAfterWrites());
    m.put("millis", millis);
    m.put("findings", o.findings().stream().map(JsonReport::finding).toList());
    return m;
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", f.rule().id());
    m.put("severity", f.severity().name());
    m.put("dialect", f.dialect());
    m.put("version", f.version());
    m.put("phase", f.phase().label());
    m.put("file", f.file());
    m.put("line", f.line());
    m.put("message", f.message());
    m.put("evidence", f.evidence());
    m.put("fix", f.fix());
    m.put("allowed", f.allowance());
    return m;
  }
}
