package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.api.Severity;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Migrations that fail on the rows the generator wrote, on real PostgreSQL and MariaDB: they are
 * tried again without them, reported as data-dependent when they apply there, and the migrations
 * after them are still judged. One that fails without the generated rows stays up-failed.
 */
class GeneratedDataTest extends ProjectRoundTripTest {

  /** A lookup table whose codes come from a short list: generated rows must repeat them. */
  private void lookup(String createTable) throws IOException {
    migration("V1__create_plans.sql", createTable);
    migration("U1__create_plans.sql", "DROP TABLE plans;\n");
    migration("V2__add_plans_note.sql", "ALTER TABLE plans ADD COLUMN note VARCHAR(40);\n");
    migration("U2__add_plans_note.sql", "ALTER TABLE plans DROP COLUMN note;\n");
    migration(
        "V3__unique_plan_codes.sql",
        "-- each code names one plan\nCREATE UNIQUE INDEX plans_code_key ON plans (code);\n");
    migration("U3__unique_plan_codes.sql", "DROP INDEX plans_code_key;\n");
  }

  /** A migration after the data-dependent one, that loses data: it must still be judged. */
  private void laterLossyMigration() throws IOException {
    migration("V4__drop_plans_note.sql", "ALTER TABLE plans DROP COLUMN note;\n");
    migration("U4__drop_plans_note.sql", "ALTER TABLE plans ADD COLUMN note VARCHAR(40);\n");
    migration("V5__add_plans_rank.sql", "ALTER TABLE plans ADD COLUMN plan_rank INT;\n");
    migration("U5__add_plans_rank.sql", "ALTER TABLE plans DROP COLUMN plan_rank;\n");
  }

  private static MigrationOutcome outcome(DialectRun run, String version) {
    return run.migrations().stream().filter(o -> o.version().equals(version)).findFirst().get();
  }

  private static void laterMigrationsJudged(DialectRun run) {
    MigrationOutcome v4 = outcome(run, "4");
    assertThat(v4.status()).isEqualTo(Status.FAILED);
    assertThat(v4.findings()).extracting(Finding::rule).contains(Rule.DATA_LOST);
    MigrationOutcome v5 = outcome(run, "5");
    assertThat(v5.status()).isEqualTo(Status.PASSED);
    assertThat(v5.times().downAfterWrites()).isGreaterThanOrEqualTo(0);
    assertThat(run.allFindings()).noneMatch(f -> f.rule() == Rule.NOT_CHECKED);
  }

  @Test
  void aUniqueIndexOverRepeatedGeneratedValuesIsAWarningOnPostgres() throws IOException {
    lookup(
        "CREATE TABLE plans (id serial PRIMARY KEY,"
            + " code text NOT NULL CHECK (code IN ('free', 'team', 'enterprise')));\n");
    migration("U3__unique_plan_codes.sql", "DROP INDEX plans_code_key;\n");
    laterLossyMigration();

    DialectRun run = RoundTrips.onPostgres(config(20).build());

    MigrationOutcome v3 = outcome(run, "3");
    assertThat(v3.status()).isEqualTo(Status.PASSED);
    Finding onData = v3.findings().get(0);
    assertThat(onData.rule()).isEqualTo(Rule.UP_FAILS_ON_DATA);
    assertThat(onData.severity()).isEqualTo(Severity.WARNING);
    assertThat(onData.message())
        .isEqualTo(
            "V3__unique_plan_codes.sql failed at line 2 on the generated rows and applies without"
                + " them: V3 fails if public.plans.code holds two equal values");
    assertThat(onData.location()).endsWith("V3__unique_plan_codes.sql:2");
    assertThat(onData.evidence())
        .contains("statement: CREATE UNIQUE INDEX plans_code_key ON plans (code)")
        .anySatisfy(e -> assertThat(e).startsWith("database: ERROR: could not create unique"))
        .anySatisfy(
            e -> assertThat(e).matches("detail: Key \\(code\\)=\\(\\w+\\) is duplicated\\."))
        .anySatisfy(e -> assertThat(e).matches("e\\.g\\. code='\\w+' in \\d+ rows"));
    // the round trip of V3 itself ran, on the database without the generated rows
    assertThat(v3.times().down()).isGreaterThanOrEqualTo(0);
    assertThat(v3.times().downAfterWrites()).isGreaterThanOrEqualTo(0);
    laterMigrationsJudged(run);
  }

  @Test
  void aUniqueIndexOverRepeatedGeneratedValuesIsAWarningOnMariaDb() throws IOException {
    lookup(
        "CREATE TABLE plans (id INT AUTO_INCREMENT PRIMARY KEY,"
            + " code VARCHAR(20) NOT NULL CHECK (code IN ('free', 'team', 'enterprise')));\n");
    migration("U3__unique_plan_codes.sql", "DROP INDEX plans_code_key ON plans;\n");
    laterLossyMigration();

    DialectRun run = RoundTrips.onMariaDb(config(20).build());

    MigrationOutcome v3 = outcome(run, "3");
    assertThat(v3.status()).isEqualTo(Status.PASSED);
    Finding onData = v3.findings().get(0);
    assertThat(onData.rule()).isEqualTo(Rule.UP_FAILS_ON_DATA);
    assertThat(onData.message())
        .isEqualTo(
            "V3__unique_plan_codes.sql failed at line 2 on the generated rows and applies without"
                + " them: V3 fails if plans.code holds two equal values");
    assertThat(onData.evidence())
        .anySatisfy(e -> assertThat(e).startsWith("database: (conn=").contains("Duplicate entry"))
        .anySatisfy(e -> assertThat(e).matches("e\\.g\\. code='\\w+' in \\d+ rows"))
        .contains(
            "DDL is not transactional on MariaDB: where V3 fails, the statements before line 2"
                + " stay applied");
    laterMigrationsJudged(run);
  }

  @Test
  void aCopyIntoANarrowerColumnIsAWarningOnMariaDb() throws IOException {
    migration(
        "V1__create_devices.sql",
        "CREATE TABLE devices (id INT AUTO_INCREMENT PRIMARY KEY, key_handle VARBINARY(1024)"
            + " NOT NULL);\n");
    migration("U1__create_devices.sql", "DROP TABLE devices;\n");
    migration(
        "V2__keep_handles_as_text.sql",
        "ALTER TABLE devices ADD COLUMN handle_text VARCHAR(512);\n"
            + "UPDATE devices SET handle_text = TO_BASE64(key_handle);\n");
    migration("U2__keep_handles_as_text.sql", "ALTER TABLE devices DROP COLUMN handle_text;\n");
    migration("V3__add_devices_label.sql", "ALTER TABLE devices ADD COLUMN label VARCHAR(40);\n");
    migration("U3__add_devices_label.sql", "ALTER TABLE devices DROP COLUMN label;\n");

    DialectRun run = RoundTrips.onMariaDb(config(20).build());

    Finding onData = of(run, Rule.UP_FAILS_ON_DATA).get(0);
    assertThat(onData.version()).isEqualTo("2");
    assertThat(onData.message())
        .isEqualTo(
            "V2__keep_handles_as_text.sql failed at line 2 on the generated rows and applies"
                + " without them: V2 fails if a value too long for its column is written to"
                + " handle_text");
    // met again when V2 is applied after its down on rows generated under it: said once
    assertThat(outcome(run, "2").findings())
        .filteredOn(f -> f.rule() == Rule.UP_FAILS_ON_DATA)
        .containsExactly(onData);
    assertThat(outcome(run, "2").findings())
        .extracting(Finding::severity)
        .containsOnly(Severity.WARNING);
    assertThat(outcome(run, "2").status()).isEqualTo(Status.PASSED);
    assertThat(outcome(run, "3").status()).isEqualTo(Status.PASSED);
    assertThat(outcome(run, "3").times().downAfterWrites()).isGreaterThanOrEqualTo(0);
    assertThat(failing(run)).isEmpty();
  }

  @Test
  void aCopyIntoANarrowerColumnIsAWarningOnPostgres() throws IOException {
    migration(
        "V1__create_devices.sql",
        "CREATE TABLE devices (id serial PRIMARY KEY, key_handle bytea NOT NULL);\n");
    migration("U1__create_devices.sql", "DROP TABLE devices;\n");
    migration(
        "V2__keep_handles_as_text.sql",
        "ALTER TABLE devices ADD COLUMN handle_text varchar(40);\n"
            + "UPDATE devices SET handle_text = encode(key_handle, 'base64');\n");
    migration("U2__keep_handles_as_text.sql", "ALTER TABLE devices DROP COLUMN handle_text;\n");
    migration("V3__add_devices_label.sql", "ALTER TABLE devices ADD COLUMN label text;\n");
    migration("U3__add_devices_label.sql", "ALTER TABLE devices DROP COLUMN label;\n");

    DialectRun run = RoundTrips.onPostgres(config(20).build());

    Finding onData = of(run, Rule.UP_FAILS_ON_DATA).get(0);
    assertThat(onData.message())
        .isEqualTo(
            "V2__keep_handles_as_text.sql failed at line 2 on the generated rows and applies"
                + " without them: V2 fails if a value longer than character varying(40) allows is"
                + " written");
    assertThat(onData.evidence())
        .contains("statement: UPDATE devices SET handle_text = encode(key_handle, 'base64')");
    assertThat(outcome(run, "3").status()).isEqualTo(Status.PASSED);
    assertThat(failing(run)).isEmpty();
  }

  @Test
  void aMigrationBrokenOnAnEmptyDatabaseStaysUpFailed() throws IOException {
    lookup(
        "CREATE TABLE plans (id serial PRIMARY KEY,"
            + " code text NOT NULL CHECK (code IN ('free', 'team', 'enterprise')));\n");
    migration(
        "V3__unique_plan_codes.sql",
        "ALTER TABLE plans ADD COLUMN owner_id int REFERENCES owners (id);\n");
    migration("U3__unique_plan_codes.sql", "ALTER TABLE plans DROP COLUMN owner_id;\n");
    laterLossyMigration();

    DialectRun run = RoundTrips.onPostgres(config(20).build());

    assertThat(run.allFindings()).noneMatch(f -> f.rule() == Rule.UP_FAILS_ON_DATA);
    Finding failed = of(run, Rule.UP_FAILED).get(0);
    assertThat(failed.message())
        .startsWith(
            "V3__unique_plan_codes.sql failed at line 1: ERROR: relation \"owners\" does not"
                + " exist");
    assertThat(outcome(run, "4").status()).isEqualTo(Status.NOT_CHECKED);
    assertThat(of(run, Rule.NOT_CHECKED)).hasSize(1);
  }

  @Test
  void aMigrationThatFailsOnTheProjectsOwnRowsStaysUpFailed() throws IOException {
    lookup("CREATE TABLE plans (id int PRIMARY KEY, code text NOT NULL);\n");
    migration("U3__unique_plan_codes.sql", "DROP INDEX plans_code_key;\n");
    seedAfter("1", "INSERT INTO plans VALUES (9001, 'team'), (9002, 'team');\n");

    DialectRun run = RoundTrips.onPostgres(config(20).build());

    assertThat(run.allFindings()).noneMatch(f -> f.rule() == Rule.UP_FAILS_ON_DATA);
    Finding failed = of(run, Rule.UP_FAILED).get(0);
    assertThat(failed.version()).isEqualTo("3");
    assertThat(failed.message())
        .isEqualTo(
            "V3__unique_plan_codes.sql failed at line 2: ERROR: could not create unique index"
                + " \"plans_code_key\" [SQL state 23505]");
  }
}
