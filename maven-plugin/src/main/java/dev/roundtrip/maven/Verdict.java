package dev.roundtrip.maven;

import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.RoundtripResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The build-failure message: each failing migration per dialect, and the report's path. */
final class Verdict {
  private Verdict() {}

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
