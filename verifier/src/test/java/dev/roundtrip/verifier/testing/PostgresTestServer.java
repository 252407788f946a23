package dev.roundtrip.verifier.testing;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.database.ServerProvider;
import dev.roundtrip.verifier.dialect.postgresql.EmbeddedPostgresProvider;

/**
 * The PostgreSQL server the database tests of this JVM share. By default an embedded server
 * (started once, stopped when the JVM exits); with the environment variable {@value #URL_VARIABLE}
 * an existing server in {@code server} mode. Each test takes its own disposable database.
 */
public final class PostgresTestServer {
  public static final String URL_VARIABLE = "ROUNDTRIP_TEST_POSTGRES_URL";

  private static DatabaseServer server;

  private PostgresTestServer() {}

  /** The shared server, started on first use. */
  public static synchronized DatabaseServer shared() {
    if (server == null) {
      String url = System.getenv(URL_VARIABLE);
      DatabaseServer started =
          url == null || url.isBlank()
              ? new EmbeddedPostgresProvider()
                  .start(TestDialects.POSTGRESQL, ProviderSettings.none())
              : new ServerProvider()
                  .start(TestDialects.POSTGRESQL, new ProviderSettings(url, null, null));
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-postgres"));
      server = started;
    }
    return server;
  }

  /** A fresh, empty database; close it at the end of the test. */
  public static DisposableDatabase newDatabase() {
    return shared().createDatabase();
  }
}
