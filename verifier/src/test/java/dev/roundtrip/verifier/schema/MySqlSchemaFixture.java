package dev.roundtrip.verifier.schema;

import dev.roundtrip.verifier.catalog.CatalogReader;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Builds MySQL-family schemas in disposable databases and compares their snapshots. Scripts are
 * split into statements at a semicolon that ends a line, so a trigger or routine body keeps its
 * inner semicolons when it is written on one line.
 */
public final class MySqlSchemaFixture {
  public static final Set<String> EXCLUDED = Set.of("flyway_schema_history");
  private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);
  private static final CatalogReader READER = TestDialects.MARIADB.catalogReader();

  private MySqlSchemaFixture() {}

  /** A diff, and the name of the database it was taken in (which every object name carries). */
  record Outcome(SchemaDiff diff, String database) {

    /** The one difference; fails listing all of them if there are more or none. */
    SchemaDifference single() {
      Assertions.assertThat(diff.differences()).as(diff.toString()).hasSize(1);
      return diff.differences().get(0);
    }

    /** The one difference's description, with the database name written as {@code db}. */
    String sentence() {
      return single().description().replace(database, "db");
    }

    /** The one difference's name, with the database name written as {@code db}. */
    String name() {
      return single().name().replace(database, "db");
    }
  }

  /**
   * Like {@link #diffAfter}, for scripts that create events: skipped (not passed) on a server that
   * cannot create them, such as the embedded one, which runs without grant tables.
   */
  public static Outcome diffAfterWithEvents(String setup, String change) throws SQLException {
    try {
      return diffAfter(setup, change);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      Assumptions.assumeFalse(
          message.contains("--skip-grant-tables"), "this server cannot create events: " + message);
      throw e;
    }
  }

  public static SchemaSnapshot snapshot(Connection connection, String database)
      throws SQLException {
    return READER.read(connection, List.of(database), EXCLUDED);
  }

  public static void execute(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : STATEMENT_END.split(script)) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  /**
   * Builds {@code setup}, runs {@code change} on it and compares: before expected, after actual.
   */
  public static Outcome diffAfter(String setup, String change) throws SQLException {
    try (DisposableDatabase db = MariaDbTestServer.newDatabase();
        Connection connection = db.connect()) {
      execute(connection, setup);
      SchemaSnapshot before = snapshot(connection, db.name());
      execute(connection, change);
      return new Outcome(SchemaDiff.between(before, snapshot(connection, db.name())), db.name());
    }
  }
}
