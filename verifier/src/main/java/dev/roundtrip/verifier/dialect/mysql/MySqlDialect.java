package dev.roundtrip.verifier.dialect.mysql;

import java.util.List;

/** MySQL, reached with MySQL Connector/J. */
public final class MySqlDialect extends MySqlFamilyDialect {

  @Override
  public String id() {
    return "mysql";
  }

  @Override
  public String displayName() {
    return "MySQL";
  }

  @Override
  public String jdbcPrefix() {
    return "jdbc:mysql:";
  }

  @Override
  public List<String> driverArtifacts() {
    return List.of("com.mysql:mysql-connector-j", "mysql:mysql-connector-java");
  }

  @Override
  public boolean mariaDb() {
    return false;
  }
}
