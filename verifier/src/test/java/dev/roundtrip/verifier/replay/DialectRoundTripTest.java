package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.api.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round trip on real PostgreSQL: one test per finding kind, and a set that passes. */
class DialectRoundTripTest {
  @TempDir Path project;

  private Path migrations() throws IOException {
    return Files.createDirectories(project.resolve("src/main/resources/db/migration"));
  }

  private void write(String name, String sql) throws IOException {
    Files.writeString(migrations().resolve(name), sql);
  }

  private DialectRun run() throws IOException {
    return run(Map.of());
  }

  private DialectRun run(Map<String, String> placeholders) throws IOException {
    RoundtripConfig config =
        RoundtripConfig.builder(project)
            .migrationDirectories(List.of(migrations()))
            .placeholders(placeholders)
            .build();
    return RoundTrips.onPostgres(config);
  }

  private static Finding only(DialectRun run, Rule rule) {
    List<Finding> found = run.allFindings().stream().filter(f -> f.rule() == rule).toList();
    assertThat(found).as("findings %s in %s", rule, run.allFindings()).hasSize(1);
    return found.get(0);
  }

  private void createCustomers() throws IOException {
    write(
        "V1__create_customers.sql",
        "CREATE TABLE customers (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
            + "  email varchar(200) NOT NULL UNIQUE,\n  name text\n);\n");
    write("U1__create_customers.sql", "DROP TABLE customers;\n");
  }

  @Test
  void aCorrectSetPassesEveryMigration() throws IOException {
    createCustomers();
    write(
        "V2__index_and_view.sql",
        "CREATE INDEX customers_name_idx ON customers (lower(name)) WHERE name IS NOT NULL;\n"
            + "CREATE VIEW named_customers AS SELECT id, name FROM customers WHERE name <> '';\n");
    write("U2__index_and_view.sql", "DROP VIEW named_customers;\nDROP INDEX customers_name_idx;\n");
    write(
        "V3__function.sql",
        "CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $$\n"
            + "BEGIN\n  RETURN 'hello; ' || who;\nEND;\n$$;\n");
    write("U3__function.sql", "DROP FUNCTION greet(text);\n");
    write("V4__rename.sql", "ALTER TABLE customers RENAME COLUMN name TO full_name;\n");
    write("U4__rename.sql", "ALTER TABLE customers RENAME COLUMN full_name TO name;\n");
    write("V5__concurrent_index.sql", "CREATE INDEX customers_email_idx ON customers (email);\n");
    write("U5__concurrent_index.sql", "DROP INDEX CONCURRENTLY customers_email_idx;\n");

    DialectRun run = run();

    assertThat(run.allFindings())
        .as("with generated data: the rows U1 discards, and the rename")
        .extracting(f -> f.rule(), f -> f.version())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Rule.DATA_DISCARDED, "1"),
            org.assertj.core.groups.Tuple.tuple(Rule.DATA_MOVED, "4"));
    assertThat(run.allFindings()).noneMatch(Finding::failing);
    assertThat(run.migrations()).extracting(MigrationOutcome::status).containsOnly(Status.PASSED);
    assertThat(run.migrations()).hasSize(5);
    assertThat(run.passed()).isTrue();
    assertThat(run.migrations().get(0).downMillis()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void aMissingUndoScriptIsAnError() throws IOException {
    createCustomers();
    write(
        "V2__add_points.sql", "ALTER TABLE customers ADD COLUMN points int NOT NULL DEFAULT 0;\n");
    write("V3__add_note.sql", "ALTER TABLE customers ADD COLUMN note text;\n");
    write("U3__add_note.sql", "ALTER TABLE customers DROP COLUMN note;\n");
    write("V3_1__add_tier.sql", "ALTER TABLE customers ADD COLUMN tier int;\n");

    DialectRun run = run();

    assertThat(run.allFindings())
        .filteredOn(f -> f.rule() == Rule.MISSING_DOWN && f.version().equals("3.1"))
        .singleElement()
        .satisfies(f -> assertThat(f.fix()).contains("Add U3_1__add_tier.sql"));
    Finding f =
        run.allFindings().stream()
            .filter(x -> x.rule() == Rule.MISSING_DOWN && x.version().equals("2"))
            .findFirst()
            .orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.version()).isEqualTo("2");
    assertThat(f.file()).isEqualTo("src/main/resources/db/migration/V2__add_points.sql");
    assertThat(f.message())
        .isEqualTo("V2__add_points.sql has no undo script, so it cannot be rolled back");
    assertThat(f.fix()).contains("Add U2__add_points.sql");
    assertThat(run.migrations())
        .extracting(MigrationOutcome::status)
        .containsExactly(Status.PASSED, Status.FAILED, Status.PASSED, Status.FAILED);
  }

  @Test
  void aFailingUpStopsTheDialectAndSaysWhereAndWhatWasNotChecked() throws IOException {
    createCustomers();
    write(
        "V2__broken.sql",
        "ALTER TABLE customers ADD COLUMN a int;\n\nALTER TABLE nope ADD COLUMN b int;\n");
    write("U2__broken.sql", "SELECT 1;\n");
    write("V3__later.sql", "SELECT 1;\n");
    write("U3__later.sql", "SELECT 1;\n");

    DialectRun run = run();

    Finding f = only(run, Rule.UP_FAILED);
    assertThat(f.line()).isEqualTo(3);
    assertThat(f.message())
        .contains("V2__broken.sql failed at line 3")
        .contains("\"nope\" does not exist");
    assertThat(f.location()).endsWith("V2__broken.sql:3");
    assertThat(only(run, Rule.NOT_CHECKED).message())
        .contains("V3")
        .contains("V2 could not be applied");
    assertThat(run.migrations())
        .extracting(MigrationOutcome::status)
        .containsExactly(Status.PASSED, Status.FAILED, Status.NOT_CHECKED);
  }

  @Test
  void aFailingDownNamesItsLineAndTheNextMigrationIsStillChecked() throws IOException {
    createCustomers();
    write("V2__add_note.sql", "ALTER TABLE customers ADD COLUMN note text;\n");
    write("U2__add_note.sql", "-- undo\nALTER TABLE customers\n  DROP COLUMN notes;\n");
    write("V3__add_flag.sql", "ALTER TABLE customers ADD COLUMN flag boolean;\n");
    write("U3__add_flag.sql", "ALTER TABLE customers DROP COLUMN flag;\n");

    DialectRun run = run();

    Finding f = only(run, Rule.DOWN_FAILED);
    assertThat(f.phase()).isEqualTo(Phase.DOWN);
    assertThat(f.location()).isEqualTo("src/main/resources/db/migration/U2__add_note.sql:2");
    assertThat(f.message()).contains("column \"notes\" of relation \"customers\" does not exist");
    assertThat(f.evidence()).anySatisfy(e -> assertThat(e).contains("DROP COLUMN notes"));
    assertThat(run.migrations().get(2).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void aDownThatForgetsAnIndexLeavesTheSchemaNotRestoredAndTheReapplyFails() throws IOException {
    createCustomers();
    write(
        "V2__index_customers.sql",
        "-- speeds up search\n\nCREATE INDEX customers_name_idx ON customers (name);\n");
    write("U2__index_customers.sql", "DROP INDEX IF EXISTS customers_nme_idx;\n");
    write("V3__add_note.sql", "ALTER TABLE customers ADD COLUMN note text;\n");
    write("U3__add_note.sql", "ALTER TABLE customers DROP COLUMN note;\n");

    DialectRun run = run();

    Finding f = only(run, Rule.SCHEMA_NOT_RESTORED);
    assertThat(f.message())
        .isEqualTo(
            "U2__index_customers.sql did not restore the schema as it was before V2 (1 difference)");
    assertThat(f.location()).isEqualTo("src/main/resources/db/migration/V2__index_customers.sql:3");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .contains("customers_name_idx")
                    .contains("(V2__index_customers.sql:3)"));
    Finding reapply = only(run, Rule.REAPPLY_FAILED);
    assertThat(reapply.message()).contains("already exists").contains("left the schema changed");
    assertThat(run.migrations().get(2).status())
        .as("V3 is judged on its own, from a fresh database")
        .isEqualTo(Status.PASSED);
  }

  @Test
  void aReapplyThatGivesAnotherSchemaIsAnError() throws IOException {
    createCustomers();
    write("V2__add_score.sql", "ALTER TABLE customers ADD COLUMN IF NOT EXISTS score integer;\n");
    write("U2__add_score.sql", "ALTER TABLE customers ALTER COLUMN score TYPE bigint;\n");

    DialectRun run = run();

    assertThat(only(run, Rule.SCHEMA_NOT_RESTORED).evidence())
        .anySatisfy(e -> assertThat(e).contains("score"));
    Finding f = only(run, Rule.REAPPLY_SCHEMA_DIFFERS);
    assertThat(f.message()).contains("gives a different schema than the first time");
    assertThat(f.evidence())
        .singleElement()
        .satisfies(e -> assertThat(e).contains("score").contains("integer").contains("bigint"));
  }

  @Test
  void downScriptsGetFlywayPlaceholdersAndAnUnknownOneFailsTheDown() throws IOException {
    write("V1__create.sql", "CREATE TABLE ${table} (id int);\n");
    write(
        "U1__create.sql",
        "-- ${flyway:filename} in ${flyway:defaultSchema}\nDROP TABLE ${table};\n");
    write("V2__create.sql", "CREATE TABLE other (id int);\n");
    write("U2__create.sql", "DROP TABLE ${other_table};\n");

    DialectRun run = run(Map.of("table", "accounts"));

    assertThat(run.migrations().get(0).status()).isEqualTo(Status.PASSED);
    Finding f = only(run, Rule.DOWN_FAILED);
    assertThat(f.version()).isEqualTo("2");
    assertThat(f.message()).contains("other_table");
  }
}
