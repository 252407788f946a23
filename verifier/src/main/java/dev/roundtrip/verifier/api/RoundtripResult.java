package dev.roundtrip.verifier.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The verdict of a run: one {@link DialectRun} per dialect, and where the report was written.
 *
 * @param dialects per dialect verified, in configuration order
 * @param problems the dialects that could not be verified, and why
 * @param report the JSON report file
 */
public record RoundtripResult(
    List<DialectRun> dialects, List<DialectProblem> problems, Path report) {

  public RoundtripResult {
    dialects = List.copyOf(dialects);
    problems = List.copyOf(problems);
  }

  public RoundtripResult(List<DialectRun> dialects, Path report) {
    this(dialects, List.of(), report);
  }

  public List<Finding> findings() {
    return dialects.stream().flatMap(d -> d.allFindings().stream()).toList();
  }

  public List<Finding> errors() {
    return findings().stream().filter(Finding::failing).toList();
  }

  /** No failing finding, and every dialect verified. */
  public boolean passed() {
    return errors().isEmpty() && problems.isEmpty();
  }
}
