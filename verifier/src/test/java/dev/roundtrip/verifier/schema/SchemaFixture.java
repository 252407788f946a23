package dev.roundtrip.verifier.schema;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.postgresql.PostgresCatalogReader;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;

/** Builds schemas in disposable databases and compares their snapshots. */
public final class SchemaFixture {
  public static final List<String> SCHEMAS = List.of("public");
  public static final Set<String> EXCLUDED = Set.of("flyway_schema_history");

  /** A schema with at least one object of every kind. */
  public static final String EVERY_KIND =
      """
      CREATE EXTENSION citext;
      CREATE TYPE order_status AS ENUM ('new', 'paid');
      CREATE DOMAIN amount AS numeric(12,2) CHECK (VALUE >= 0);
      CREATE TYPE address AS (street text, city text);
      CREATE SEQUENCE invoice_numbers;
      CREATE TABLE customers (id serial PRIMARY KEY, email citext NOT NULL UNIQUE);
      CREATE TABLE orders (
        id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000) PRIMARY KEY,
        customer_id integer REFERENCES customers (id) ON DELETE CASCADE,
        status order_status NOT NULL DEFAULT 'new',
        total amount CHECK (total < 1000000),
        during tstzrange,
        shipping address,
        EXCLUDE USING gist (during WITH &&));
      CREATE INDEX orders_status_idx ON orders (status) WHERE status = 'new';
      CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'new';
      CREATE MATERIALIZED VIEW revenue AS
        SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
      CREATE UNIQUE INDEX revenue_customer_idx ON revenue (customer_id);
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
      CREATE TRIGGER customers_touch BEFORE UPDATE ON customers
        FOR EACH ROW EXECUTE FUNCTION touch();
      CREATE PROCEDURE archive(days integer) LANGUAGE sql AS 'DELETE FROM orders WHERE false';
      CREATE AGGREGATE product(numeric) (SFUNC = numeric_mul, STYPE = numeric, INITCOND = '1');
      ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
      CREATE POLICY own_rows ON customers USING (email = current_user::text);
      """;

  private static final PostgresCatalogReader READER = new PostgresCatalogReader();

  private SchemaFixture() {}

  public static SchemaSnapshot snapshot(Connection connection) throws SQLException {
    return READER.read(connection, SCHEMAS, EXCLUDED);
  }

  public static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * Builds {@code setup}, runs {@code change} on it and compares: before expected, after actual.
   */
  public static SchemaDiff diffAfter(String setup, String change) throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase();
        Connection connection = db.connect()) {
      execute(connection, setup);
      SchemaSnapshot before = snapshot(connection);
      execute(connection, change);
      return SchemaDiff.between(before, snapshot(connection));
    }
  }

  /** Builds each script in its own database and compares: the first expected, the second actual. */
  public static SchemaDiff diffBetween(String expected, String actual) throws SQLException {
    return SchemaDiff.between(snapshotOf(expected), snapshotOf(actual));
  }

  /** The snapshot of a fresh database after running a script. */
  public static SchemaSnapshot snapshotOf(String sql) throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase();
        Connection connection = db.connect()) {
      execute(connection, sql);
      return snapshot(connection);
    }
  }

  /** The one difference in the diff; fails listing all of them if there are more or none. */
  public static SchemaDifference single(SchemaDiff diff) {
    Assertions.assertThat(diff.differences()).as(diff.toString()).hasSize(1);
    return diff.differences().get(0);
  }
}
