package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.database.AbstractDatabaseServer;
import dev.roundtrip.verifier.database.DialectServers;
import java.time.Duration;
import java.util.List;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** PostgreSQL servers: reached by URL ({@link PostgresServer}) or in a container. */
final class PostgresServers implements DialectServers {
  /** The official image used unless another is configured. */
  static final String IMAGE = "postgres:17";

  /** PostgreSQL without durability: nothing in a disposable database needs to survive a crash. */
  static final List<String> COMMAND =
      List.of(
          "postgres",
          "-c",
          "fsync=off",
          "-c",
          "synchronous_commit=off",
          "-c",
          "full_page_writes=off");

  @Override
  public boolean hasServers() {
    return true;
  }

  @Override
  public String exampleServerUrl() {
    return "jdbc:postgresql://127.0.0.1:5432/postgres";
  }

  @Override
  public AbstractDatabaseServer connect(
      String adminUrl, String user, String password, String where, Runnable onClose) {
    String version = PostgresServer.probeVersion(adminUrl, user, password);
    return new PostgresServer(adminUrl, user, password, "PostgreSQL " + version + where, onClose);
  }

  @Override
  public String officialImage() {
    return IMAGE;
  }

  @Override
  public JdbcDatabaseContainer<?> container(
      DockerImageName image, String password, Duration startLimit) {
    return new PostgreSQLContainer(image)
        .withUsername("postgres")
        .withPassword(password)
        .withDatabaseName("postgres")
        .withCommand(COMMAND.toArray(String[]::new))
        .withStartupTimeout(startLimit);
  }
}
