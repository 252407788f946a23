package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.catalog.CatalogReader;
import dev.roundtrip.verifier.data.DataSql;
import dev.roundtrip.verifier.data.SeedDatabase;
import dev.roundtrip.verifier.data.SeedReport;
import dev.roundtrip.verifier.database.CompanionDatabases;
import dev.roundtrip.verifier.database.DialectServers;
import dev.roundtrip.verifier.dialect.DataErrors;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.SessionActivity;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What MySQL and MariaDB share: DDL commits implicitly ({@link MySqlStatements}), so a failed
 * migration is not rolled back; backtick quoting; a schema is a database, and the copies of the
 * data checks live in a companion database beside the run's.
 */
public abstract sealed class MySqlFamilyDialect implements Dialect
    permits MySqlDialect, MariaDbDialect {
  private final MySqlFamilyServers servers = new MySqlFamilyServers(this);

  /** Whether this is MariaDB, whose servers, types and functions differ from MySQL's. */
  public abstract boolean mariaDb();

  @Override
  public boolean transactionalDdl() {
    return false;
  }

  @Override
  public StatementSplitter splitter() {
    return new MySqlStatementSplitter();
  }

  @Override
  public SessionActivity activity() {
    return new MySqlActivity();
  }

  @Override
  public DataErrors dataErrors() {
    return new MySqlDataErrors();
  }

  /** A statement that commits implicitly ({@link MySqlStatements#causesImplicitCommit}). */
  @Override
  public boolean breaksTransaction(String sql, int serverMajor) {
    return MySqlStatements.causesImplicitCommit(sql);
  }

  /** Flyway does not judge the MySQL family's implicit commits. */
  @Override
  public boolean refusesMixedScripts() {
    return false;
  }

  @Override
  public String quote(String identifier) {
    return MySqlIdentifiers.quote(identifier);
  }

  @Override
  public String currentSchemaQuery() {
    return "SELECT DATABASE()";
  }

  @Override
  public boolean databaseIsSchema() {
    return true;
  }

  @Override
  public List<String> watchedDatabases(String name) {
    return List.of(name, CompanionDatabases.shadowOf(name));
  }

  @Override
  public CatalogReader catalogReader() {
    return new MySqlCatalogReader(mariaDb());
  }

  @Override
  public DataSql dataSql(Connection c) throws SQLException {
    return MySqlDataSql.open(c, mariaDb());
  }

  @Override
  public SeedDatabase<?> seedDatabase(Connection c, SeedReport.Builder report) throws SQLException {
    return MySqlSeedDatabase.open(c, report);
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
