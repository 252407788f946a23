package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;

/**
 * {@code embedded}: a PostgreSQL server started from binaries shipped through Maven Central, one
 * per run, tuned for a disposable database (no fsync), and stopped at the end whatever happens.
 */
public final class EmbeddedPostgresProvider implements DatabaseProvider {

  @Override
  public String id() {
    return "embedded";
  }

  @Override
  public boolean supports(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL;
  }

  @Override
  public DatabaseServer start(Dialect dialect, ProviderSettings settings) {
    EmbeddedPostgres pg;
    try {
      pg =
          EmbeddedPostgres.builder()
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setOutputRedirector(Redirect.DISCARD)
              .setErrorRedirector(Redirect.DISCARD)
              .start();
    } catch (IOException | RuntimeException e) {
      throw new ProvisioningException(
          "could not start embedded PostgreSQL: " + e.getMessage(),
          "Embedded PostgreSQL needs a Linux, macOS or Windows x86_64/arm64 machine and a"
              + " writable temporary directory; otherwise configure <provider>server</provider>"
              + " with <serverUrl>.",
          e);
    }
    String url = pg.getJdbcUrl("postgres", "postgres");
    String version;
    try {
      version = PostgresServer.probeVersion(url, "postgres", null);
    } catch (ProvisioningException e) {
      stop(pg);
      throw e;
    }
    return new PostgresServer(
        url,
        "postgres",
        null,
        "embedded PostgreSQL " + version + " (port " + pg.getPort() + ")",
        () -> stop(pg));
  }

  private static void stop(EmbeddedPostgres pg) {
    try {
      pg.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
    }
  }
}
