package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.MySqlSeedFixture.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtrip.verifier.data.SeedReport.SkippedRows;
import dev.roundtrip.verifier.data.SeedReport.SkippedTable;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the seeder cannot do on MariaDB is reported with the server's reason, never thrown. */
class MySqlSeederLimitsTest {

  @Test
  void rowsACheckItCannotReadRejectsGetTheirPlainTwinElseAreSkippedAndCounted()
      throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      MySqlSeedFixture.execute(
          connection,
          """
          CREATE TABLE codes (id int PRIMARY KEY,
            code varchar(20) NOT NULL, CONSTRAINT code_format CHECK (code REGEXP '^[A-Z]{3}-[0-9]+$'));
          CREATE TABLE pairs (a int NOT NULL, b int NOT NULL,
            CONSTRAINT one_positive CHECK (a > 0 OR b > 0));
          CREATE TABLE plain (id int PRIMARY KEY, note text);
          """);
      String db = database.name();

      SeedReport report =
          new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
              .seed(connection, List.of(db), Set.of());

      assertThat(report.skippedRows())
          .extracting(SkippedRows::table, SkippedRows::constraint)
          .containsExactly(tuple(db + ".codes", "code_format"));
      assertThat(report.skippedRows().get(0).rows()).isEqualTo(20);
      assertThat(report.skippedRows().get(0).reason())
          .isEqualTo("CONSTRAINT `code_format` failed for `" + db + "`.`codes`");
      assertThat(report.insertedRows(db + ".codes")).isZero();
      // a row whose NULLs or boundary values the CHECK rejects is inserted as its plain twin
      // (regular values); rows the CHECK accepts keep their boundary values
      assertThat(report.replacedRows())
          .extracting(SkippedRows::table, SkippedRows::constraint)
          .containsExactly(tuple(db + ".pairs", "one_positive"));
      assertThat(report.replacedRows().get(0).rows()).isBetween(1, 19);
      assertThat(report.insertedRows(db + ".pairs")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM pairs")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM pairs WHERE a <= 0 OR b <= 0"))
          .isPositive();
      assertThat(number(connection, "SELECT COUNT(*) FROM plain")).isEqualTo(20);
      assertThat(report.toLines())
          .contains(
              "  skipped 20 rows of "
                  + db
                  + ".codes (code_format): CONSTRAINT `code_format` failed for `"
                  + db
                  + "`.`codes`");
    }
  }

  @Test
  void typesItCannotGenerateBecomeNullOrDefaultOrSkipTheTable() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      MySqlSeedFixture.execute(
          connection,
          """
          CREATE TABLE nullable_point (id int PRIMARY KEY, p point);
          CREATE TABLE default_point (id int PRIMARY KEY, p point NOT NULL DEFAULT (POINT(1, 2)));
          CREATE TABLE required_point (id int PRIMARY KEY, p point NOT NULL);
          CREATE TABLE needs_required (id int PRIMARY KEY, required_id int NOT NULL,
            CONSTRAINT needs_required_fk FOREIGN KEY (required_id) REFERENCES required_point (id));
          CREATE TABLE chicken (id int PRIMARY KEY, egg_id int NOT NULL);
          CREATE TABLE egg (id int PRIMARY KEY, chicken_id int NOT NULL,
            CONSTRAINT egg_chicken FOREIGN KEY (chicken_id) REFERENCES chicken (id));
          ALTER TABLE chicken ADD CONSTRAINT chicken_egg FOREIGN KEY (egg_id) REFERENCES egg (id);
          """);
      String db = database.name();

      SeedReport report =
          new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
              .seed(connection, List.of(db), Set.of());

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(number(connection, "SELECT COUNT(*) FROM nullable_point WHERE p IS NULL"))
          .isEqualTo(20);
      assertThat(
              number(
                  connection,
                  "SELECT COUNT(*) FROM default_point WHERE ST_AsText(p) = 'POINT(1 2)'"))
          .isEqualTo(20);
      assertThat(report.skippedTables())
          .extracting(SkippedTable::table, SkippedTable::reason)
          .containsExactlyInAnyOrder(
              tuple(
                  db + ".chicken",
                  "its foreign keys [chicken_egg] form a cycle through NOT NULL columns"),
              tuple(
                  db + ".egg",
                  "foreign key egg_chicken needs a row in " + db + ".chicken, which has none"),
              tuple(
                  db + ".required_point",
                  "column p has type point, which the seeder cannot generate, and is NOT NULL"
                      + " without a default"),
              tuple(
                  db + ".needs_required",
                  "foreign key needs_required_fk needs a row in "
                      + db
                      + ".required_point, which has none"));
    }
  }

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
