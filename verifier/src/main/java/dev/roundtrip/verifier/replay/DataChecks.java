package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Durations;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.Redaction;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.catalog.Catalog;
import dev.roundtrip.verifier.data.ConnectionSource;
import dev.roundtrip.verifier.data.DataDiff;
import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss;
import dev.roundtrip.verifier.data.DataSnapshot;
import dev.roundtrip.verifier.data.SeedOptions;
import dev.roundtrip.verifier.data.SeedReport;
import dev.roundtrip.verifier.data.Seeder;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.execution.Watchdog;
import dev.roundtrip.verifier.findings.Findings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The data side of one database's round trip: snapshots before and after each step, the generator
 * that fills new tables and columns, and the comparisons that name lost data.
 */
final class DataChecks {
  private final RoundtripConfig config;
  private final DisposableDatabase database;
  private final ConnectionSource checks;
  private final List<String> schemas;
  private final Set<String> excluded;
  private final DataDiff diff;
  private final ProgressListener out;
  private final Dialect dialect;
  private final Watchdog watchdog;
  private final Supplier<Catalog> catalog;
  private long generatedRows;
  private TouchedTables scope;

  DataChecks(
      RoundtripConfig config,
      DisposableDatabase database,
      ConnectionSource checks,
      List<String> schemas,
      Dialect dialect,
      Watchdog watchdog,
      Supplier<Catalog> catalog) {
    this.config = config;
    this.catalog = catalog;
    this.watchdog = watchdog;
    this.database = database;
    this.checks = checks;
    this.schemas = schemas;
    this.excluded = Set.of(config.table());
    this.diff = new DataDiff(dialect, checks, schemas, excluded);
    this.out = config.listener();
    this.dialect = dialect;
  }

  /**
   * Limits the snapshots and comparisons to {@code tables}, the ones a migration can change; empty:
   * every table.
   */
  void scope(Optional<TouchedTables> tables) {
    this.scope = tables.orElse(null);
  }

  /** The tables of the database as it is, in name order. */
  List<TableInfo> tables() {
    return guard(() -> catalog.get().tables());
  }

  DataSnapshot snapshot(String tag) {
    return guard(() -> DataSnapshot.take(dialect, checks, schemas, scoped(), tag, true));
  }

  DataSnapshot counts(String tag) {
    return guard(() -> DataSnapshot.take(dialect, checks, schemas, scoped(), tag, false));
  }

  List<DataLoss> lost(DataSnapshot before, Mode mode) {
    return guard(() -> diff.lost(before, mode, scoped()));
  }

  List<DataLoss> discarded(DataSnapshot before, DataSnapshot afterUp, DataSnapshot written) {
    return guard(() -> diff.discarded(before, afterUp, written, scoped()));
  }

  /** The tables of the catalog within the scope. */
  private List<TableInfo> scoped() throws SQLException {
    List<TableInfo> tables = catalog.get().tables();
    if (scope == null) {
      return tables;
    }
    return tables.stream().filter(scope::contains).toList();
  }

  /**
   * Fills the tables of {@code tables} (qualified names; empty means all) with generated rows, as
   * configured; returns nothing when the generator is off.
   */
  void seed(Set<String> tables, String label) {
    if (config.seedRows() == 0 || tables.isEmpty()) {
      return;
    }
    SeedReport report =
        guard(
            () -> {
              try (Connection c = database.connect()) {
                return new Seeder(
                        dialect, new SeedOptions(config.seedRows(), config.seed(), tables))
                    .seed(c, schemas, catalog.get().tables());
              }
            });
    report.insertedRows().values().forEach(n -> generatedRows += n);
    for (String line : report.toLines()) {
      out.debug("[" + dialect.id() + "] seed after " + label + ": " + line);
    }
  }

  /** How many rows the generator has written into this database so far. */
  long generatedRows() {
    return generatedRows;
  }

  static void close(DataSnapshot... snapshots) {
    for (DataSnapshot s : snapshots) {
      if (s != null) {
        try {
          s.close();
        } catch (SQLException ignored) {
          // the database is disposable; a copy left behind goes with it
        }
      }
    }
  }

  private interface SqlWork<T> {
    T run() throws SQLException;
  }

  private <T> T guard(SqlWork<T> work) {
    long mark = watchdog.mark();
    try {
      return work.run();
    } catch (SQLException e) {
      Watchdog.Stop stop = watchdog.stoppedSince(mark).orElse(null);
      if (stop != null && dialect.activity().isCancellation(e)) {
        throw new RoundtripException(
            "a data check of "
                + database.describe()
                + (stop.lockWait()
                    ? " waited longer than the lock-wait limit of "
                    : " ran longer than the statement limit of ")
                + Durations.show(stop.limit())
                + " and was stopped: "
                + Findings.shortened(String.valueOf(stop.statement().sql())),
            stop.lockWait()
                ? "Something holds a lock on the tables; run again with -X and report it."
                : "Raise <statementTimeout> for tables this large.",
            e);
      }
      throw new RoundtripException(
          "cannot read or seed the data of "
              + database.describe()
              + ": "
              + Redaction.redact(e.getMessage(), database.password()),
          "This is a problem of Roundtrip or the database, not of your migrations; run again"
              + " with -X and report it with the output.",
          e);
    }
  }
}
