package dev.roundtrip.verifier.testing;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.database.DatabaseProvider;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import java.util.ServiceLoader;

/**
 * The folder of SQLite databases the tests of this JVM share, from the dialect's own {@code
 * embedded} provider (found as the engine finds it); each test takes its own database file.
 */
public final class SqliteTestServer {
  public static final Dialect SQLITE = Dialect.fromId("sqlite");

  private static DatabaseServer server;

  private SqliteTestServer() {}

  /** The shared folder, made on first use. */
  public static synchronized DatabaseServer shared() {
    if (server == null) {
      DatabaseProvider embedded =
          ServiceLoader.load(DatabaseProvider.class).stream()
              .map(ServiceLoader.Provider::get)
              .filter(p -> p.id().equals("embedded") && p.supports(SQLITE))
              .findFirst()
              .orElseThrow();
      DatabaseServer started = embedded.start(SQLITE, ProviderSettings.none());
      Runtime.getRuntime().addShutdownHook(new Thread(started::close, "close-test-sqlite"));
      server = started;
    }
    return server;
  }

  /** A fresh, empty database; close it at the end of the test. */
  public static DisposableDatabase newDatabase() {
    return shared().createDatabase();
  }
}
