package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.DialectProblem;
import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.database.Cleanup;
import dev.roundtrip.verifier.database.DatabaseProvider;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.Providers;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the round trip on every configured dialect, each on a server of its own; several dialects at
 * once unless the configuration asks for one after the other. A dialect that cannot be verified (no
 * database could be provided) is reported as a problem without stopping the others.
 */
public final class RoundTripRunner {
  private final RoundtripConfig config;
  private final Providers providers;

  public RoundTripRunner(RoundtripConfig config, Providers providers) {
    this.config = config;
    this.providers = providers;
  }

  /**
   * What to verify on one dialect.
   *
   * @param dialect the dialect
   * @param folders the migration folders for it ({@code {vendor}} replaced)
   * @param migrations its migrations, in version order
   * @param allowances the allowances of its migrations and of the configuration
   * @param roundTripped the versions to round-trip, the others being only applied; null for all
   */
  public record Plan(
      Dialect dialect,
      List<Path> folders,
      List<Migration> migrations,
      Allowances allowances,
      Set<MigrationVersion> roundTripped) {
    public Plan {
      folders = List.copyOf(folders);
      migrations = List.copyOf(migrations);
      roundTripped = roundTripped == null ? null : Set.copyOf(roundTripped);
    }

    /** A plan that round-trips every migration. */
    public Plan(
        Dialect dialect, List<Path> folders, List<Migration> migrations, Allowances allowances) {
      this(dialect, folders, migrations, allowances, null);
    }
  }

  /** The runs of the dialects verified and the problems of those that could not be. */
  public record Outcome(List<DialectRun> runs, List<DialectProblem> problems) {}

  public Outcome run(List<Plan> plans) {
    int threads = config.parallel() ? Math.max(1, plans.size()) : 1;
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "roundtrip-dialect-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (Plan plan : plans) {
        futures.add(pool.submit(() -> verify(plan)));
      }
      List<Result> results = new ArrayList<>();
      for (Future<Result> f : futures) {
        results.add(await(f));
      }
      // on SIGTERM the cleanup hook stopped the servers under the run: nothing it found is news
      Cleanup.awaitExitIfExiting();
      return collect(results);
    } finally {
      pool.shutdownNow();
    }
  }

  private record Result(DialectRun run, DialectProblem problem) {}

  private Result verify(Plan plan) {
    Dialect dialect = plan.dialect();
    ProgressListener out = config.listener();
    try {
      DatabaseProvider provider =
          providers.choose(dialect, config.provider(), config.providerSettings(), out);
      long start = System.nanoTime();
      try (DatabaseServer server = provider.start(dialect, config.providerSettings())) {
        out.info(
            "["
                + dialect.id()
                + "] "
                + server.describe()
                + " ready in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
        for (String note : server.notes()) {
          out.info("[" + dialect.id() + "] " + note);
        }
        DialectRoundTrip trip =
            new DialectRoundTrip(config, dialect, server, plan.folders(), plan.allowances());
        return new Result(trip.run(plan.migrations(), plan.roundTripped()), null);
      }
    } catch (RoundtripException e) {
      Cleanup.awaitExitIfExiting();
      out.warn("[" + dialect.id() + "] not verified: " + e.getMessage());
      return new Result(null, new DialectProblem(dialect.id(), e.getMessage(), e.fix()));
    }
  }

  private static Result await(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RoundtripException("interrupted while verifying", "Run the build again.", e);
    } catch (ExecutionException e) {
      Cleanup.awaitExitIfExiting();
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Outcome collect(List<Result> results) {
    List<DialectRun> runs = new ArrayList<>();
    List<DialectProblem> problems = new ArrayList<>();
    for (Result r : results) {
      if (r.run() != null) {
        runs.add(r.run());
      }
      if (r.problem() != null) {
        problems.add(r.problem());
      }
    }
    return new Outcome(runs, problems);
  }
}
