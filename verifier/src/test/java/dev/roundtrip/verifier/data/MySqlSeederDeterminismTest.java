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

/** On MariaDB too, the same schema and seed give the same rows; another seed gives other rows. */
class MySqlSeederDeterminismTest {

  private static Map<String, List<String>> seededContents(SeedOptions options) throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      MySqlSeedFixture.execute(connection, MySqlSeedFixture.SHOP);
      SeedReport report =
          new Seeder(TestDialects.MARIADB, options)
              .seed(connection, List.of(database.name()), MySqlSeedFixture.EXCLUDED);
      assertThat(report.skippedRowCount()).as(report.toString()).isZero();
      return MySqlSeedFixture.contents(connection, database.name());
    }
  }

  @Test
  void sameSeedGivesIdenticalTablesInTwoFreshDatabases() throws SQLException {
    Map<String, List<String>> first = seededContents(SeedOptions.defaults());
    Map<String, List<String>> second = seededContents(SeedOptions.defaults());

    assertThat(first).hasSize(40);
    assertThat(first.get("customers")).hasSize(20);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    assertThat(first.keySet())
        .allSatisfy(table -> assertThat(second.get(table)).as(table).isEqualTo(first.get(table)));
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
