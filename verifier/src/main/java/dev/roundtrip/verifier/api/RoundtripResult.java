package dev.roundtrip.verifier.api;

import java.nio.file.Path;
import java.util.List;

/**
 * The verdict of a run: one {@link DialectRun} per dialect, and where the report was written.
 *
 * @param dialects per dialect, in configuration order
 * @param report the JSON report file
 */
public record RoundtripResult(List<DialectRun> dialects, Path report) {

  public RoundtripResult {
    dialects = List.copyOf(dialects);
  }

  public List<Finding> findings() {
    return dialects.stream().flatMap(d -> d.allFindings().stream()).toList();
  }

  public List<Finding> errors() {
    return findings().stream().filter(Finding::failing).toList();
  }

  public boolean passed() {
    return errors().isEmpty();
  }
}
