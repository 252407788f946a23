package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.diffAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.schema.MySqlSchemaFixture.Outcome;
import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Changes to MySQL-family keys, indexes, foreign keys and checks are found and explained where the
 * family words them its own way: uniqueness, prefixes, sort order, index types, a missing foreign
 * key and a column CHECK. What every dialect has is in {@link ConstraintAndIndexContractTest}.
 */
class MySqlConstraintAndIndexChangesTest {

  private static Outcome after(String change) throws SQLException {
    return diffAfter(MySqlShop.TABLES, change);
  }

  @Test
  void uniqueIndexNoLongerUnique() throws SQLException {
    Outcome outcome =
        after(
            "ALTER TABLE customers DROP INDEX customers_email_uq,"
                + " ADD INDEX customers_email_uq (email)");

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.INDEX);
    assertThat(outcome.sentence())
        .isEqualTo(
            "index db.customers.customers_email_uq changed: UNIQUE KEY (email) -> KEY (email)");
  }

  @Test
  void prefixLengthChange() throws SQLException {
    Outcome outcome =
        after(
            "ALTER TABLE customers DROP INDEX customers_name_idx,"
                + " ADD INDEX customers_name_idx (name(20), status DESC)");

    assertThat(outcome.sentence())
        .isEqualTo(
            "index db.customers.customers_name_idx changed: KEY (name(10), status DESC)"
                + " -> KEY (name(20), status DESC)");
  }

  @Test
  void sortOrderChange() throws SQLException {
    Outcome outcome =
        after(
            "ALTER TABLE customers DROP INDEX customers_name_idx,"
                + " ADD INDEX customers_name_idx (name(10), status)");

    assertThat(outcome.sentence())
        .isEqualTo(
            "index db.customers.customers_name_idx changed: KEY (name(10), status DESC)"
                + " -> KEY (name(10), status)");
  }

  @Test
  void indexColumnsChange() throws SQLException {
    Outcome outcome =
        after(
            "ALTER TABLE orders DROP INDEX orders_customer_idx,"
                + " ADD INDEX orders_customer_idx (customer_id, quantity)");

    assertThat(outcome.sentence())
        .isEqualTo(
            "index db.orders.orders_customer_idx changed: KEY (customer_id)"
                + " -> KEY (customer_id, quantity)");
  }

  @Test
  void indexTypeChange() throws SQLException {
    Outcome outcome =
        after(
            "ALTER TABLE customers DROP INDEX customers_note_ft,"
                + " ADD INDEX customers_note_ft (note)");

    assertThat(outcome.sentence())
        .isEqualTo(
            "index db.customers.customers_note_ft changed: FULLTEXT KEY (note) -> KEY (note)");
  }

  @Test
  void hashIndexOfMemoryTable() throws SQLException {
    Outcome outcome =
        diffAfter(
            "CREATE TABLE cache (k int, KEY cache_k (k) USING HASH) ENGINE=MEMORY",
            "ALTER TABLE cache DROP INDEX cache_k, ADD INDEX cache_k (k) USING BTREE");

    assertThat(outcome.sentence())
        .isEqualTo("index db.cache.cache_k changed: KEY (k) USING HASH -> KEY (k)");
  }

  @Test
  void missingForeignKey() throws SQLException {
    Outcome outcome = after("ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk");

    assertThat(outcome.single().change()).isEqualTo(Change.MISSING);
    assertThat(outcome.sentence())
        .isEqualTo(
            "foreign key db.orders.orders_customer_fk is missing (was FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id) ON DELETE CASCADE ON UPDATE RESTRICT)");
  }

  @Test
  void columnCheckConstraintMissing() throws SQLException {
    Outcome outcome =
        diffAfter(
            "CREATE TABLE prices (amount int CHECK (amount > 0))",
            "ALTER TABLE prices MODIFY amount int");

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.CHECK_CONSTRAINT);
    assertThat(outcome.sentence())
        .isEqualTo("check constraint db.prices.amount is missing (was CHECK (`amount` > 0))");
  }
}
