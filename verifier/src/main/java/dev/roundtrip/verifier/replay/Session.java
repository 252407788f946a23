package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.catalog.Catalog;
import dev.roundtrip.verifier.data.DataSnapshot;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.Placeholders;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import dev.roundtrip.verifier.execution.DownScriptRunner;
import dev.roundtrip.verifier.execution.FlywayPlaceholders;
import dev.roundtrip.verifier.execution.FlywayRunner;
import dev.roundtrip.verifier.execution.ScriptReader;
import dev.roundtrip.verifier.execution.SqlScriptRunner;
import dev.roundtrip.verifier.execution.StepFailure;
import dev.roundtrip.verifier.execution.Watchdog;
import dev.roundtrip.verifier.findings.DifferenceLocator;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationInputException;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One disposable database and the tools bound to it: Flyway for up steps, the down executor, schema
 * and data probes, and the watchdog that puts a time limit on every statement run in it. A fresh
 * session replaces one whose state is in doubt.
 */
final class Session implements AutoCloseable {
  final DisposableDatabase database;
  final Dialect dialect;
  final StatementSplitter splitter;
  final ScriptReader reader;
  final FlywayRunner flyway;
  final SchemaProbe schema;
  final Placeholders placeholders;
  final DownScriptRunner down;
  final DataChecks data;
  final Watchdog watchdog;

  private final Map<MigrationVersion, Path> seedScripts;
  private final boolean defaultSchemaOnly;
  private final List<String> schemas;
  private final Set<String> excluded;
  private final CheckConnection checks;
  private final boolean owned;
  private Catalog catalog;

  /** A session on a new, empty database of {@code server}, dropped when the session closes. */
  Session(
      RoundtripConfig config,
      Dialect dialect,
      DatabaseServer server,
      List<Path> folders,
      Map<MigrationVersion, Path> seedScripts) {
    this(config, dialect, server.createDatabase(), true, null, folders, seedScripts);
  }

  /**
   * A session on {@code database}, whose history Flyway brought to {@code applied} (null: empty),
   * applying its versioned migrations in order and nothing else; closing the session closes its
   * connections and, when it is {@code owned}, drops the database.
   */
  Session(
      RoundtripConfig config,
      Dialect dialect,
      DisposableDatabase database,
      boolean owned,
      MigrationVersion applied,
      List<Path> folders,
      Map<MigrationVersion, Path> seedScripts) {
    this.dialect = dialect;
    this.splitter = dialect.splitter();
    this.defaultSchemaOnly = config.schemas().isEmpty();
    this.seedScripts = seedScripts;
    this.database = database;
    this.owned = owned;
    this.checks = new CheckConnection(database::connect);
    Watchdog started = null;
    try {
      started =
          new Watchdog(
              database,
              dialect.activity(),
              dialect.watchedDatabases(database.name()),
              config.statementTimeout(),
              config.lockTimeout(),
              config.listener(),
              dialect.id());
      this.watchdog = started;
      this.reader = new ScriptReader(config.encoding());
      this.flyway = new FlywayRunner(config, dialect, database, folders);
      if (applied != null) {
        flyway.holds(applied);
      }
      this.schema = new SchemaProbe(database, config, dialect, this::catalog);
      String defaultSchema = schema.defaultSchema();
      this.placeholders = FlywayPlaceholders.forDatabase(config, database, defaultSchema);
      this.down = new DownScriptRunner(config, dialect, database, splitter, placeholders, reader);
      this.schemas = config.schemas().isEmpty() ? List.of(defaultSchema) : config.schemas();
      this.excluded = Set.of(config.table());
      this.data =
          new DataChecks(config, database, checks, schemas, dialect, started, this::catalog);
    } catch (RuntimeException e) {
      if (started != null) {
        started.close();
      }
      if (owned) {
        database.close();
      }
      throw e;
    }
  }

  /**
   * The finding as users read it: where the run's database is the schema (the MySQL family), names
   * lose the disposable database's generated name ({@code orders.total}, not {@code
   * roundtrip_..._1a2b.orders.total}).
   */
  Finding present(Finding f) {
    if (!dialect.databaseIsSchema() || !defaultSchemaOnly) {
      return f;
    }
    String prefix = database.name() + ".";
    String quoted = dialect.quote(database.name()) + ".";
    return f.rewritten(t -> t == null ? null : t.replace(quoted, "").replace(prefix, ""));
  }

  /**
   * The catalog of the database as it is: read once per state, shared by the schema snapshots, the
   * data checks and the seeder; every step that may run DDL (an up, a down, a seed script) starts a
   * new one.
   */
  Catalog catalog() {
    if (catalog == null) {
      catalog = new Catalog(dialect.catalogReader(), checks, schemas, excluded);
    }
    return catalog;
  }

  /** Flyway applies {@code m}'s up (to its version). */
  void runUp(Migration m) throws StepFailure {
    catalog = null;
    flyway.migrateTo(m.version(), m.upScript());
  }

  /** The down executor runs {@code m}'s down. */
  void runDown(Migration m) throws StepFailure {
    catalog = null;
    try {
      down.runDown(m);
    } catch (StepFailure | RuntimeException e) {
      flyway.unknown();
      throw e;
    }
    flyway.rolledBack(m.version());
  }

  /**
   * The tables {@code m}'s up and down scripts can change, in the database as it is (see {@link
   * TouchedTables}); empty when that cannot be told, which means every table.
   */
  Optional<TouchedTables> touched(Migration m) {
    List<String> sql = new ArrayList<>();
    List<Path> scripts =
        m.downScript() == null ? List.of(m.upScript()) : List.of(m.upScript(), m.downScript());
    try {
      for (Path file : scripts) {
        for (SqlStatement statement : reader.statements(file, splitter, placeholders)) {
          sql.add(statement.sql());
        }
      }
    } catch (StepFailure unreadable) {
      return Optional.empty();
    }
    return TouchedTables.of(sql, schema.snapshot(), data.tables());
  }

  /** The statements of a script, or none when it cannot be read (used to point at lines). */
  DifferenceLocator.Script script(Path file) {
    try {
      return new DifferenceLocator.Script(file, reader.statements(file, splitter, placeholders));
    } catch (StepFailure unreadable) {
      return new DifferenceLocator.Script(file, List.of());
    }
  }

  /**
   * Brings a fresh database to the state after {@code applied} (the migrations before the one to
   * check, in order) without round trips: Flyway migrates to each version that has a seed script
   * and the script runs, then to the last one; with {@code generate}, the generator then fills
   * every table.
   */
  void migrateThrough(List<Migration> applied, boolean generate) throws StepFailure {
    if (applied.isEmpty()) {
      return;
    }
    for (Migration m : applied) {
      if (seedScripts.containsKey(m.version())) {
        runUp(m);
        userSeed(m);
      }
    }
    Migration last = applied.get(applied.size() - 1);
    runUp(last);
    if (generate) {
      generateAll(last);
    }
  }

  /** The generator fills every table of a database brought straight to {@code last}. */
  void generateAll(Migration last) {
    DataSnapshot counts = data.counts("fresh");
    try {
      data.seed(counts.tablesToSeed(null), last.label());
    } finally {
      DataChecks.close(counts);
    }
  }

  /** Whether the generator has written rows into this session's database. */
  boolean holdsGeneratedRows() {
    return data.generatedRows() > 0;
  }

  /**
   * Runs the project's seed script for {@code m} ({@code after-V<version>.sql} in the seed script
   * folder), if there is one.
   *
   * @throws MigrationInputException when the script fails
   */
  void userSeed(Migration m) {
    Path script = seedScripts.get(m.version());
    if (script == null) {
      return;
    }
    catalog = null;
    try {
      new SqlScriptRunner(database, reader, splitter, placeholders).run(script);
    } catch (StepFailure f) {
      throw new MigrationInputException(
          "seed script "
              + script
              + (f.line() > 0 ? ":" + f.line() : "")
              + " failed after "
              + m.label()
              + ": "
              + f.getMessage(),
          "Fix the seed script; it runs right after " + m.label() + " is applied.",
          f);
    }
  }

  @Override
  public void close() {
    try {
      watchdog.close();
      checks.close();
    } catch (SQLException ignored) {
      // the database is dropped next, and its connections with it
    } finally {
      if (owned) {
        database.close();
      }
    }
  }
}
