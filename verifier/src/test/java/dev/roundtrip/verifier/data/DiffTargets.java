package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.SqliteTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The dialects the data comparison contracts run on, each with its test server. */
final class DiffTargets {

  /** A dialect with its test server. */
  record On(Dialect dialect, Supplier<DatabaseServer> server) {
    DiffDatabase newDatabase() {
      return new DiffDatabase(dialect, server.get());
    }

    @Override
    public String toString() {
      return dialect.id();
    }
  }

  static final On POSTGRESQL = new On(TestDialects.POSTGRESQL, PostgresTestServer::shared);
  static final On MARIADB = new On(TestDialects.MARIADB, MariaDbTestServer::shared);
  static final On SQLITE = new On(SqliteTestServer.SQLITE, SqliteTestServer::shared);

  private DiffTargets() {}

  static Stream<On> all() {
    return Stream.of(POSTGRESQL, MARIADB, SQLITE);
  }
}
