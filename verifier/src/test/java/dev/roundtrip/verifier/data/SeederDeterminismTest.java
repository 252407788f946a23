package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, a shop in its own SQL: the same schema and seed give the same rows in two fresh
 * databases; another seed gives other rows.
 */
class SeederDeterminismTest {

  /**
   * A dialect with its shop.
   *
   * @param tables how many tables the shop has
   */
  record Target(SeedTarget on, int tables) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        new Target(SeedTarget.POSTGRESQL, 40),
        new Target(SeedTarget.MARIADB, 40),
        new Target(SeedTarget.SQLITE, 7));
  }

  private static Map<String, List<String>> seededContents(Target target, SeedOptions options)
      throws SQLException {
    SeedTarget on = target.on();
    try (DisposableDatabase database = on.newDatabase();
        Connection connection = database.connect()) {
      on.execute(connection, on.shop());
      SeedReport report = on.seed(connection, database, options, SeedFixture.EXCLUDED);
      assertThat(report.skippedRowCount()).as(report.toString()).isZero();
      return on.contents(connection, database);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void sameSeedGivesIdenticalTablesInTwoFreshDatabases(Target target) throws SQLException {
    Map<String, List<String>> first = seededContents(target, SeedOptions.defaults());
    Map<String, List<String>> second = seededContents(target, SeedOptions.defaults());

    assertThat(first).hasSize(target.tables());
    assertThat(first.get("customers")).hasSize(20);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    assertThat(first.keySet())
        .allSatisfy(table -> assertThat(second.get(table)).as(table).isEqualTo(first.get(table)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void anotherSeedGivesOtherRows(Target target) throws SQLException {
    Map<String, List<String>> first = seededContents(target, SeedOptions.defaults());
    Map<String, List<String>> other = seededContents(target, SeedOptions.defaults().withSeed(7));

    assertThat(other.keySet()).isEqualTo(first.keySet());
    long differing =
        first.keySet().stream().filter(t -> !first.get(t).equals(other.get(t))).count();
    assertThat(differing).as("tables whose rows differ").isGreaterThan(first.size() * 3L / 4);
    assertThat(other.get("products")).isNotEqualTo(first.get("products"));
  }
}
