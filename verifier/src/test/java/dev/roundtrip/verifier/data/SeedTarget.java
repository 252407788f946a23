package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.SqliteTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dialect the seeder contracts run on: its test server, how it runs a script, the schema the
 * seeder fills (and so how it names a table), its shop and how its tables are read back.
 */
abstract class SeedTarget {
  static final SeedTarget POSTGRESQL =
      new SeedTarget(TestDialects.POSTGRESQL, SeedFixture.SHOP) {
        @Override
        DisposableDatabase newDatabase() {
          return PostgresTestServer.newDatabase();
        }

        @Override
        void execute(Connection c, String script) throws SQLException {
          SeedFixture.execute(c, script);
        }

        @Override
        String schema(DisposableDatabase db) {
          return "public";
        }

        @Override
        Map<String, Long> counts(Connection c, DisposableDatabase db) throws SQLException {
          return SeedFixture.counts(c);
        }

        @Override
        Map<String, List<String>> contents(Connection c, DisposableDatabase db)
            throws SQLException {
          return SeedFixture.contents(c);
        }

        @Override
        Map<String, Long> danglingReferences(Connection c, DisposableDatabase db)
            throws SQLException {
          return SeedFixture.danglingReferences(c);
        }
      };

  static final SeedTarget MARIADB =
      new SeedTarget(TestDialects.MARIADB, MySqlSeedFixture.SHOP) {
        @Override
        DisposableDatabase newDatabase() {
          return MariaDbTestServer.newDatabase();
        }

        @Override
        void execute(Connection c, String script) throws SQLException {
          MySqlSeedFixture.execute(c, script);
        }

        @Override
        String schema(DisposableDatabase db) {
          return db.name();
        }

        @Override
        Map<String, Long> counts(Connection c, DisposableDatabase db) throws SQLException {
          return MySqlSeedFixture.counts(c, db.name());
        }

        @Override
        Map<String, List<String>> contents(Connection c, DisposableDatabase db)
            throws SQLException {
          return MySqlSeedFixture.contents(c, db.name());
        }

        @Override
        Map<String, Long> danglingReferences(Connection c, DisposableDatabase db)
            throws SQLException {
          return MySqlSeedFixture.danglingReferences(c, db.name());
        }
      };

  static final SeedTarget SQLITE =
      new SeedTarget(SqliteTestServer.SQLITE, SqliteSeedFixture.SHOP) {
        @Override
        DisposableDatabase newDatabase() {
          return SqliteTestServer.newDatabase();
        }

        @Override
        void execute(Connection c, String script) throws SQLException {
          SqliteSeedFixture.execute(c, script);
        }

        @Override
        String schema(DisposableDatabase db) {
          return "main";
        }

        @Override
        Map<String, Long> counts(Connection c, DisposableDatabase db) throws SQLException {
          return SqliteSeedFixture.counts(c);
        }

        @Override
        Map<String, List<String>> contents(Connection c, DisposableDatabase db)
            throws SQLException {
          return SqliteSeedFixture.contents(c);
        }

        @Override
        Map<String, Long> danglingReferences(Connection c, DisposableDatabase db)
            throws SQLException {
          return SqliteSeedFixture.danglingReferences(c);
        }
      };

  private final Dialect dialect;
  private final String shop;

  private SeedTarget(Dialect dialect, String shop) {
    this.dialect = dialect;
    this.shop = shop;
  }

  Dialect dialect() {
    return dialect;
  }

  /** The shop schema in the dialect's SQL. */
  String shop() {
    return shop;
  }

  /** A fresh, empty database; close it at the end of the test. */
  abstract DisposableDatabase newDatabase();

  /** Runs a script of the dialect's SQL, statement by statement. */
  abstract void execute(Connection c, String script) throws SQLException;

  /** The schema the seeder fills: {@code public}, the database itself, or {@code main}. */
  abstract String schema(DisposableDatabase db);

  /** {@code <schema>.<name>}: how the seeder's report names a table. */
  String table(DisposableDatabase db, String name) {
    return schema(db) + "." + name;
  }

  /** Seeds the schema of {@code db}, leaving out the {@code excluded} tables. */
  SeedReport seed(Connection c, DisposableDatabase db, SeedOptions options, Set<String> excluded)
      throws SQLException {
    return new Seeder(dialect, options).seed(c, List.of(schema(db)), excluded);
  }

  /** Each table of the schema with its row count, by name. */
  abstract Map<String, Long> counts(Connection c, DisposableDatabase db) throws SQLException;

  /** Every row of every table as text, in a stable order. */
  abstract Map<String, List<String>> contents(Connection c, DisposableDatabase db)
      throws SQLException;

  /** Per foreign key, the rows that point at no parent row. */
  abstract Map<String, Long> danglingReferences(Connection c, DisposableDatabase db)
      throws SQLException;

  @Override
  public String toString() {
    return dialect.id();
  }
}
