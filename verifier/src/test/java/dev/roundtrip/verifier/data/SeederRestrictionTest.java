package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.SeedFixture.count;
import static dev.roundtrip.verifier.data.SeedFixture.number;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seeding only the tables a migration added or changed, on top of rows already there. */
class SeederRestrictionTest {

  @Test
  void seedsOnlyTheNamedTablesAndTakesParentsFromExistingRows() throws SQLException {
    try (DisposableDatabase database = PostgresTestServer.newDatabase();
        Connection connection = database.connect()) {
      SeedFixture.execute(connection, SeedFixture.SHOP);
      new Seeder(TestDialects.POSTGRESQL, SeedOptions.defaults())
          .seed(connection, List.of("public"), SeedFixture.EXCLUDED);
      Map<String, List<String>> before = SeedFixture.contents(connection);
      SeedFixture.execute(
          connection,
          """
          CREATE TABLE wishlists (
            id serial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers,
            product_id int REFERENCES products, added timestamptz, UNIQUE (customer_id, product_id));
          ALTER TABLE products ADD COLUMN barcode varchar(13) UNIQUE;
          """);

      SeedReport report =
          new Seeder(
                  TestDialects.POSTGRESQL,
                  SeedOptions.defaults()
                      .onlyTables(Set.of("public.wishlists", "public.products", "public.gone")))
              .seed(connection, List.of("public"), SeedFixture.EXCLUDED);

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(report.insertedRows())
          .containsOnly(Map.entry("public.products", 20), Map.entry("public.wishlists", 20));
      assertThat(report.notes()).containsExactly("no table public.gone to seed in the schemas");
      assertThat(count(connection, "wishlists")).isEqualTo(20);
      assertThat(count(connection, "products")).isEqualTo(40);
      assertThat(number(connection, "SELECT count(DISTINCT sku) FROM products")).isEqualTo(40);
      assertThat(number(connection, "SELECT count(barcode) FROM products")).isBetween(10L, 20L);
      Map<String, List<String>> after = SeedFixture.contents(connection);
      after.remove("products");
      after.remove("wishlists");
      before.remove("products");
      assertThat(after).isEqualTo(before);
      assertThat(
              number(
                  connection,
                  "SELECT count(*) FROM wishlists w JOIN customers c ON c.id = w.customer_id"))
          .isEqualTo(20);
      assertThat(number(connection, "SELECT count(DISTINCT customer_id) FROM wishlists"))
          .isGreaterThan(5);
      assertThat(SeedFixture.danglingReferences(connection))
          .allSatisfy((fk, rows) -> assertThat(rows).as(fk).isZero());
    }
  }

  @Test
  void seedingATableAgainAddsRowsWithoutRepeatingItsKeys() throws SQLException {
    try (DisposableDatabase database = PostgresTestServer.newDatabase();
        Connection connection = database.connect()) {
      SeedFixture.execute(
          connection,
          "CREATE TABLE codes (code varchar(6) PRIMARY KEY, label text NOT NULL UNIQUE);");
      Seeder seeder =
          new Seeder(
              TestDialects.POSTGRESQL, SeedOptions.defaults().onlyTables(Set.of("public.codes")));

      seeder.seed(connection, List.of("public"), Set.of());
      SeedReport second = seeder.seed(connection, List.of("public"), Set.of());

      assertThat(second.skippedRows()).as(second.toString()).isEmpty();
      assertThat(second.insertedRows("public.codes")).isEqualTo(20);
      assertThat(count(connection, "codes")).isEqualTo(40);
    }
  }
}
