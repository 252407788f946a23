package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.GenCheckParser.GenRelation;
import dev.roundtrip.verifier.data.SeedPlan.Step;
import dev.roundtrip.verifier.data.SeedRows.GenRow;
import dev.roundtrip.verifier.data.TableInfo.UniqueKey;
import dev.roundtrip.verifier.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fills the tables of a PostgreSQL, MySQL or MariaDB database with generated rows, from the catalog
 * alone: no configuration per schema. Values honour types, lengths, precision and scale, NOT NULL,
 * unique keys, foreign keys (parents first; self-references and cycles inserted as NULL and set
 * afterwards), enums, domains and the simple forms of CHECK constraints, and deliberately include
 * boundary values: NULL, empty and maximum-length strings, quotes, backslashes and non-ASCII text,
 * extreme and full-scale numbers, timestamps with time of day and offsets, far-apart dates.
 *
 * <p>The same schema, options and seed give the same rows. Identity, serial and generated columns
 * are left to the database. A row the database rejects is skipped and counted in the {@link
 * SeedReport}, never failing the run; so is a table the seeder cannot fill.
 *
 * <p>Seeding only adds rows: user triggers must not rewrite existing ones. On PostgreSQL they are
 * switched off with {@code session_replication_role = replica} where the role may do so. On MySQL
 * and MariaDB a "schema" is a database, and values are written as those servers read them in strict
 * mode (TIMESTAMP between 1970 and 2038, YEAR between 1901 and 2155, unsigned ranges, bytes for
 * binary columns, numbers for BIT); the session's {@code time_zone} is {@code +00:00} while seeding
 * and its {@code sql_mode} is left as the server has it. There is no way to switch user triggers
 * off for a session there, so the triggers of the seeded databases (of every table, since a trigger
 * may write another table) are dropped before the first row and created again afterwards, also when
 * seeding fails: each in its place among the triggers of its table, timing and event, with the same
 * body, under the {@code sql_mode}, {@code character_set_client} and {@code collation_connection}
 * it was created with, and with the same definer where the server lets this user name it (else with
 * this user, which the report notes); only their creation time is new. The report says which
 * triggers fired instead, and why: for instance those created with a client character set other
 * than UTF-8, which a JDBC connection cannot send again, and all of them when the seeder joins the
 * caller's transaction, which {@code DROP TRIGGER} would commit. Each dialect does its part through
 * its {@link SeedDatabase} ({@link Dialect#seedDatabase}).
 *
 * <p>With a connection in auto-commit mode the seeder commits its rows; otherwise they join the
 * caller's transaction.
 */
public final class Seeder {
  private static final int PARENT_ROWS = 1_000;
  private static final int KNOWN_KEYS = 100_000;

  private final Dialect dialect;
  private final SeedOptions options;

  /** A seeder for the dialect's databases. */
  public Seeder(Dialect dialect, SeedOptions options) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Seeds the tables of the schemas.
   *
   * @param connection a connection to the database; its session settings are restored afterwards
   * @param schemas the schemas whose tables to seed; on MySQL and MariaDB, the databases
   * @param excludedTables unqualified names of tables to leave alone, e.g. Flyway's history table
   * @return what was inserted and what was skipped
   * @throws SQLException when the catalog cannot be read or the connection fails (rows the database
   *     rejects are reported, not thrown); on MySQL and MariaDB also when a trigger taken out for
   *     seeding cannot be created again, with a message that names it and gives its definition
   */
  public SeedReport seed(Connection connection, List<String> schemas, Set<String> excludedTables)
      throws SQLException {
    Objects.requireNonNull(connection, "connection");
    if (schemas.isEmpty() || options.rowsPerTable() == 0) {
      // nothing to read: the seeding below refuses no schemas, or returns an empty report
      return seed(connection, schemas, List.of());
    }
    return seed(
        connection, schemas, dialect.catalogReader().tables(connection, schemas, excludedTables));
  }

  /**
   * Seeds {@code tables}, the tables of the schemas as the dialect's catalog reader read them in
   * the database as it is ({@link dev.roundtrip.verifier.catalog.Catalog#tables()}); otherwise as
   * {@link #seed(Connection, List, Set)}.
   */
  public SeedReport seed(Connection connection, List<String> schemas, List<TableInfo> tables)
      throws SQLException {
    Objects.requireNonNull(connection, "connection");
    if (schemas.isEmpty()) {
      throw new IllegalArgumentException("no schemas to seed: name at least one, e.g. public");
    }
    SeedReport.Builder report = new SeedReport.Builder();
    if (options.rowsPerTable() == 0) {
      return report.build();
    }
    SeedDatabase<?> database = open(connection, report);
    try {
      seed(connection, database, schemas, tables, report);
      database.commit();
    } catch (Throwable failure) {
      closeAfter(database, failure);
      throw failure;
    }
    database.close();
    return report.build();
  }

  /**
   * Closes the database after seeding failed. The failure stays the exception thrown, with what
   * closing threw attached, unless closing lost triggers: that is worse, and thrown instead, with
   * the failure attached.
   */
  private static void closeAfter(SeedDatabase<?> database, Throwable failure)
      throws TriggerRestoreException {
    try {
      database.close();
    } catch (TriggerRestoreException lost) {
      lost.addSuppressed(failure);
      throw lost;
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private SeedDatabase<?> open(Connection connection, SeedReport.Builder report)
      throws SQLException {
    return dialect.seedDatabase(connection, report);
  }

  private <I> void seed(
      Connection connection,
      SeedDatabase<I> database,
      List<String> schemas,
      List<TableInfo> tables,
      SeedReport.Builder report)
      throws SQLException {
    database.prepare(schemas, tables);
    SeedPlan plan = SeedPlan.of(targets(tables, report));
    plan.skips().forEach(skip -> report.skippedTable(skip.table().qualifiedName(), skip.reason()));
    Map<Step, List<I>> deferred = new LinkedHashMap<>();
    for (Step step : plan.steps()) {
      List<I> rows = seedGuarded(connection, step, database, report);
      if (!step.deferred().isEmpty() && !rows.isEmpty()) {
        deferred.put(step, rows);
      }
    }
    for (Map.Entry<Step, List<I>> entry : deferred.entrySet()) {
      link(entry.getKey(), entry.getValue(), database, report);
    }
  }

  private List<TableInfo> targets(List<TableInfo> tables, SeedReport.Builder report) {
    if (options.onlyTables().isEmpty()) {
      return tables;
    }
    Set<String> names = new LinkedHashSet<>();
    tables.forEach(t -> names.add(t.qualifiedName()));
    options.onlyTables().stream()
        .filter(name -> !names.contains(name))
        .sorted()
        .forEach(name -> report.note("no table " + name + " to seed in the schemas"));
    return tables.stream().filter(t -> options.onlyTables().contains(t.qualifiedName())).toList();
  }

  /**
   * Seeds one table under a savepoint: when the database refuses something other than a row (a
   * table it may not read, say), the table is skipped with the database's message.
   */
  private <I> List<I> seedGuarded(
      Connection connection, Step step, SeedDatabase<I> database, SeedReport.Builder report)
      throws SQLException {
    Savepoint savepoint = connection.setSavepoint();
    try {
      List<I> rows = seedTable(step, database, report);
      connection.releaseSavepoint(savepoint);
      return rows;
    } catch (SQLException e) {
      connection.rollback(savepoint);
      return skip(
          step.table(),
          "the database refused to seed it (SQLSTATE "
              + e.getSQLState()
              + "): "
              + database.message(e),
          report);
    }
  }

  /** Seeds one table; returns its new rows as the database finds them again. */
  private <I> List<I> seedTable(Step step, SeedDatabase<I> database, SeedReport.Builder report)
      throws SQLException {
    TableInfo table = step.table();
    List<ColumnInfo> insertable =
        table.columns().stream().filter(c -> !c.leftToDatabase()).toList();
    Map<String, GenRule> rules = new HashMap<>();
    List<GenRelation> relations = new ArrayList<>();
    Map<String, GenType> types = new HashMap<>();
    table.columns().forEach(c -> types.put(c.name(), c.type()));
    table.columns().forEach(c -> rules.put(c.name(), GenCheckParser.domainRule(c.type())));
    for (GenCheck check : table.checks()) {
      GenCheckParser.apply(check, types, rules, relations);
    }
    for (UniqueKey key : table.uniqueKeys()) {
      for (int i = 0; i < key.columns().size(); i++) {
        if (key.prefixLengths().get(i) > 0) {
          rules.get(key.columns().get(i)).distinctPrefix(key.prefixLengths().get(i));
        }
      }
    }
    Map<String, GenColumn> generated = new HashMap<>();
    for (ColumnInfo column : insertable) {
      if (ValueGenerator.supported(column.type())) {
        GenRule rule = rules.get(column.name());
        boolean nullable =
            !column.notNull() && !rule.isNotNull() && !table.primaryKey().contains(column.name());
        long salt = GenColumn.mix(options.seed(), database.seedName(table) + "." + column.name());
        generated.put(
            column.name(),
            new GenColumn(
                column.name(), column.type(), rule, nullable, salt, database.unicode(column)));
      } else if (column.notNull() && column.defaultKind() == ColumnInfo.DefaultKind.NONE) {
        return skip(
            table,
            "column "
                + column.name()
                + " has type "
                + column.type().display()
                + ", which the seeder cannot generate, and is NOT NULL without a default",
            report);
      }
    }
    Set<String> deferredColumns = new LinkedHashSet<>();
    step.deferred().forEach(fk -> deferredColumns.addAll(fk.columns()));
    Map<ForeignKeyInfo, List<List<String>>> parents = new LinkedHashMap<>();
    List<ForeignKeyInfo> foreignKeys =
        table.foreignKeys().stream()
            .filter(fk -> !step.deferred().contains(fk))
            .sorted(
                Comparator.comparing((ForeignKeyInfo fk) -> -fk.columns().size())
                    .thenComparing(ForeignKeyInfo::name))
            .toList();
    for (ForeignKeyInfo fk : foreignKeys) {
      List<List<String>> candidates = database.parentValues(table, fk, PARENT_ROWS);
      if (candidates.isEmpty() && !SeedPlan.nullable(table, fk)) {
        return skip(
            table,
            "foreign key " + fk.name() + " needs a row in " + fk.parent() + ", which has none",
            report);
      }
      parents.put(fk, candidates);
    }
    long existing = database.count(table);
    Map<UniqueKey, Set<List<String>>> used = SeedRows.keys(table, insertable);
    if (existing > 0) {
      for (Map.Entry<UniqueKey, Set<List<String>>> key : used.entrySet()) {
        for (List<String> values : database.values(table, key.getKey().columns(), KNOWN_KEYS)) {
          key.getValue().add(GenKeys.tuple(table, key.getKey(), values));
        }
      }
    }
    long salt = GenColumn.mix(options.seed(), database.seedName(table));
    List<GenRow> rows =
        new SeedRows(table, insertable, generated, relations, parents, deferredColumns, salt, used)
            .build(options.rowsPerTable(), existing, report);
    List<I> inserted = database.insert(table, insertable, rows, !step.deferred().isEmpty());
    report.inserted(table.qualifiedName(), inserted.size());
    return inserted;
  }

  private static <I> List<I> skip(TableInfo table, String reason, SeedReport.Builder report) {
    report.skippedTable(table.qualifiedName(), reason);
    return List.of();
  }

  /** Points the deferred foreign keys of freshly inserted rows at rows of their parents. */
  private <I> void link(
      Step step, List<I> rows, SeedDatabase<I> database, SeedReport.Builder report)
      throws SQLException {
    TableInfo table = step.table();
    List<String> columns = new ArrayList<>();
    List<ForeignKeyInfo> linked = new ArrayList<>();
    List<List<List<String>>> choices = new ArrayList<>();
    for (ForeignKeyInfo fk : step.deferred()) {
      if (fk.columns().stream().noneMatch(columns::contains)) {
        columns.addAll(fk.columns());
        linked.add(fk);
        choices.add(database.parentValues(table, fk, PARENT_ROWS));
      }
    }
    long salt = GenColumn.mix(options.seed(), database.seedName(table) + " links");
    List<List<String>> values = new ArrayList<>();
    for (int row = 0; row < rows.size(); row++) {
      List<String> value = new ArrayList<>();
      int fkNumber = 0;
      for (List<List<String>> candidates : choices) {
        int width = linked.get(fkNumber).columns().size();
        boolean none = candidates.isEmpty() || Math.floorMod(row + fkNumber + salt, 5) == 0;
        for (int i = 0; i < width; i++) {
          value.add(
              none
                  ? null
                  : candidates
                      .get(Math.floorMod(row * 3L + fkNumber + salt, candidates.size()))
                      .get(i));
        }
        fkNumber++;
      }
      values.add(value.stream().allMatch(Objects::isNull) ? null : value);
    }
    List<String> rejections = database.update(table, columns, rows, values);
    if (!rejections.isEmpty()) {
      report.note(
          table.qualifiedName()
              + ": "
              + rejections.size()
              + " rows keep NULL in "
              + String.join(", ", columns)
              + " because pointing them at a row was rejected ("
              + rejections.get(0)
              + ")");
    }
  }
}
