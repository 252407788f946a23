package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.SqliteTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
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

  /** How a dialect's shop is made and read back. */
  interface Shop {
    DisposableDatabase newDatabase();

    void create(Connection c) throws SQLException;

    String schema(DisposableDatabase db);

    Map<String, List<String>> contents(Connection c, DisposableDatabase db) throws SQLException;
  }

  /**
   * A dialect with its shop.
   *
   * @param tables how many tables the shop has
   */
  record Target(Dialect dialect, Shop shop, int tables) {
    @Override
    public String toString() {
      return dialect.id();
    }
  }

  static Stream<Target> dialects() {
    Shop postgres =
        new Shop() {
          @Override
          public DisposableDatabase newDatabase() {
            return PostgresTestServer.newDatabase();
          }

          @Override
          public void create(Connection c) throws SQLException {
            SeedFixture.execute(c, SeedFixture.SHOP);
          }

          @Override
          public String schema(DisposableDatabase db) {
            return "public";
          }

          @Override
          public Map<String, List<String>> contents(Connection c, DisposableDatabase db)
              throws SQLException {
            return SeedFixture.contents(c);
          }
        };
    Shop mariaDb =
        new Shop() {
          @Override
          public DisposableDatabase newDatabase() {
            return MariaDbTestServer.newDatabase();
          }

          @Override
          public void create(Connection c) throws SQLException {
            MySqlSeedFixture.execute(c, MySqlSeedFixture.SHOP);
          }

          @Override
          public String schema(DisposableDatabase db) {
            return db.name();
          }

          @Override
          public Map<String, List<String>> contents(Connection c, DisposableDatabase db)
              throws SQLException {
            return MySqlSeedFixture.contents(c, db.name());
          }
        };
    Shop sqlite =
        new Shop() {
          @Override
          public DisposableDatabase newDatabase() {
            return SqliteTestServer.newDatabase();
          }

          @Override
          public void create(Connection c) throws SQLException {
            SqliteSeedFixture.execute(c, SqliteSeedFixture.SHOP);
          }

          @Override
          public String schema(DisposableDatabase db) {
            return "main";
          }

          @Override
          public Map<String, List<String>> contents(Connection c, DisposableDatabase db)
              throws SQLException {
            return SqliteSeedFixture.contents(c);
          }
        };
    return Stream.of(
        new Target(TestDialects.POSTGRESQL, postgres, 40),
        new Target(TestDialects.MARIADB, mariaDb, 40),
        new Target(SqliteTestServer.SQLITE, sqlite, 7));
  }

  private static Map<String, List<String>> seededContents(Target target, SeedOptions options)
      throws SQLException {
    try (DisposableDatabase database = target.shop().newDatabase();
        Connection connection = database.connect()) {
      target.shop().create(connection);
      SeedReport report =
          new Seeder(target.dialect(), options)
              .seed(connection, List.of(target.shop().schema(database)), SeedFixture.EXCLUDED);
      assertThat(report.skippedRowCount()).as(report.toString()).isZero();
      return target.shop().contents(connection, database);
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
