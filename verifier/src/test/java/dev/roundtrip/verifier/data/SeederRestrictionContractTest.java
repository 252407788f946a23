package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.SeedFixture.number;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, seeding only the tables a migration added or changed ({@code schema.table},
 * unquoted), on top of rows already there: the other tables keep their rows, parents come from the
 * existing rows, and a table seeded again gets new rows without repeating its keys. Each dialect
 * writes the migration and the keys in its own SQL (MariaDB's {@code codes} has a prefix key and
 * keys under its collation).
 */
class SeederRestrictionContractTest {

  /**
   * A dialect with its migration and its keyed table.
   *
   * @param migration adds {@code wishlists} (to customers and products), a unique {@code barcode}
   *     to {@code products} and {@code Odd Table}
   * @param oddTable {@code Odd Table} as the dialect's contents and (after the schema) its seeder
   *     name it
   * @param notes the notes of the seeding before the one on the table that is gone: on SQLite, of
   *     the shop's trigger it took out
   * @param codes creates {@code codes}, whose rows have a primary key and unique keys to repeat
   */
  record Target(
      SeedTarget on, String migration, String oddTable, List<String> notes, String codes) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        new Target(
            SeedTarget.POSTGRESQL,
            """
            CREATE TABLE wishlists (
              id serial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers,
              product_id int REFERENCES products, added timestamptz, UNIQUE (customer_id, product_id));
            ALTER TABLE products ADD COLUMN barcode varchar(13) UNIQUE;
            CREATE TABLE "Odd Table" ("Odd Id" int PRIMARY KEY);
            """,
            "\"Odd Table\"",
            List.of(),
            "CREATE TABLE codes (code varchar(6) PRIMARY KEY, label text NOT NULL UNIQUE);"),
        new Target(
            SeedTarget.MARIADB,
            """
            CREATE TABLE wishlists (
              id int AUTO_INCREMENT PRIMARY KEY, customer_id bigint unsigned NOT NULL,
              product_id int, added timestamp NULL, UNIQUE KEY (customer_id, product_id),
              FOREIGN KEY (customer_id) REFERENCES customers (id),
              FOREIGN KEY (product_id) REFERENCES products (id));
            ALTER TABLE products ADD COLUMN barcode varchar(13) UNIQUE;
            CREATE TABLE `Odd Table` (`Odd Id` int PRIMARY KEY);
            """,
            "Odd Table",
            List.of(),
            """
            CREATE TABLE codes (code varchar(6) PRIMARY KEY, label text NOT NULL,
              slug varchar(100) NOT NULL, UNIQUE KEY (label(8)), UNIQUE KEY (slug));
            """),
        new Target(
            SeedTarget.SQLITE,
            """
            CREATE TABLE wishlists (
              id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id),
              product_id INTEGER REFERENCES products (id), added DATETIME,
              UNIQUE (customer_id, product_id));
            ALTER TABLE products ADD COLUMN barcode VARCHAR(13);
            CREATE UNIQUE INDEX products_barcode ON products (barcode);
            CREATE TABLE "Odd Table" ("Odd Id" INT PRIMARY KEY);
            """,
            "Odd Table",
            List.of(
                "took out 1 trigger(s) of main while seeding and created them again in the same"
                    + " transaction"),
            "CREATE TABLE codes (code varchar(6) PRIMARY KEY, label text NOT NULL UNIQUE);"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void seedsOnlyTheNamedTablesAndTakesParentsFromExistingRows(Target target) throws SQLException {
    SeedTarget on = target.on();
    try (DisposableDatabase database = on.newDatabase();
        Connection connection = database.connect()) {
      on.execute(connection, on.shop());
      on.seed(connection, database, SeedOptions.defaults(), SeedFixture.EXCLUDED);
      Map<String, List<String>> before = on.contents(connection, database);
      on.execute(connection, target.migration());

      SeedReport report =
          on.seed(
              connection,
              database,
              SeedOptions.defaults()
                  .onlyTables(
                      Set.of(
                          on.table(database, "wishlists"),
                          on.table(database, "products"),
                          on.table(database, target.oddTable()),
                          on.table(database, "gone"))),
              SeedFixture.EXCLUDED);

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(report.insertedRows())
          .containsOnly(
              Map.entry(on.table(database, target.oddTable()), 20),
              Map.entry(on.table(database, "products"), 20),
              Map.entry(on.table(database, "wishlists"), 20));
      List<String> notes = new ArrayList<>(target.notes());
      notes.add("no table " + on.table(database, "gone") + " to seed in the schemas");
      assertThat(report.notes()).containsExactlyElementsOf(notes);
      assertThat(number(connection, "SELECT COUNT(*) FROM wishlists")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM products")).isEqualTo(40);
      assertThat(number(connection, "SELECT COUNT(DISTINCT sku) FROM products")).isEqualTo(40);
      assertThat(number(connection, "SELECT COUNT(barcode) FROM products")).isBetween(10L, 20L);
      Map<String, List<String>> after = on.contents(connection, database);
      after.keySet().removeAll(Set.of("products", "wishlists", target.oddTable()));
      before.remove("products");
      assertThat(after).isEqualTo(before);
      assertThat(
              number(
                  connection,
                  "SELECT COUNT(*) FROM wishlists w JOIN customers c ON c.id = w.customer_id"))
          .isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(DISTINCT customer_id) FROM wishlists"))
          .isGreaterThan(5);
      assertThat(on.danglingReferences(connection, database))
          .isNotEmpty()
          .allSatisfy((fk, rows) -> assertThat(rows).as(fk).isZero());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void seedingATableAgainAddsRowsWithoutRepeatingItsKeys(Target target) throws SQLException {
    SeedTarget on = target.on();
    try (DisposableDatabase database = on.newDatabase();
        Connection connection = database.connect()) {
      on.execute(connection, target.codes());
      Seeder seeder =
          new Seeder(
              on.dialect(), SeedOptions.defaults().onlyTables(Set.of(on.table(database, "codes"))));
      List<String> schemas = List.of(on.schema(database));

      seeder.seed(connection, schemas, Set.of());
      SeedReport second = seeder.seed(connection, schemas, Set.of());

      assertThat(second.skippedRows()).as(second.toString()).isEmpty();
      assertThat(second.insertedRows(on.table(database, "codes"))).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM codes")).isEqualTo(40);
    }
  }
}
