package dev.roundtrip.verifier;

import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripResult;
import dev.roundtrip.verifier.database.Providers;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.migration.FlywayMigrationSource;
import dev.roundtrip.verifier.migration.Locations;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationInputException;
import dev.roundtrip.verifier.migration.MigrationVersion;
import dev.roundtrip.verifier.replay.Allowances;
import dev.roundtrip.verifier.replay.RoundTripRunner;
import dev.roundtrip.verifier.replay.RoundTripRunner.Outcome;
import dev.roundtrip.verifier.replay.RoundTripRunner.Plan;
import dev.roundtrip.verifier.report.JsonReport;
import dev.roundtrip.verifier.selection.Selection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine's entry point: discovers the migrations, verifies them on every configured dialect and
 * writes the report.
 *
 * <pre>{@code
 * RoundtripResult result = Roundtrip.verify(RoundtripConfig.builder(projectDir).build());
 * if (!result.passed()) { ... result.errors() ... }
 * }</pre>
 */
public final class Roundtrip {
  private Roundtrip() {}

  /**
   * Runs the round trip.
   *
   * @throws dev.roundtrip.verifier.api.RoundtripException for input or infrastructure problems (no
   *     migrations, malformed file names, no database); findings about migrations are in the result
   *     instead
   */
  public static RoundtripResult verify(RoundtripConfig config) {
    List<Plan> plans = new ArrayList<>();
    // dialects that read the same folders share their migrations and allowances
    Map<List<Path>, List<Migration>> read = new HashMap<>();
    Map<List<Path>, Allowances> allowed = new HashMap<>();
    for (Dialect dialect : config.dialects()) {
      List<Path> folders = Locations.forDialect(config.migrationDirectories(), dialect);
      List<Migration> migrations =
          read.computeIfAbsent(folders, f -> new FlywayMigrationSource(f).migrations());
      if (migrations.isEmpty()) {
        throw new MigrationInputException(
            "no versioned migrations (V<version>__<description>.sql) found in "
                + folders
                + (config.dialects().size() > 1 ? " for " + dialect.id() : ""),
            "Point <locations> at your Flyway migrations, e.g. classpath:db/migration"
                + " for src/main/resources/db/migration.");
      }
      Allowances allowances =
          allowed.computeIfAbsent(
              folders, f -> Allowances.of(migrations, config.allows(), config.encoding()));
      plans.add(new Plan(dialect, folders, migrations, allowances));
    }
    boolean oneSource = read.size() == 1;
    for (Plan plan : plans) {
      config
          .listener()
          .info(
              "Roundtrip: "
                  + (oneSource ? "" : "[" + plan.dialect().id() + "] ")
                  + plan.migrations().size()
                  + " migration(s) from "
                  + describe(config.projectDirectory(), plan.folders()));
      if (oneSource) {
        break;
      }
    }
    Selection selection = Selection.of(config.from(), config.since(), config.projectDirectory());
    if (!selection.isEvery()) {
      plans = selected(plans, selection, config);
    }
    Outcome outcome = new RoundTripRunner(config, Providers.discover()).run(plans);
    Path report =
        JsonReport.write(
            config.reportDirectory(),
            outcome.runs(),
            outcome.problems(),
            selection.from(),
            selection.since());
    return new RoundtripResult(outcome.runs(), outcome.problems(), report);
  }

  /**
   * The plans with the migrations {@code selection} round-trips, each said in a line; a dialect
   * with none is left out (no database is started for it).
   */
  private static List<Plan> selected(
      List<Plan> plans, Selection selection, RoundtripConfig config) {
    List<Plan> kept = new ArrayList<>();
    Map<List<Path>, Set<MigrationVersion>> picked = new HashMap<>();
    for (Plan plan : plans) {
      Set<MigrationVersion> versions =
          picked.computeIfAbsent(
              plan.folders(),
              f ->
                  selection.pick(
                      plan.migrations(),
                      describe(config.projectDirectory(), f)
                          + (plans.size() > 1 ? " (" + plan.dialect().id() + ")" : "")));
      int all = plan.migrations().size();
      String dialect = "[" + plan.dialect().id() + "] ";
      if (versions.isEmpty()) {
        config
            .listener()
            .info(
                dialect
                    + "no migration"
                    + (selection.fromLabel() == null
                        ? ""
                        : " from " + selection.fromLabel() + " on")
                    + " changed since "
                    + selection.since()
                    + ": nothing to round-trip, no database started ("
                    + all
                    + " migration(s) unchanged)");
        continue;
      }
      config
          .listener()
          .info(
              dialect
                  + versions.size()
                  + " migration(s) round-tripped, "
                  + (all - versions.size())
                  + " only applied ("
                  + selection.describe()
                  + ")");
      kept.add(
          new Plan(plan.dialect(), plan.folders(), plan.migrations(), plan.allowances(), versions));
    }
    return kept;
  }

  private static String describe(Path base, List<Path> dirs) {
    return String.join(
        ", ",
        dirs.stream()
            .map(
                d ->
                    d.toAbsolutePath().startsWith(base)
                        ? base.relativize(d.toAbsolutePath()).toString()
                        : d.toString())
            .toList());
  }
}
