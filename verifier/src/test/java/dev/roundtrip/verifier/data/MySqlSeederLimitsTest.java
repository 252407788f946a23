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

/**
 * What only MariaDB has to the seeder: a self-reference in a table without a key to find rows by
 * stays NULL and is noted; its own types and system-versioned tables are seeded. What the seeder
 * cannot do on PostgreSQL and MariaDB alike is in {@link SeederLimitsContractTest}.
 */
class MySqlSeederLimitsTest {

  @Test
  void aSelfReferenceInATableWithoutAKeyToFindRowsByStaysNullAndIsNoted() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      MySqlSeedFixture.execute(
          connection,
          """
          CREATE TABLE nodes (code varchar(8) UNIQUE, parent varchar(8),
            FOREIGN KEY (parent) REFERENCES nodes (code));
          """);
      String db = database.name();

      SeedReport report =
          new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
              .seed(connection, List.of(db), Set.of());

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(report.insertedRows(db + ".nodes")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM nodes WHERE parent IS NOT NULL"))
          .isZero();
      assertThat(report.notes())
          .singleElement()
          .asString()
          .startsWith(db + ".nodes: ")
          .contains("rows keep NULL in parent")
          .endsWith("(no key: the table has no primary key or NOT NULL unique key)");
    }
  }

  @Test
  void mariaDbsOwnTypesAndSystemVersionedTablesAreSeeded() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      MySqlSeedFixture.execute(
          connection,
          """
          CREATE TABLE hosts (id uuid PRIMARY KEY, v4 inet4 NOT NULL UNIQUE, v6 inet6,
            x int,
            valid_from timestamp(6) GENERATED ALWAYS AS ROW START,
            valid_to timestamp(6) GENERATED ALWAYS AS ROW END,
            PERIOD FOR SYSTEM_TIME (valid_from, valid_to)) WITH SYSTEM VERSIONING;
          CREATE TABLE history_only (id int PRIMARY KEY, note varchar(20)) WITH SYSTEM VERSIONING;
          """);
      String db = database.name();

      SeedReport report =
          new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
              .seed(connection, List.of(db), Set.of());

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(report.skippedTables()).as(report.toString()).isEmpty();
      assertThat(report.insertedRows())
          .containsOnly(Map.entry(db + ".history_only", 20), Map.entry(db + ".hosts", 20));
      assertThat(number(connection, "SELECT COUNT(DISTINCT id) FROM hosts")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM hosts WHERE v6 = '::1'")).isOne();
      assertThat(number(connection, "SELECT COUNT(*) FROM hosts WHERE valid_to < NOW()")).isZero();
    }
  }
}
