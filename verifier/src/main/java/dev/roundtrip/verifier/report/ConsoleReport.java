package dev.roundtrip.verifier.report;

import dev.roundtrip.verifier.api.DialectProblem;
import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.RoundtripResult;
import java.util.ArrayList;
import java.util.List;

/** The summary printed at the end of a run: a table per dialect, then each finding. */
public final class ConsoleReport {
  private ConsoleReport() {}

  /** The summary table, one line per dialect. */
  public static List<String> summary(RoundtripResult result) {
    List<String> lines = new ArrayList<>();
    String format = "%-12s %-9s %6s %6s %7s %7s %8s  %s";
    if (result.dialects().isEmpty() && result.problems().isEmpty()) {
      lines.add("Roundtrip summary: no migration selected on any dialect, nothing round-tripped");
      return lines;
    }
    lines.add("Roundtrip summary");
    lines.add(
        String.format(
            format,
            "dialect",
            "result",
            "passed",
            "failed",
            "skipped",
            "applied",
            "time",
            "database"));
    for (DialectRun run : result.dialects()) {
      lines.add(
          String.format(
              format,
              run.dialect(),
              run.passed() ? "PASSED" : "FAILED",
              run.count(Status.PASSED),
              run.count(Status.FAILED),
              run.count(Status.NOT_CHECKED),
              run.count(Status.APPLIED),
              String.format("%.1f s", run.millis() / 1000.0),
              run.database()));
    }
    for (DialectProblem p : result.problems()) {
      lines.add(
          String.format(format, p.dialect(), "ERROR", "-", "-", "-", "-", "-", "not verified"));
    }
    return lines;
  }

  /** One block per finding: the headline, where, the evidence, then the fix. */
  public static List<String> finding(Finding f) {
    List<String> lines = new ArrayList<>();
    String migration = f.version() == null ? "" : " V" + f.version();
    lines.add("[" + f.dialect() + "]" + migration + " " + f.rule().id() + ": " + f.message());
    if (!f.location().isEmpty()) {
      lines.add("    at " + f.location());
    }
    for (String e : f.evidence()) {
      lines.add("    - " + e);
    }
    if (f.allowed()) {
      lines.add("    allowed: " + f.allowance());
    } else if (!f.fix().isEmpty()) {
      lines.add("    fix: " + f.fix());
    }
    return lines;
  }
}
