package dev.roundtrip.verifier.dialect.postgresql;

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
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * PostgreSQL: transactional DDL but for the statements refused in a transaction block ({@link
 * PostgresStatements}), double-quoted identifiers, schemas inside the run's database.
 */
public final class PostgresDialect implements Dialect {
  private final PostgresServers servers = new PostgresServers();

  @Override
  public String id() {
    return "postgresql";
  }

  @Override
  public String displayName() {
    return "PostgreSQL";
  }

  @Override
  public String jdbcPrefix() {
    return "jdbc:postgresql:";
  }

  @Override
  public List<String> driverArtifacts() {
    return List.of("org.postgresql:postgresql");
  }

  @Override
  public boolean transactionalDdl() {
    return true;
  }

  @Override
  public StatementSplitter splitter() {
    return new PostgresStatementSplitter();
  }

  @Override
  public SessionActivity activity() {
    return new PostgresActivity();
  }

  @Override
  public DataErrors dataErrors() {
    return new PostgresDataErrors();
  }

  /**
   * A statement refused inside a transaction block ({@link PostgresStatements#isNonTransactional}).
   */
  @Override
  public boolean breaksTransaction(String sql, int serverMajor) {
    return PostgresStatements.isNonTransactional(sql, serverMajor);
  }

  /** Flyway detects PostgreSQL's non-transactional statements and refuses mixed scripts. */
  @Override
  public boolean refusesMixedScripts() {
    return true;
  }

  @Override
  public String quote(String identifier) {
    return PostgresIdentifiers.quote(identifier);
  }

  @Override
  public String currentSchemaQuery() {
    return "SELECT current_schema()";
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
    return new PostgresCatalogReader();
  }

  @Override
  public DataSql dataSql(Connection c) throws SQLException {
    return new PostgresDataSql(c);
  }

  @Override
  public SeedDatabase<?> seedDatabase(Connection c, SeedReport.Builder report) throws SQLException {
    return PostgresSeedDatabase.open(c, report);
  }

  @Override
  public DialectServers servers() {
    return servers;
  }

  /**
   * Flyway's default PostgreSQL lock is held in a transaction of its own connection, which a
   * migration that must run outside a transaction (CREATE INDEX CONCURRENTLY) waits for, for ever;
   * its session lock serializes migrations just as well.
   */
  @Override
  public void configureFlyway(FluentConfiguration conf) {
    conf.getPluginRegister()
        .getInstanceOf(PostgreSQLConfigurationExtension.class)
        .setTransactionalLock(false);
  }

  @Override
  public String toString() {
    return id();
  }
}
