package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seeder on a MariaDB shop schema with every kind of column and constraint it handles. */
class MySqlSeederSchemaTest {

  @Test
  void fillsEveryTableOfAMixedSchemaWithoutSkippingARow() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      MySqlSeedFixture.execute(connection, MySqlSeedFixture.SHOP);

      long start = System.nanoTime();
      SeedReport report =
          new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
              .seed(connection, List.of(database.name()), MySqlSeedFixture.EXCLUDED);
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.println("seeded the MariaDB shop schema in " + millis + " ms");
      report.toLines().forEach(System.out::println);

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(report.skippedTables()).as(report.toString()).isEmpty();
      Map<String, Long> counts = MySqlSeedFixture.counts(connection, database.name());
      assertThat(counts).hasSize(40).containsEntry("flyway_schema_history", 0L);
      counts.remove("flyway_schema_history");
      assertThat(counts).allSatisfy((table, rows) -> assertThat(rows).as(table).isEqualTo(20L));
      assertThat(report.insertedRows()).hasSize(39).containsEntry(database.name() + ".orders", 20);
      assertThat(report.insertedRows().values()).allMatch(rows -> rows == 20);
      assertThat(MySqlSeedFixture.danglingReferences(connection, database.name()))
          .hasSizeGreaterThan(20)
          .allSatisfy((fk, rows) -> assertThat(rows).as(fk).isZero());
    }
  }
}
