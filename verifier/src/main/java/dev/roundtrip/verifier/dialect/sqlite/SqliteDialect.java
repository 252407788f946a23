package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.catalog.CatalogReader;
import dev.roundtrip.verifier.data.DataSql;
import dev.roundtrip.verifier.data.SeedDatabase;
import dev.roundtrip.verifier.data.SeedReport;
import dev.roundtrip.verifier.database.DialectServers;
import dev.roundtrip.verifier.dialect.DataErrors;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.SessionActivity;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * SQLite, through sqlite-jdbc: a database is a file of the run, its one schema is {@code main}, DDL
 * is transactional but for the statements {@link SqliteStatements} names, identifiers are
 * double-quoted, and every connection enforces foreign keys.
 */
public final class SqliteDialect implements Dialect {
  private final SqliteServers servers = new SqliteServers();

  @Override
  public String id() {
    return "sqlite";
  }

  @Override
  public String displayName() {
    return "SQLite";
  }

  @Override
  public String jdbcPrefix() {
    return "jdbc:sqlite:";
  }

  @Override
  public List<String> driverArtifacts() {
    return List.of("org.xerial:sqlite-jdbc");
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public StatementSplitter splitter() {
    return new SqliteStatementSplitter();
  }

  @Override
  public SessionActivity activity() {
    return new SqliteActivity();
  }

  @Override
  public DataErrors dataErrors() {
    return new SqliteDataErrors();
  }

  @Override
  public boolean breaksTransaction(String sql, int serverMajor) {
    return SqliteStatements.breaksTransaction(sql);
  }

  /** Flyway runs SQLite's {@code PRAGMA foreign_keys} outside a transaction, alone. */
  @Override
  public boolean refusesMixedScripts() {
    return true;
  }

  @Override
  public String quote(String identifier) {
    return SqliteSql.quote(identifier);
  }

  @Override
  public String currentSchemaQuery() {
    return "SELECT 'main'";
  }

  @Override
  public boolean databaseIsSchema() {
    return false;
  }

  @Override
  public List<String> watchedDatabases(String name) {
    return List.of(name);
  }

  @Override
  public CatalogReader catalogReader() {
    return new SqliteCatalogReader();
  }

  @Override
  public DataSql dataSql(Connection c) {
    return new SqliteDataSql(c);
  }

  @Override
  public SeedDatabase<?> seedDatabase(Connection c, SeedReport.Builder report) throws SQLException {
    return SqliteSeedDatabase.open(c, report);
  }

  @Override
  public DialectServers servers() {
    return servers;
  }

  @Override
  public String toString() {
    return id();
  }
}
