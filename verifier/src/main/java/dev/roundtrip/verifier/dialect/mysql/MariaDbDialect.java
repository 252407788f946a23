package dev.roundtrip.verifier.dialect.mysql;

import java.util.List;

/** MariaDB, reached with MariaDB Connector/J. */
public final class MariaDbDialect extends MySqlFamilyDialect {

  @Override
  public String id() {
    return "mariadb";
  }

  @Override
  public String displayName() {
    return "MariaDB";
  }

  @Override
  public String jdbcPrefix() {
    return "jdbc:mariadb:";
  }

  @Override
  public List<String> driverArtifacts() {
    return List.of("org.mariadb.jdbc:mariadb-java-client");
  }

  @Override
  public boolean mariaDb() {
    return true;
  }
}
