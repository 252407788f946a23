package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.database.AbstractDatabaseServer;
import dev.roundtrip.verifier.database.DialectServers;
import dev.roundtrip.verifier.database.ProvisioningException;
import java.time.Duration;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * SQLite has no servers to reach and no container: its databases are files ({@link
 * SqliteProvider}).
 */
final class SqliteServers implements DialectServers {

  @Override
  public boolean hasServers() {
    return false;
  }

  @Override
  public String exampleServerUrl() {
    return "jdbc:sqlite:<file>";
  }

  @Override
  public AbstractDatabaseServer connect(
      String adminUrl, String user, String password, String where, Runnable onClose) {
    throw new ProvisioningException(
        "SQLite has no server to connect to",
        "Use <provider>embedded</provider> for sqlite: each run gets its own database files.");
  }

  @Override
  public String officialImage() {
    return null;
  }

  @Override
  public JdbcDatabaseContainer<?> container(
      DockerImageName image, String password, Duration startLimit) {
    throw new ProvisioningException(
        "SQLite runs in no container",
        "Use <provider>embedded</provider> for sqlite: each run gets its own database files.");
  }
}
