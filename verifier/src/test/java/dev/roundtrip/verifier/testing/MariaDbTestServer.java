package dev.roundtrip.verifier.testing;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.database.ServerProvider;
import dev.roundtrip.verifier.dialect.mysql.EmbeddedMariaDbProvider;

/**
 * The MariaDB server the database tests of this JVM share. By default an embedded server (started
 * once, stopped when the JVM exits); with the environment variable {@value #URL_VARIABLE} (e.g.
 * {@code jdbc:mariadb://127.0.0.1:3306/?user=root}) an existing server in {@code server} mode. Each
 * test takes its own disposable database.
 */
public final class MariaDbTestServer {
  public static final String URL_VARIABLE = "ROUNDTRIP_TEST_MARIADB_URL";

  private static DatabaseServer server;
  private static ProviderSettings admin;

  private MariaDbTestServer() {}

  /** The shared server, started on first use. */
  public static synchronized DatabaseServer shared() {
    if (server == null) {
      String url = System.getenv(URL_VARIABLE);
      DatabaseServer started =
          url == null || url.isBlank()
              ? new EmbeddedMariaDbProvider().start(TestDialects.MARIADB, ProviderSettings.none())
              : new ServerProvider()
                  .start(TestDialects.MARIADB, new ProviderSettings(url, null, null));
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-mariadb"));
      server = started;
    }
    return server;
  }

  /** A fresh, empty database; close it at the end of the test. */
  public static DisposableDatabase newDatabase() {
    return shared().createDatabase();
  }

  /**
   * The admin URL and credentials of the shared server, for tests of {@code server} mode itself:
   * {@value #URL_VARIABLE}, or those of the embedded server.
   */
  public static synchronized ProviderSettings adminSettings() {
    if (admin == null) {
      String url = System.getenv(URL_VARIABLE);
      if (url != null && !url.isBlank()) {
        admin = new ProviderSettings(url, null, null);
      } else {
        try (DisposableDatabase probe = newDatabase()) {
          String dbUrl = probe.jdbcUrl();
          String withoutDatabase = dbUrl.substring(0, dbUrl.lastIndexOf('/') + 1);
          admin = new ProviderSettings(withoutDatabase, probe.user(), probe.password());
        }
      }
    }
    return admin;
  }
}
