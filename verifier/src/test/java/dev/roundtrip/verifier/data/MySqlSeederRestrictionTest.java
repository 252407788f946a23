package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.MySqlSeedFixture.number;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** On MariaDB, seeding only the named tables ({@code db.table}), on top of rows already there. */
class MySqlSeederRestrictionTest {

  @Test
  void seedsOnlyTheNamedTablesAndTakesParentsFromExistingRows() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      MySqlSeedFixture.execute(connection, MySqlSeedFixture.SHOP);
      new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
          .seed(connection, List.of(db), MySqlSeedFixture.EXCLUDED);
      Map<String, List<String>> before = MySqlSeedFixture.contents(connection, db);
      MySqlSeedFixture.execute(
          connection,
          """
          CREATE TABLE wishlists (
            id int AUTO_INCREMENT PRIMARY KEY, customer_id bigint unsigned NOT NULL,
            product_id int, added timestamp NULL, UNIQUE KEY (customer_id, product_id),
            FOREIGN KEY (customer_id) REFERENCES customers (id),
            FOREIGN KEY (product_id) REFERENCES products (id));
          ALTER TABLE products ADD COLUMN barcode varchar(13) UNIQUE;
          CREATE TABLE `Odd Table` (`Odd Id` int PRIMARY KEY);
          """);

      SeedReport report =
          new Seeder(
                  TestDialects.MARIADB,
                  SeedOptions.defaults()
                      .onlyTables(
                          Set.of(
                              db + ".wishlists",
                              db + ".products",
                              db + ".Odd Table",
                              db + ".gone")))
              .seed(connection, List.of(db), MySqlSeedFixture.EXCLUDED);

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(report.insertedRows())
          .containsOnly(
              Map.entry(db + ".Odd Table", 20),
              Map.entry(db + ".products", 20),
              Map.entry(db + ".wishlists", 20));
      assertThat(report.notes()).containsExactly("no table " + db + ".gone to seed in the schemas");
      assertThat(number(connection, "SELECT COUNT(*) FROM wishlists")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM products")).isEqualTo(40);
      assertThat(number(connection, "SELECT COUNT(DISTINCT sku) FROM products")).isEqualTo(40);
      assertThat(number(connection, "SELECT COUNT(barcode) FROM products")).isBetween(10L, 20L);
      Map<String, List<String>> after = MySqlSeedFixture.contents(connection, db);
      after.keySet().removeAll(Set.of("products", "wishlists", "Odd Table"));
      before.remove("products");
      assertThat(after).isEqualTo(before);
      assertThat(
              number(
                  connection,
                  "SELECT COUNT(*) FROM wishlists w JOIN customers c ON c.id = w.customer_id"))
          .isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(DISTINCT customer_id) FROM wishlists"))
          .isGreaterThan(5);
      assertThat(MySqlSeedFixture.danglingReferences(connection, db))
          .allSatisfy((fk, rows) -> assertThat(rows).as(fk).isZero());
    }
  }

  @Test
  void seedingATableAgainAddsRowsWithoutRepeatingItsKeysUnderItsCollation() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      MySqlSeedFixture.execute(
          connection,
          """
          CREATE TABLE codes (code varchar(6) PRIMARY KEY, label text NOT NULL,
            slug varchar(100) NOT NULL, UNIQUE KEY (label(8)), UNIQUE KEY (slug));
          """);
      Seeder seeder =
          new Seeder(
              TestDialects.MARIADB, SeedOptions.defaults().onlyTables(Set.of(db + ".codes")));

      seeder.seed(connection, List.of(db), Set.of());
      SeedReport second = seeder.seed(connection, List.of(db), Set.of());

      assertThat(second.skippedRows()).as(second.toString()).isEmpty();
      assertThat(second.insertedRows(db + ".codes")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM codes")).isEqualTo(40);
    }
  }
}
