package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.SeedFixture.count;
import static dev.roundtrip.verifier.data.SeedFixture.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtrip.verifier.data.SeedReport.SkippedRows;
import dev.roundtrip.verifier.data.SeedReport.SkippedTable;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the seeder cannot do is reported, never thrown. */
class SeederLimitsTest {

  @Test
  void rowsACheckItCannotReadRejectsGetTheirPlainTwinElseAreSkippedAndCounted()
      throws SQLException {
    try (DisposableDatabase database = PostgresTestServer.newDatabase();
        Connection connection = database.connect()) {
      SeedFixture.execute(
          connection,
          """
          CREATE TABLE codes (id int PRIMARY KEY,
            code text NOT NULL CONSTRAINT code_format CHECK (code ~ '^[A-Z]{3}-[0-9]+$'));
          CREATE TABLE pairs (a int NOT NULL, b int NOT NULL,
            CONSTRAINT one_positive CHECK (a > 0 OR b > 0));
          CREATE TABLE plain (id int PRIMARY KEY, note text);
          """);

      SeedReport report =
          new Seeder(TestDialects.POSTGRESQL, SeedOptions.defaults())
              .seed(connection, List.of("public"), Set.of());

      assertThat(report.skippedRows())
          .extracting(SkippedRows::table, SkippedRows::constraint)
          .containsExactly(tuple("public.codes", "code_format"));
      assertThat(report.skippedRows().get(0).rows()).isEqualTo(20);
      assertThat(report.skippedRows().get(0).reason())
          .isEqualTo("new row for relation \"codes\" violates check constraint \"code_format\"");
      assertThat(report.insertedRows("public.codes")).isZero();
      // a row whose NULLs or boundary values the CHECK rejects is inserted as its plain twin
      // (regular values); rows the CHECK accepts keep their boundary values
      assertThat(report.replacedRows())
          .extracting(SkippedRows::table, SkippedRows::constraint)
          .containsExactly(tuple("public.pairs", "one_positive"));
      assertThat(report.replacedRows().get(0).rows()).isBetween(1, 19);
      assertThat(report.insertedRows("public.pairs")).isEqualTo(20);
      assertThat(count(connection, "pairs")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM pairs WHERE a <= 0 OR b <= 0"))
          .isPositive();
      assertThat(count(connection, "plain")).isEqualTo(20);
      assertThat(report.toLines())
          .contains(
              "  skipped 20 rows of public.codes (code_format): new row for relation \"codes\""
                  + " violates check constraint \"code_format\"");
    }
  }

  @Test
  void typesItCannotGenerateBecomeNullOrDefaultOrSkipTheTable() throws SQLException {
    try (DisposableDatabase database = PostgresTestServer.newDatabase();
        Connection connection = database.connect()) {
      SeedFixture.execute(
          connection,
          """
          CREATE TYPE pair AS (x int, y int);
          CREATE TABLE nullable_pair (id int PRIMARY KEY, p pair);
          CREATE TABLE default_pair (id int PRIMARY KEY, p pair NOT NULL DEFAULT ROW(1, 2));
          CREATE TABLE required_pair (id int PRIMARY KEY, p pair NOT NULL);
          CREATE TABLE needs_required (id int PRIMARY KEY,
            required_id int NOT NULL REFERENCES required_pair);
          CREATE TABLE chicken (id int PRIMARY KEY, egg_id int NOT NULL);
          CREATE TABLE egg (id int PRIMARY KEY, chicken_id int NOT NULL REFERENCES chicken);
          ALTER TABLE chicken ADD FOREIGN KEY (egg_id) REFERENCES egg;
          CREATE TABLE nodes (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES nodes);
          """);

      SeedReport report =
          new Seeder(TestDialects.POSTGRESQL, SeedOptions.defaults())
              .seed(connection, List.of("public"), Set.of());

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(number(connection, "SELECT count(*) FROM nullable_pair WHERE p IS NULL"))
          .isEqualTo(20);
      assertThat(number(connection, "SELECT count(*) FROM default_pair WHERE p = ROW(1, 2)::pair"))
          .isEqualTo(20);
      assertThat(report.skippedTables())
          .extracting(SkippedTable::table, SkippedTable::reason)
          .containsExactlyInAnyOrder(
              tuple(
                  "public.chicken",
                  "its foreign keys [chicken_egg_id_fkey] form a cycle through NOT NULL columns"),
              tuple(
                  "public.egg",
                  "foreign key egg_chicken_id_fkey needs a row in public.chicken, which has none"),
              tuple(
                  "public.required_pair",
                  "column p has type pair, which the seeder cannot generate, and is NOT NULL"
                      + " without a default"),
              tuple(
                  "public.nodes",
                  "foreign key nodes_parent_id_fkey needs a row in public.nodes, which has none"),
              tuple(
                  "public.needs_required",
                  "foreign key needs_required_required_id_fkey needs a row in"
                      + " public.required_pair, which has none"));
      assertThat(count(connection, "required_pair")).isZero();
      assertThat(report.toLines())
          .contains(
              "  skipped table public.egg: foreign key egg_chicken_id_fkey needs a row in"
                  + " public.chicken, which has none");
    }
  }
}
