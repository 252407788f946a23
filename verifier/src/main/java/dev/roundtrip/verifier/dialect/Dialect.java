package dev.roundtrip.verifier.dialect;

import dev.roundtrip.verifier.catalog.CatalogReader;
import dev.roundtrip.verifier.data.DataSql;
import dev.roundtrip.verifier.data.SeedDatabase;
import dev.roundtrip.verifier.data.SeedReport;
import dev.roundtrip.verifier.database.DialectServers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A SQL dialect Roundtrip verifies migrations on: everything the engine does differently from one
 * database to the next. Implementations are found with {@link java.util.ServiceLoader} (see {@link
 * DialectRegistry}); one instance stands for the dialect, so dialects compare by identity.
 *
 * <p>A dialect gives: how scripts split into statements and which statements break a transaction
 * (the replay), how identifiers are quoted, how its catalog is read into the one catalog model that
 * the schema diff, the data checks and the seeder share ({@link #catalogReader()}), the SQL of data
 * snapshots and comparisons ({@link #dataSql}), the seeder's reads and writes, triggers included
 * ({@link #seedDatabase}), how its errors name the data a statement failed on, how the sessions of
 * a database are watched for time limits, and how servers of it are reached, created in containers
 * and their databases made and dropped ({@link #servers()}).
 */
public interface Dialect {

  /** The id used in configuration and reports, e.g. {@code postgresql}; lower case. */
  String id();

  /** The name users read, e.g. {@code PostgreSQL}. */
  String displayName();

  /** How this dialect's JDBC URLs start, e.g. {@code jdbc:postgresql:}. */
  String jdbcPrefix();

  /**
   * The JDBC drivers ({@code groupId:artifactId}) whose presence in a project's dependencies means
   * it uses this dialect.
   */
  List<String> driverArtifacts();

  /** Whether a failed migration is rolled back as a whole, DDL included. */
  boolean transactionalDdl();

  /** The statement splitter that follows this dialect's lexical rules. */
  StatementSplitter splitter();

  /**
   * What the sessions of a database of this dialect are doing, for putting time limits on their
   * statements; a new instance for each watching connection.
   */
  SessionActivity activity();

  /** How this dialect's errors describe the data a statement failed on. */
  DataErrors dataErrors();

  /**
   * Whether {@code sql} (one statement) cannot be part of a transaction that is rolled back as a
   * whole, on a server of a recent version.
   */
  default boolean breaksTransaction(String sql) {
    return breaksTransaction(sql, Integer.MAX_VALUE);
  }

  /**
   * {@link #breaksTransaction(String)} on a server of major version {@code serverMajor}, for the
   * statements whose rules changed between versions.
   */
  boolean breaksTransaction(String sql, int serverMajor);

  /**
   * Whether Flyway refuses a script that mixes statements that cannot run in a transaction with
   * statements that can (its {@code mixed} setting off, the default).
   */
  boolean refusesMixedScripts();

  /** {@code identifier} quoted for SQL. */
  String quote(String identifier);

  /** A query for the schema unqualified names resolve to. */
  String currentSchemaQuery();

  /**
   * Whether a database of this dialect is the only schema of its own (the MySQL family: a schema is
   * a database), so that names in findings lose the disposable database's generated name when no
   * schemas are configured.
   */
  boolean databaseIsSchema();

  /**
   * The databases of the server that belong to the run's database {@code name} and are watched with
   * it for time limits: the database itself and its companions.
   */
  List<String> watchedDatabases(String name);

  /**
   * Reads the catalog into the catalog model: the tables the seeder fills and the data checks
   * compare, and the schema objects the diff compares.
   */
  CatalogReader catalogReader();

  /** The SQL of the data checks on {@code c}, its session settings fixed. */
  DataSql dataSql(Connection c) throws SQLException;

  /** The seeder's reads and writes on {@code c}, opened with the session settings it needs. */
  SeedDatabase<?> seedDatabase(Connection c, SeedReport.Builder report) throws SQLException;

  /** How servers of this dialect are reached, started in containers and given databases. */
  DialectServers servers();

  /** Changes to Flyway's configuration this dialect needs before migrations run. */
  default void configureFlyway(FluentConfiguration conf) {}

  /** The dialect with this id (case-insensitive), or an exception listing the known ones. */
  static Dialect fromId(String id) {
    return DialectRegistry.byId(id);
  }

  /** The ids of the known dialects, comma-separated. */
  static String knownIds() {
    return DialectRegistry.knownIds();
  }
}
