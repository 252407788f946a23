package dev.roundtrip.verifier.execution;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.Redaction;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

/**
 * Runs up steps through the real Flyway engine, one migration at a time, with the project's Flyway
 * settings, exactly as production runs them.
 */
public final class FlywayRunner {
  private final FluentConfiguration base;
  private final DisposableDatabase database;
  private final ProgressListener listener;
  private final MigrationFiles files;

  /**
   * Whether the history is known to hold exactly the versioned migrations up to {@link #applied}
   * (none while it is null): then a step shows Flyway only the migrations it applies, without
   * validating the others again; otherwise Flyway sees and validates them all, as its own scan
   * would.
   */
  private boolean known = true;

  private MigrationVersion applied;

  public FlywayRunner(
      RoundtripConfig config, Dialect dialect, DisposableDatabase database, List<Path> folders) {
    this.database = database;
    this.listener = config.listener();
    this.files = new MigrationFiles(folders, config.encoding());
    FluentConfiguration conf =
        Flyway.configure(FlywayRunner.class.getClassLoader())
            .dataSource(database.jdbcUrl(), database.user(), database.password())
            .locations(
                folders.stream()
                    .map(p -> "filesystem:" + p.toAbsolutePath())
                    .toArray(String[]::new))
            .table(config.table())
            .placeholders(config.placeholders())
            .placeholderPrefix(config.placeholderPrefix())
            .placeholderSuffix(config.placeholderSuffix())
            .placeholderReplacement(config.placeholderReplacement())
            .encoding(config.encoding())
            .loggers(FlywayLog.class.getName())
            .resourceProvider(files)
            .cleanDisabled(true)
            .validateMigrationNaming(false);
    if (!config.schemas().isEmpty()) {
      conf.schemas(config.schemas().toArray(String[]::new));
    }
    dialect.configureFlyway(conf);
    this.base = conf;
  }

  /** Applies every pending migration up to and including {@code target}. */
  public void migrateTo(MigrationVersion target, Path script) throws StepFailure {
    boolean window = known;
    MigrationVersion from = applied;
    files.show(v -> v.compareTo(target) <= 0 && (!window || from == null || v.compareTo(from) > 0));
    known = false;
    try {
      Flyway flyway =
          Flyway.configure(FlywayRunner.class.getClassLoader())
              .configuration(base)
              .target(target.toString())
              .validateOnMigrate(!window)
              .load();
      FlywayLog.during(listener, flyway::migrate);
      // what the history holds is known again only where it was known before this step
      known = window;
      applied = from != null && from.compareTo(target) > 0 ? from : target;
    } catch (FlywayMigrateException e) {
      throw new StepFailure(
          sqlMessage(e), script, e.getLineNumber() > 0 ? e.getLineNumber() : 0, null, e);
    } catch (FlywayException e) {
      throw new StepFailure(sqlMessage(e), script, 0, null, e);
    }
  }

  /**
   * The down of {@code version} ran and took its row out of the history: the history holds the
   * migrations before it. A down that failed leaves the history unknown ({@link #unknown()}).
   */
  public void rolledBack(MigrationVersion version) {
    if (!known || applied == null || !applied.equals(version)) {
      known = false;
      return;
    }
    MigrationVersion before = null;
    for (MigrationVersion v : files.versions()) {
      if (v.compareTo(version) < 0 && (before == null || v.compareTo(before) > 0)) {
        before = v;
      }
    }
    applied = before;
  }

  /**
   * The history holds exactly the versioned migrations up to {@code version}, as Flyway applied
   * them (a database made as a copy of one this runner's kind brought there).
   */
  public void holds(MigrationVersion version) {
    known = true;
    applied = version;
  }

  /** Something other than Flyway changed the history: the next step lets Flyway see it all. */
  public void unknown() {
    known = false;
  }

  /**
   * The script of the migration Flyway was applying when {@code f} happened, or null when it does
   * not say: with several pending migrations, the one that failed, which may come before the
   * target's.
   */
  public static Path failedScript(StepFailure f) {
    if (f.getCause() instanceof FlywayMigrateException e && e.getAbsolutePathOnDisk() != null) {
      return Path.of(e.getAbsolutePathOnDisk());
    }
    return null;
  }

  /** The database's own words for the failure, without Flyway's banner or secrets. */
  private String sqlMessage(FlywayException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return DatabaseMessages.of(sql, database.password());
      }
    }
    return Redaction.redact(DatabaseMessages.firstLine(e.getMessage()), database.password());
  }
}
