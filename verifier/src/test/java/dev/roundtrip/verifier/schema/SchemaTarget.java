package dev.roundtrip.verifier.schema;

import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.SqliteTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/**
 * A dialect the schema diff contracts run on: its test server, how it runs a script and which
 * schema it compares. A diff is taken as {@link SchemaFixture#diffAfter} and {@link
 * MySqlSchemaFixture#diffAfter} take it: the setup built, the change run on it, before expected and
 * after actual.
 */
final class SchemaTarget {
  static final SchemaTarget POSTGRESQL =
      new SchemaTarget(TestDialects.POSTGRESQL, PostgresTestServer::shared);
  static final SchemaTarget MARIADB =
      new SchemaTarget(TestDialects.MARIADB, MariaDbTestServer::shared);
  static final SchemaTarget SQLITE =
      new SchemaTarget(SqliteTestServer.SQLITE, SqliteTestServer::shared);

  private final Dialect dialect;
  private final Supplier<DatabaseServer> server;

  private SchemaTarget(Dialect dialect, Supplier<DatabaseServer> server) {
    this.dialect = dialect;
    this.server = server;
  }

  /**
   * A diff, and the schema it was taken in.
   *
   * @param database on the MySQL family the database (the schema, which every name carries), else
   *     null
   */
  record Outcome(SchemaDiff diff, String database) {

    /** The one difference; fails listing all of them if there are more or none. */
    SchemaDifference single() {
      Assertions.assertThat(diff.differences()).as(diff.toString()).hasSize(1);
      return diff.differences().get(0);
    }

    /** {@code text}, on the MySQL family with the database written as {@code db}. */
    String written(String text) {
      return database == null || text == null ? text : text.replace(database, "db");
    }

    /** A difference's description, as {@link #written} writes it. */
    String sentence(SchemaDifference d) {
      return written(d.description());
    }

    /** The one difference's description, as {@link #sentence(SchemaDifference)} writes it. */
    String sentence() {
      return sentence(single());
    }

    /** The one difference's name, on the MySQL family with the database written as {@code db}. */
    String name() {
      return written(single().name());
    }
  }

  Dialect dialect() {
    return dialect;
  }

  /** Builds {@code setup}, runs {@code change} on it and compares: before expected. */
  Outcome diffAfter(String setup, String change) throws SQLException {
    try (DisposableDatabase db = server.get().createDatabase();
        Connection connection = db.connect()) {
      execute(connection, setup);
      SchemaSnapshot before = snapshot(connection, db);
      execute(connection, change);
      return new Outcome(
          SchemaDiff.between(before, snapshot(connection, db)), mySqlFamily() ? db.name() : null);
    }
  }

  private boolean mySqlFamily() {
    return !dialect.id().equals("postgresql") && !dialect.id().equals("sqlite");
  }

  private SchemaSnapshot snapshot(Connection connection, DisposableDatabase db)
      throws SQLException {
    String schema =
        switch (dialect.id()) {
          case "postgresql" -> "public";
          case "sqlite" -> "main";
          default -> db.name();
        };
    return dialect.catalogReader().read(connection, List.of(schema), SchemaFixture.EXCLUDED);
  }

  private void execute(Connection connection, String script) throws SQLException {
    switch (dialect.id()) {
      case "postgresql" -> SchemaFixture.execute(connection, script);
      case "sqlite" -> {
        try (Statement s = connection.createStatement()) {
          for (var statement : dialect.splitter().split(script)) {
            s.execute(statement.sql());
          }
        }
      }
      default -> MySqlSchemaFixture.execute(connection, script);
    }
  }

  @Override
  public String toString() {
    return dialect.id();
  }
}
