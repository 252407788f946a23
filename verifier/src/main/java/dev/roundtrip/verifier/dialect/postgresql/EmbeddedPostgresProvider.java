package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.database.Cleanup;
import dev.roundtrip.verifier.database.DatabaseProvider;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.Passwords;
import dev.roundtrip.verifier.database.ProvisioningException;
import dev.roundtrip.verifier.database.ServerProcess;
import dev.roundtrip.verifier.database.WorkFolder;
import dev.roundtrip.verifier.dialect.Dialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code embedded}: a PostgreSQL server started from binaries shipped through Maven Central, one
 * per run, tuned for a disposable database (no fsync), and stopped at the end whatever happens.
 *
 * <p>Its data lives in a folder of the run's private work folder ({@link WorkFolder}); it listens
 * on 127.0.0.1 only, without a Unix socket, and every connection needs the password made for this
 * server (SCRAM-SHA-256, from {@code initdb --auth=scram-sha-256 --pwfile}: no {@code trust} line
 * in its {@code pg_hba.conf}), so another user of the machine cannot use it, even after a crash.
 */
public final class EmbeddedPostgresProvider implements DatabaseProvider {
  static final String USER = "postgres";

  /** SIGINT is PostgreSQL's fast shutdown; SIGTERM would wait for every client to leave. */
  static final ServerProcess.Kind KIND =
      new ServerProcess.Kind("postgresql", "embedded PostgreSQL", "data/postmaster.pid", "INT");

  @Override
  public String id() {
    return "embedded";
  }

  @Override
  public boolean supports(Dialect dialect) {
    return dialect instanceof PostgresDialect;
  }

  @Override
  public DatabaseServer start(Dialect dialect, ProviderSettings settings) {
    Path folder = WorkFolder.newServerFolder(KIND.folderPrefix());
    ServerProcess process = new ServerProcess(KIND, folder);
    Cleanup.add(process);
    String password = Passwords.random();
    Path passwordFile = folder.resolve("pwfile");
    EmbeddedPostgres pg;
    try {
      WorkFolder.writePrivate(passwordFile, password + "\n");
      pg =
          EmbeddedPostgres.builder()
              .setOverrideWorkingDirectory(
                  WorkFolder.userFolder().resolve("embedded-pg-binaries").toFile())
              .setDataDirectory(folder.resolve("data"))
              .setRegisterShutdownHook(false)
              // initdb: these come after the library's own "-A trust", and win
              .setLocaleConfig("auth", "scram-sha-256")
              .setLocaleConfig("pwfile", passwordFile.toString())
              .setConnectConfig("password", password)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("unix_socket_directories", "")
              .setServerConfig("password_encryption", "scram-sha-256")
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setOutputRedirector(Redirect.DISCARD)
              .setErrorRedirector(Redirect.DISCARD)
              .start();
    } catch (IOException | RuntimeException e) {
      release(process);
      throw new ProvisioningException(
          "could not start embedded PostgreSQL: " + e.getMessage(),
          "Embedded PostgreSQL needs a Linux, macOS or Windows x86_64/arm64 machine and a"
              + " writable temporary directory; otherwise configure <provider>server</provider>"
              + " with <serverUrl>.",
          e);
    } finally {
      deleteQuietly(passwordFile);
    }
    process.recordServer();
    String url = "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres";
    String version;
    try {
      version = PostgresServer.probeVersion(url, USER, password);
    } catch (ProvisioningException e) {
      stop(pg, process);
      throw e;
    }
    String description = "embedded PostgreSQL " + version + " (port " + pg.getPort() + ")";
    process.describeAs(description);
    PostgresServer server =
        new PostgresServer(url, USER, password, description, () -> stop(pg, process));
    WorkFolder.takeReclaimed().forEach(server::note);
    return server;
  }

  /** Stops the server with its library, then removes its folder; nothing when the JVM exits. */
  private static void stop(EmbeddedPostgres pg, ServerProcess process) {
    if (Cleanup.exiting()) {
      return; // the shutdown hook stops it
    }
    try {
      pg.close();
    } catch (IOException e) {
      // the hook's way below still ends the process
    }
    release(process);
  }

  /** Ends whatever still runs in the folder and removes it, within seconds. */
  private static void release(ServerProcess process) {
    process.begin();
    process.finish(System.nanoTime() + Cleanup.LIMIT_SECONDS * 1_000_000_000L);
    Cleanup.remove(process);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the folder goes with the server
    }
  }
}
