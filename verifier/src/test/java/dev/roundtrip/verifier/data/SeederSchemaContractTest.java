package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, the seeder fills every table of its shop, a schema with every kind of column
 * and constraint it handles there, with 20 rows each, skipping no row and no table, leaving the
 * excluded table empty and no foreign key dangling.
 */
class SeederSchemaContractTest {

  /**
   * A dialect with the size of its shop.
   *
   * @param tables the tables of the shop, the excluded one among them
   * @param seededTables the tables the report names as seeded (on PostgreSQL a partitioned table
   *     and its partition are two tables, but seeded as one)
   * @param foreignKeys fewer foreign keys than the shop has
   */
  record Target(SeedTarget on, int tables, int seededTables, int foreignKeys) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        new Target(SeedTarget.POSTGRESQL, 40, 38, 20),
        new Target(SeedTarget.MARIADB, 40, 39, 20),
        new Target(SeedTarget.SQLITE, 8, 7, 4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void fillsEveryTableOfAMixedSchemaWithoutSkippingARow(Target target) throws SQLException {
    SeedTarget on = target.on();
    try (DisposableDatabase database = on.newDatabase();
        Connection connection = database.connect()) {
      on.execute(connection, on.shop());

      long start = System.nanoTime();
      SeedReport report =
          on.seed(connection, database, SeedOptions.defaults(), SeedFixture.EXCLUDED);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.println("seeded the " + on + " shop schema in " + millis + " ms");
      report.toLines().forEach(System.out::println);

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(report.skippedTables()).as(report.toString()).isEmpty();
      Map<String, Long> counts = on.counts(connection, database);
      assertThat(counts).hasSize(target.tables()).containsEntry("flyway_schema_history", 0L);
      counts.remove("flyway_schema_history");
      assertThat(counts).allSatisfy((table, rows) -> assertThat(rows).as(table).isEqualTo(20L));
      assertThat(report.insertedRows())
          .hasSize(target.seededTables())
          .containsEntry(on.table(database, "orders"), 20);
      assertThat(report.insertedRows().values()).allMatch(rows -> rows == 20);
      assertThat(on.danglingReferences(connection, database))
          .hasSizeGreaterThan(target.foreignKeys())
          .allSatisfy((fk, rows) -> assertThat(rows).as(fk).isZero());
    }
  }
}
