package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seeder on a schema with every kind of column and constraint it handles. */
class SeederSchemaTest {

  @Test
  void fillsEveryTableOfAMixedSchemaWithoutSkippingARow() throws SQLException {
    try (DisposableDatabase database = PostgresTestServer.newDatabase();
        Connection connection = database.connect()) {
      SeedFixture.execute(connection, SeedFixture.SHOP);

      long start = System.nanoTime();
      SeedReport report =
          new Seeder(TestDialects.POSTGRESQL, SeedOptions.defaults())
              .seed(connection, List.of("public"), SeedFixture.EXCLUDED);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.println("seeded the shop schema in " + millis + " ms");
      report.toLines().forEach(System.out::println);

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(report.skippedTables()).as(report.toString()).isEmpty();
      Map<String, Long> counts = SeedFixture.counts(connection);
      assertThat(counts).hasSizeGreaterThanOrEqualTo(39).containsEntry("flyway_schema_history", 0L);
      counts.remove("flyway_schema_history");
      assertThat(counts).allSatisfy((table, rows) -> assertThat(rows).as(table).isEqualTo(20L));
      assertThat(report.insertedRows()).hasSize(counts.size() - 1);
      assertThat(report.insertedRows().values()).allMatch(rows -> rows == 20);
      assertThat(SeedFixture.danglingReferences(connection))
          .hasSizeGreaterThan(20)
          .allSatisfy((fk, rows) -> assertThat(rows).as(fk).isZero());
    }
  }
}
