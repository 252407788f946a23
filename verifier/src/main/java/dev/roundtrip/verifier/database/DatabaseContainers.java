package dev.roundtrip.verifier.database;

import com.github.dockerjava.api.exception.DockerException;
import dev.roundtrip.verifier.dialect.Dialect;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ResourceReaper;

/**
 * One database container per dialect, started with Testcontainers and then used like any server
 * reached by an admin URL: the dialect's server ({@link DialectServers#connect}) creates and drops
 * the run's databases in it. Closing that server stops and removes the container (its volumes too);
 * so does the engine's shutdown hook ({@link Cleanup}) at Ctrl-C, also while the container is still
 * starting.
 */
final class DatabaseContainers {
  private static final Duration STARTUP_LIMIT = Duration.ofMinutes(2);

  /** Containers started here and not stopped yet. */
  private static final AtomicInteger RUNNING = new AtomicInteger();

  private DatabaseContainers() {}

  /**
   * Starts a container of the dialect from the image, which must be the official image or declared
   * a compatible substitute for it.
   *
   * @throws ProvisioningException when it does not start; whatever was started is removed
   */
  static DatabaseServer start(Dialect dialect, DockerImageName image) {
    String password = Passwords.random();
    JdbcDatabaseContainer<?> container = container(dialect, image, password);
    container.withLabel("dev.roundtrip.provider", "testcontainers");
    AtomicBoolean stopped = new AtomicBoolean();
    RUNNING.incrementAndGet();
    Cleanup.Task[] atExit = new Cleanup.Task[1];
    Runnable stop =
        () -> {
          if (stopped.compareAndSet(false, true)) {
            if (!shuttingDown()) {
              Cleanup.remove(atExit[0]);
            }
            try {
              container.stop();
            } catch (RuntimeException | LinkageError e) {
              if (!shuttingDown()) {
                throw e;
              }
              // the JVM is going down (Ctrl-C) and Maven may have closed our class loader;
              // Testcontainers' own shutdown hook or reaper removes the container
            } finally {
              if (RUNNING.decrementAndGet() == 0 && !shuttingDown()) {
                cleanUpWithoutRyuk();
              }
            }
          }
        };
    atExit[0] = new Cleanup.Task("removed the " + dialect.displayName() + " container", stop);
    Cleanup.add(atExit[0]);
    try {
      container.start();
      String url = container.getJdbcUrl();
      String user = container.getUsername();
      String where =
          " in container "
              + container.getContainerId().substring(0, 12)
              + " of "
              + image.asCanonicalNameString()
              + " ("
              + container.getHost()
              + ":"
              + container.getFirstMappedPort()
              + ")";
      return dialect.servers().connect(url, user, password, where, stop);
    } catch (RuntimeException e) {
      try {
        stop.run();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      if (e instanceof ProvisioningException p) {
        throw p;
      }
      throw new ProvisioningException(
          "could not start a "
              + dialect.displayName()
              + " container from image "
              + image.asCanonicalNameString()
              + ": "
              + deepestMessage(e),
          "Check that the image starts with the official image's environment variables (docker"
              + " run), or set <provider> to embedded or server.",
          e);
    }
  }

  static JdbcDatabaseContainer<?> container(
      Dialect dialect, DockerImageName image, String password) {
    return dialect.servers().container(image, password, STARTUP_LIMIT);
  }

  /**
   * Without Ryuk ({@code TESTCONTAINERS_RYUK_DISABLED=true}), Testcontainers cleans up from a JVM
   * shutdown hook. Under Maven the plugin's class loader is closed before shutdown hooks run, and
   * that hook fails on the classes it has not loaded yet. Once the last of our containers is gone,
   * the same cleanup runs here, while it can, and leaves the hook nothing to do. (Not while the JVM
   * shuts down: the containers are removed then by the hooks.)
   */
  @SuppressWarnings("deprecation") // the reaper's own cleanup, run before the JVM ends
  private static void cleanUpWithoutRyuk() {
    if (!Boolean.parseBoolean(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
      return;
    }
    try {
      ResourceReaper.instance().performCleanup();
    } catch (DockerException e) {
      // our containers are removed already; the shutdown hook tries again
    }
  }

  /** Whether the JVM is running its shutdown hooks (Ctrl-C or the end of the build). */
  private static boolean shuttingDown() {
    Thread probe = new Thread(() -> {});
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException shutdownInProgress) {
      return true;
    }
  }

  private static String deepestMessage(Throwable e) {
    String message = e.getMessage();
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return message;
  }
}
