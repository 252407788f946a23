package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.SchemaFixture.diffAfter;
import static dev.roundtrip.verifier.schema.SchemaFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Changes to PostgreSQL's constraints and indexes are found and explained: a missing primary key,
 * unique constraints, deferrable foreign keys, exclusion constraints, index methods and predicates.
 * What every dialect has is in {@link ConstraintAndIndexContractTest}.
 */
class ConstraintAndIndexChangesTest {

  /** The schema the changes are made to, also {@link ConstraintAndIndexContractTest}'s. */
  static final String ORDERS =
      """
      CREATE TABLE customers (id integer PRIMARY KEY, code text);
      CREATE TABLE orders (
        id integer CONSTRAINT orders_pkey PRIMARY KEY,
        number text NOT NULL CONSTRAINT orders_number_key UNIQUE,
        customer_id integer CONSTRAINT orders_customer_id_fkey
          REFERENCES customers (id) ON DELETE CASCADE,
        total numeric CONSTRAINT orders_total_check CHECK (total >= 0),
        during tstzrange,
        status text);
      CREATE INDEX orders_customer_idx ON orders (customer_id);
      CREATE INDEX orders_open_idx ON orders (status) WHERE status <> 'closed';
      """;

  @Test
  void missingPrimaryKey() throws SQLException {
    SchemaDifference d =
        single(diffAfter(ORDERS, "ALTER TABLE orders DROP CONSTRAINT orders_pkey"));

    assertThat(d.kind()).isEqualTo(ObjectKind.PRIMARY_KEY);
    assertThat(d.change()).isEqualTo(Change.MISSING);
    assertThat(d.description())
        .isEqualTo("primary key public.orders.orders_pkey is missing (was PRIMARY KEY (id))");
  }

  @Test
  void uniqueConstraintMissingAndUnexpected() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            ORDERS,
            """
            ALTER TABLE orders DROP CONSTRAINT orders_number_key;
            ALTER TABLE customers ADD CONSTRAINT customers_code_key UNIQUE (code);
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::kind, SchemaDifference::change, SchemaDifference::description)
        .containsExactly(
            tuple(
                ObjectKind.UNIQUE_CONSTRAINT,
                Change.UNEXPECTED,
                "unique constraint public.customers.customers_code_key UNIQUE (code)"
                    + " is present (it did not exist before)"),
            tuple(
                ObjectKind.UNIQUE_CONSTRAINT,
                Change.MISSING,
                "unique constraint public.orders.orders_number_key is missing"
                    + " (was UNIQUE (number))"));
  }

  @Test
  void foreignKeyDeferrabilityAndMatchChange() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                ORDERS,
                """
                ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
                ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey
                  FOREIGN KEY (customer_id) REFERENCES customers (id) MATCH FULL
                  ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
                """));

    assertThat(d.actual()).contains("MATCH FULL", "DEFERRABLE INITIALLY DEFERRED");
    assertThat(d.description()).contains("MATCH FULL").contains("DEFERRABLE INITIALLY DEFERRED");
  }

  @Test
  void exclusionConstraintUnexpected() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                ORDERS,
                "ALTER TABLE orders ADD CONSTRAINT orders_no_overlap"
                    + " EXCLUDE USING gist (during WITH &&)"));

    assertThat(d.kind()).isEqualTo(ObjectKind.EXCLUSION_CONSTRAINT);
    assertThat(d.change()).isEqualTo(Change.UNEXPECTED);
    assertThat(d.description())
        .isEqualTo(
            "exclusion constraint public.orders.orders_no_overlap"
                + " EXCLUDE USING gist (during WITH &&) is present (it did not exist before)");
  }

  @Test
  void indexColumnsUniquenessMethodAndPredicateChanges() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            ORDERS
                + """
                CREATE INDEX orders_number_idx ON orders (number);
                CREATE INDEX orders_status_idx ON orders (status);
                """,
            """
            DROP INDEX orders_customer_idx, orders_number_idx, orders_status_idx, orders_open_idx;
            CREATE INDEX orders_customer_idx ON orders (customer_id, total);
            CREATE UNIQUE INDEX orders_number_idx ON orders (number);
            CREATE INDEX orders_status_idx ON orders USING hash (status);
            CREATE INDEX orders_open_idx ON orders (status) WHERE status <> 'cancelled';
            """);

    assertThat(diff.differences())
        .allSatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(ObjectKind.INDEX);
              assertThat(d.change()).isEqualTo(Change.CHANGED);
            })
        .extracting(SchemaDifference::description)
        .containsExactly(
            "index public.orders_customer_idx changed:"
                + " on public.orders (customer_id) -> on public.orders (customer_id, total)",
            "index public.orders_number_idx changed:"
                + " on public.orders (number) -> unique on public.orders (number)",
            "index public.orders_open_idx changed:"
                + " on public.orders (status) WHERE (status <> 'closed'::text)"
                + " -> on public.orders (status) WHERE (status <> 'cancelled'::text)",
            "index public.orders_status_idx changed:"
                + " on public.orders (status) -> on public.orders using hash (status)");
  }

  @Test
  void indexesBehindConstraintsAreReportedOnceAsTheConstraint() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                ORDERS, "ALTER TABLE customers ADD CONSTRAINT customers_code_key UNIQUE (code)"));

    assertThat(d.kind()).isEqualTo(ObjectKind.UNIQUE_CONSTRAINT);
  }
}
