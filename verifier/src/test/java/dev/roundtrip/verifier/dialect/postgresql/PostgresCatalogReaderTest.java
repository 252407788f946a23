package dev.roundtrip.verifier.dialect.postgresql;

import static dev.roundtrip.verifier.schema.SchemaFixture.EXCLUDED;
import static dev.roundtrip.verifier.schema.SchemaFixture.execute;
import static dev.roundtrip.verifier.schema.SchemaFixture.single;
import static dev.roundtrip.verifier.schema.SchemaFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.schema.ObjectKey;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaDiff;
import dev.roundtrip.verifier.schema.SchemaDifference;
import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import dev.roundtrip.verifier.schema.SchemaFixture;
import dev.roundtrip.verifier.schema.SchemaObject;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import dev.roundtrip.verifier.schema.StatementCounter;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader takes from the catalog, and what it leaves alone. */
class PostgresCatalogReaderTest {
  private final PostgresCatalogReader reader = new PostgresCatalogReader();

  @Test
  void readsEveryKindOfObject() throws SQLException {
    SchemaSnapshot snapshot = SchemaFixture.snapshotOf(SchemaFixture.EVERY_KIND);

    assertThat(snapshot.objects())
        .as(snapshot.describe())
        .extracting(SchemaObject::key)
        .map(ObjectKey::toString)
        .containsExactlyInAnyOrder(
            "schema public",
            "extension citext",
            "table public.customers",
            "column public.customers.id",
            "column public.customers.email",
            "primary key public.customers.customers_pkey",
            "unique constraint public.customers.customers_email_key",
            "sequence public.customers_id_seq",
            "trigger public.customers.customers_touch",
            "policy public.customers.own_rows",
            "table public.orders",
            "column public.orders.id",
            "column public.orders.customer_id",
            "column public.orders.status",
            "column public.orders.total",
            "column public.orders.during",
            "column public.orders.shipping",
            "primary key public.orders.orders_pkey",
            "foreign key public.orders.orders_customer_id_fkey",
            "check constraint public.orders.orders_total_check",
            "exclusion constraint public.orders.orders_during_excl",
            "index public.orders_status_idx",
            "view public.open_orders",
            "materialized view public.revenue",
            "index public.revenue_customer_idx",
            "sequence public.invoice_numbers",
            "enum type public.order_status",
            "domain public.amount",
            "composite type public.address",
            "function public.touch()",
            "procedure public.archive(integer)",
            "aggregate public.product(numeric)");
    assertThat(snapshot.find(ObjectKind.COLUMN, "public.customers.email"))
        .get()
        .extracting(SchemaObject::definition)
        .isEqualTo("public.citext NOT NULL");
    assertThat(snapshot.find(ObjectKind.COLUMN, "public.orders.id"))
        .get()
        .extracting(SchemaObject::definition)
        .isEqualTo("bigint NOT NULL GENERATED ALWAYS AS IDENTITY (START WITH 1000)");
    assertThat(snapshot.find(ObjectKind.SEQUENCE, "public.customers_id_seq"))
        .get()
        .extracting(SchemaObject::definition)
        .isEqualTo("integer OWNED BY public.customers.id");
    assertThat(snapshot.find(ObjectKind.INDEX, "public.revenue_customer_idx"))
        .get()
        .extracting(SchemaObject::owner)
        .isEqualTo(new ObjectKey(ObjectKind.MATERIALIZED_VIEW, "public.revenue"));
  }

  @Test
  void leavesOutTheHistoryTableWithItsIndexesConstraintsTriggersAndSequences() throws SQLException {
    SchemaSnapshot snapshot =
        SchemaFixture.snapshotOf(
            """
            CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
            CREATE TABLE flyway_schema_history (
              installed_rank serial CONSTRAINT flyway_schema_history_pk PRIMARY KEY,
              version varchar(50) UNIQUE,
              success boolean NOT NULL CHECK (success IS NOT NULL));
            CREATE INDEX flyway_schema_history_s_idx ON flyway_schema_history (success);
            CREATE TRIGGER history_noop BEFORE INSERT ON flyway_schema_history
              FOR EACH ROW EXECUTE FUNCTION noop();
            CREATE TABLE kept (id integer);
            """);

    assertThat(snapshot.describe()).doesNotContain("flyway_schema_history");
    assertThat(snapshot.objects())
        .extracting(SchemaObject::name)
        .containsExactlyInAnyOrder("public", "public.noop()", "public.kept", "public.kept.id");
  }

  @Test
  void recordsWhetherEachListedSchemaExistsAndReadsNoOther() throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase();
        Connection c = db.connect()) {
      execute(c, "CREATE SCHEMA elsewhere; CREATE TABLE elsewhere.ignored (id integer)");
      List<String> schemas = List.of("public", "billing");
      SchemaSnapshot before = reader.read(c, schemas, EXCLUDED);
      execute(c, "CREATE SCHEMA billing; CREATE TABLE billing.invoices (id integer)");
      SchemaSnapshot after = reader.read(c, schemas, EXCLUDED);

      assertThat(before.objects()).extracting(SchemaObject::name).containsExactly("public");
      SchemaDifference up = single(SchemaDiff.between(before, after));
      assertThat(up.kind()).isEqualTo(ObjectKind.SCHEMA);
      assertThat(up.change()).isEqualTo(Change.UNEXPECTED);
      assertThat(up.description()).isEqualTo("schema billing is present (it did not exist before)");
      SchemaDifference down = single(SchemaDiff.between(after, before));
      assertThat(down.description()).isEqualTo("schema billing is missing");
    }
  }

  @Test
  void recordsExtensionsButNotTheirObjects() throws SQLException {
    SchemaSnapshot snapshot = SchemaFixture.snapshotOf("CREATE EXTENSION citext");

    assertThat(snapshot.objects())
        .extracting(SchemaObject::key)
        .extracting(ObjectKey::kind)
        .containsExactlyInAnyOrder(ObjectKind.SCHEMA, ObjectKind.EXTENSION);
  }

  @Test
  void quotesIdentifiersOnlyWhereSqlNeedsIt() throws SQLException {
    SchemaSnapshot snapshot =
        SchemaFixture.snapshotOf("CREATE TABLE \"Order Items\" (\"Qty\" integer, \"user\" text)");

    assertThat(snapshot.objects())
        .extracting(SchemaObject::name)
        .contains("public.\"Order Items\"", "public.\"Order Items\".\"Qty\"")
        .contains("public.\"Order Items\".\"user\"");
  }

  @Test
  void leavesTheCallersSessionAsItFoundIt() throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase();
        Connection c = db.connect()) {
      execute(c, "SET search_path = app, public; SET TimeZone = 'America/New_York'");
      execute(c, "CREATE SCHEMA app; CREATE TABLE app.t (at timestamptz DEFAULT '2024-02-29')");
      SchemaSnapshot inCallersSession = reader.read(c, List.of("app"), EXCLUDED);

      assertThat(setting(c, "search_path")).isEqualTo("app, public");
      assertThat(setting(c, "TimeZone")).isEqualTo("America/New_York");
      execute(c, "RESET search_path; RESET TimeZone");
      assertThat(reader.read(c, List.of("app"), EXCLUDED)).isEqualTo(inCallersSession);
      assertThat(inCallersSession.find(ObjectKind.COLUMN, "app.t.at"))
          .get()
          .extracting(SchemaObject::definition)
          .isEqualTo(
              "timestamp with time zone DEFAULT '2024-02-29 05:00:00+00'::timestamp with time zone");
    }
  }

  @Test
  void readsInsideTheCallersTransaction() throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase();
        Connection c = db.connect()) {
      c.setAutoCommit(false);
      execute(c, "CREATE TABLE pending (id integer)");

      SchemaSnapshot snapshot = snapshot(c);
      c.rollback();

      assertThat(snapshot.find(ObjectKind.TABLE, "public.pending")).isPresent();
      assertThat(snapshot(c).find(ObjectKind.TABLE, "public.pending")).isEmpty();
    }
  }

  @Test
  void runsTheSameFewQueriesHoweverLargeTheSchema() throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase();
        Connection c = db.connect()) {
      StatementCounter small = new StatementCounter(c);
      reader.read(small.connection(), SchemaFixture.SCHEMAS, EXCLUDED);
      StringBuilder tables = new StringBuilder();
      for (int i = 0; i < 50; i++) {
        tables.append(
            "CREATE TABLE t%d (id serial PRIMARY KEY, ref integer REFERENCES t%d (id), v text);"
                .formatted(i, Math.max(0, i - 1)));
        tables.append("CREATE INDEX t%d_v_idx ON t%d (v);".formatted(i, i));
      }
      execute(c, tables.toString());
      StatementCounter large = new StatementCounter(c);

      SchemaSnapshot snapshot = reader.read(large.connection(), SchemaFixture.SCHEMAS, EXCLUDED);

      assertThat(snapshot.size()).isEqualTo(1 + 50 * 8);
      assertThat(large.count()).isEqualTo(small.count()).isLessThanOrEqualTo(16);
    }
  }

  private static String setting(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet row = s.executeQuery("SELECT current_setting('" + name + "')")) {
      row.next();
      return row.getString(1);
    }
  }
}
