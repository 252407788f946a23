package dev.roundtrip.maven;

import dev.roundtrip.verifier.api.DialectProblem;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.RoundtripResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The build-failure message: each failing migration per dialect, and the report's path. */
final class Verdict {
  private Verdict() {}

  /**
   * The message for dialects that could not be verified: each with its reason and fix, then the
   * errors the other dialects found, so that neither hides the other.
   */
  static String problemMessage(RoundtripResult result) {
    StringBuilder out = new StringBuilder();
    int n = result.problems().size();
    out.append("Roundtrip could not verify ").append(n).append(n == 1 ? " dialect:" : " dialects:");
    for (DialectProblem p : result.problems()) {
      out.append("\n  [").append(p.dialect()).append("] ").append(p.message());
      if (!p.fix().isEmpty()) {
        out.append("\n    fix: ").append(p.fix());
      }
    }
    if (!result.errors().isEmpty()) {
      out.append('\n').append(failureMessage(result));
    } else if (!result.dialects().isEmpty()) {
      out.append("\nThe other dialects passed; see the report ").append(result.report());
    }
    return out.toString();
  }

  static String failureMessage(RoundtripResult result) {
    List<Finding> errors = result.errors();
    Map<String, List<String>> perMigration = new LinkedHashMap<>();
    for (Finding f : errors) {
      String key = "[" + f.dialect() + "] V" + f.version();
      perMigration.computeIfAbsent(key, k -> new ArrayList<>()).add(f.rule().id());
    }
    StringBuilder out = new StringBuilder();
    out.append("Roundtrip found ")
        .append(errors.size())
        .append(errors.size() == 1 ? " error" : " errors")
        .append(" in ")
        .append(perMigration.size())
        .append(perMigration.size() == 1 ? " migration" : " migrations")
        .append(':');
    perMigration.forEach(
        (k, rules) -> out.append("\n  ").append(k).append(": ").append(String.join(", ", rules)));
    out.append("\nSee the findings above and the report ").append(result.report());
    return out.toString();
  }
}
