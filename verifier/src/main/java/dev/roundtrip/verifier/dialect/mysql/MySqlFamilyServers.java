package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.database.AbstractDatabaseServer;
import dev.roundtrip.verifier.database.DialectServers;
import java.time.Duration;
import java.util.List;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * MySQL and MariaDB servers: reached by URL ({@link MySqlFamilyServer}), the product checked
 * against the dialect, or in a container of the dialect's image.
 */
final class MySqlFamilyServers implements DialectServers {
  /** The official MySQL image used unless another is configured. */
  static final String MYSQL_IMAGE = "mysql:8.4";

  /** The official MariaDB image used unless another is configured. */
  static final String MARIADB_IMAGE = "mariadb:11.4";

  /** MariaDB without redo log flushes at commit, doublewrite or binary log. */
  static final List<String> MARIADB_COMMAND =
      List.of("--skip-log-bin", "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0");

  /** MySQL 8.4 spells the doublewrite setting as a word. */
  static final List<String> MYSQL_COMMAND =
      List.of("--skip-log-bin", "--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=OFF");

  private final MySqlFamilyDialect dialect;

  MySqlFamilyServers(MySqlFamilyDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public boolean hasServers() {
    return true;
  }

  @Override
  public String exampleServerUrl() {
    return dialect.jdbcPrefix() + "//127.0.0.1:3306/";
  }

  @Override
  public AbstractDatabaseServer connect(
      String adminUrl, String user, String password, String where, Runnable onClose) {
    String product = MySqlFamilyServer.probe(dialect, adminUrl, user, password);
    return new MySqlFamilyServer(dialect, adminUrl, user, password, product + where, onClose);
  }

  @Override
  public String officialImage() {
    return dialect.mariaDb() ? MARIADB_IMAGE : MYSQL_IMAGE;
  }

  @Override
  public JdbcDatabaseContainer<?> container(
      DockerImageName image, String password, Duration startLimit) {
    if (dialect.mariaDb()) {
      return new MariaDBContainer(image)
          .withUsername("root")
          .withPassword(password)
          .withCommand(MARIADB_COMMAND.toArray(String[]::new))
          .withStartupTimeout(startLimit);
    }
    return new MySQLContainer(image)
        .withUsername("root")
        .withPassword(password)
        .withCommand(MYSQL_COMMAND.toArray(String[]::new))
        .withStartupTimeout(startLimit);
  }
}
