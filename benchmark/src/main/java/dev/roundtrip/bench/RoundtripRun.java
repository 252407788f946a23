package dev.roundtrip.bench;

import dev.roundtrip.verifier.Roundtrip;
import dev.roundtrip.verifier.api.DialectProblem;
import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripResult;
import dev.roundtrip.verifier.dialect.Dialect;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Roundtrip's verify through the engine's API, on a database of its own on the benchmark server
 * (provider {@code server}), with the generator at its default or turned off; the result's times
 * per step, counts and first failing findings go into the measurement's properties.
 */
final class RoundtripRun {
  /** Failing findings copied into the result, enough to check them by hand. */
  private static final int FINDINGS_KEPT = 8;

  private RoundtripRun() {}

  static void verify(BenchServer server, Path history, boolean generator, Properties out) {
    RoundtripConfig config =
        RoundtripConfig.builder(history)
            .migrationDirectories(List.of(history.resolve("migrations")))
            .dialects(List.of(Dialect.fromId(server.dialect())))
            .provider("server")
            .providerSettings(new ProviderSettings(server.adminUrl(), null, null))
            .seedRows(generator ? null : 0)
            .reportDirectory(history.resolve(generator ? "report" : "report-nogen"))
            .listener(console())
            .build();
    RoundtripResult result = Roundtrip.verify(config);
    for (DialectProblem problem : result.problems()) {
      throw new IllegalStateException("Roundtrip could not verify: " + problem);
    }
    DialectRun run = result.dialects().get(0);
    long up = 0;
    long down = 0;
    long reapply = 0;
    long downAfterWrites = 0;
    long reapplyAfterWrites = 0;
    for (MigrationOutcome m : run.migrations()) {
      MigrationOutcome.StepTimes t = m.times();
      up += Math.max(0, t.up());
      down += Math.max(0, t.down());
      reapply += Math.max(0, t.reapply());
      downAfterWrites += Math.max(0, t.downAfterWrites());
      reapplyAfterWrites += Math.max(0, t.reapplyAfterWrites());
    }
    out.setProperty("runMs", Long.toString(run.millis()));
    out.setProperty("upMs", Long.toString(up));
    out.setProperty("downMs", Long.toString(down));
    out.setProperty("reapplyMs", Long.toString(reapply));
    out.setProperty("downAfterWritesMs", Long.toString(downAfterWrites));
    out.setProperty("reapplyAfterWritesMs", Long.toString(reapplyAfterWrites));
    out.setProperty("passed", Long.toString(run.count(MigrationOutcome.Status.PASSED)));
    out.setProperty("failed", Long.toString(run.count(MigrationOutcome.Status.FAILED)));
    out.setProperty("notChecked", Long.toString(run.count(MigrationOutcome.Status.NOT_CHECKED)));
    List<Finding> failing = run.allFindings().stream().filter(Finding::failing).toList();
    out.setProperty("failingFindings", Integer.toString(failing.size()));
    for (int i = 0; i < Math.min(FINDINGS_KEPT, failing.size()); i++) {
      Finding f = failing.get(i);
      out.setProperty(
          "finding." + i,
          "V"
              + f.version()
              + " "
              + f.rule().id()
              + " ("
              + f.phase().label()
              + "): "
              + f.message()
              + (f.evidence().isEmpty() ? "" : " | " + String.join(" | ", f.evidence())));
    }
  }

  /**
   * Progress lines on standard output with the time since the start, which the runner keeps in the
   * measurement's log.
   */
  private static ProgressListener console() {
    long start = System.nanoTime();
    return new ProgressListener() {
      @Override
      public void info(String line) {
        System.out.printf("%8d ms %s%n", (System.nanoTime() - start) / 1_000_000, line);
      }

      @Override
      public void warn(String line) {
        info("WARN " + line);
      }

      @Override
      public void debug(String line) {}
    };
  }
}
