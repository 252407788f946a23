package dev.roundtrip.verifier.database;

import java.time.Duration;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * How servers of one dialect are reached and started: the part of provisioning that differs by
 * dialect. The providers ({@link ServerProvider}, {@link TestcontainersProvider}) do the rest; an
 * embedded server comes from a {@link DatabaseProvider} of the dialect's own.
 */
public interface DialectServers {

  /** Whether a running server of the dialect can be reached by an admin JDBC URL. */
  boolean hasServers();

  /** An admin URL to show in messages, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}. */
  String exampleServerUrl();

  /**
   * The server at the admin URL, once it answers and is of the dialect, described as its product
   * and version followed by {@code where}.
   *
   * @param onClose run after its databases are dropped, on close; null for a server the run did not
   *     start
   * @throws ProvisioningException when it does not answer, or is another product
   */
  AbstractDatabaseServer connect(
      String adminUrl, String user, String password, String where, Runnable onClose);

  /**
   * The official Docker image of the dialect with its pinned version, or null when no container
   * serves it.
   */
  String officialImage();

  /**
   * A container of the image, not started, with the password for its admin user and the limit on
   * its start.
   */
  JdbcDatabaseContainer<?> container(DockerImageName image, String password, Duration startLimit);
}
