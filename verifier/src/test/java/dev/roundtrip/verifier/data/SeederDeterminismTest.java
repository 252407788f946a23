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

/** The same schema and seed give the same rows; another seed gives other rows. */
class SeederDeterminismTest {

  private static Map<String, List<String>> seededContents(SeedOptions options) throws SQLException {
    try (DisposableDatabase database = PostgresTestServer.newDatabase();
        Connection connection = database.connect()) {
      SeedFixture.execute(connection, SeedFixture.SHOP);
      SeedReport report =
          new Seeder(TestDialects.POSTGRESQL, options)
              .seed(connection, List.of("public"), SeedFixture.EXCLUDED);
      assertThat(report.skippedRowCount()).as(report.toString()).isZero();
      return SeedFixture.contents(connection);
    }
  }

  @Test
  void sameSeedGivesIdenticalTablesInTwoFreshDatabases() throws SQLException {
    Map<String, List<String>> first = seededContents(SeedOptions.defaults());
    Map<String, List<String>> second = seededContents(SeedOptions.defaults());

    assertThat(first).hasSizeGreaterThanOrEqualTo(37);
    assertThat(first.get("customers")).hasSize(20);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void anotherSeedGivesOtherRows() throws SQLException {
    Map<String, List<String>> first = seededContents(SeedOptions.defaults());
    Map<String, List<String>> other = seededContents(SeedOptions.defaults().withSeed(7));

    assertThat(other.keySet()).isEqualTo(first.keySet());
    long differing =
        first.keySet().stream().filter(t -> !first.get(t).equals(other.get(t))).count();
    assertThat(differing).as("tables whose rows differ").isGreaterThan(first.size() * 3L / 4);
    assertThat(other.get("products")).isNotEqualTo(first.get("products"));
  }
}
