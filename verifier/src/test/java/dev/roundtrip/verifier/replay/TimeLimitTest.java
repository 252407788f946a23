package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.api.Rule;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A statement that never ends is stopped at the statement limit, on real PostgreSQL and MariaDB,
 * reported as {@code timed-out} with the statement and the step; a down stopped so leaves the
 * migrations after it judged.
 */
class TimeLimitTest extends ProjectRoundTripTest {
  private static final Duration LIMIT = Duration.ofSeconds(2);

  private void history(String sleep, String textType) throws IOException {
    migration(
        "V1__create_notes.sql",
        "CREATE TABLE notes (id INT PRIMARY KEY, body " + textType + ");\n");
    migration("U1__create_notes.sql", "DROP TABLE notes;\n");
    migration("V2__add_notes_author.sql", "ALTER TABLE notes ADD COLUMN author VARCHAR(40);\n");
    migration(
        "U2__add_notes_author.sql",
        "-- waits for ever\n" + sleep + ";\nALTER TABLE notes DROP COLUMN author;\n");
    migration("V3__add_notes_rank.sql", "ALTER TABLE notes ADD COLUMN note_rank INT;\n");
    migration("U3__add_notes_rank.sql", "ALTER TABLE notes DROP COLUMN note_rank;\n");
  }

  private static MigrationOutcome outcome(DialectRun run, String version) {
    return run.migrations().stream().filter(o -> o.version().equals(version)).findFirst().get();
  }

  private static void downStoppedAndLaterJudged(DialectRun run, String sleep) {
    Finding stopped = of(run, Rule.TIMED_OUT).get(0);
    assertThat(stopped.version()).isEqualTo("2");
    assertThat(stopped.phase()).isEqualTo(Phase.DOWN);
    assertThat(stopped.message())
        .startsWith("U2__add_notes_author.sql")
        .contains("ran longer than the statement limit of 2 s during the down of V2");
    assertThat(stopped.evidence()).anySatisfy(e -> assertThat(e).contains(sleep));
    assertThat(outcome(run, "2").status()).isEqualTo(Status.FAILED);
    assertThat(outcome(run, "3").status()).isEqualTo(Status.PASSED);
    assertThat(outcome(run, "3").times().downAfterWrites()).isGreaterThanOrEqualTo(0);
    assertThat(run.allFindings()).noneMatch(f -> f.rule() == Rule.NOT_CHECKED);
  }

  @Test
  void aDownThatNeverEndsIsStoppedOnPostgres() throws IOException {
    history("SELECT pg_sleep(100000)", "text");

    DialectRun run = RoundTrips.onPostgres(config(5).statementTimeout(LIMIT).build());

    Finding stopped = of(run, Rule.TIMED_OUT).get(0);
    assertThat(stopped.line()).isEqualTo(2);
    downStoppedAndLaterJudged(run, "pg_sleep(100000)");
  }

  @Test
  void aDownThatNeverEndsIsStoppedOnMariaDb() throws IOException {
    // stopped, SLEEP returns without an error: the stop is still a finding
    history("SELECT SLEEP(100000)", "TEXT");

    DialectRun run = RoundTrips.onMariaDb(config(5).statementTimeout(LIMIT).build());

    downStoppedAndLaterJudged(run, "SLEEP(100000)");
  }

  @Test
  void anUpThatNeverEndsIsStoppedAndTheRestIsNotChecked() throws IOException {
    history("SELECT 1", "text");
    migration(
        "V3__add_notes_rank.sql",
        "ALTER TABLE notes ADD COLUMN note_rank INT;\nSELECT pg_sleep(100000);\n");
    migration("V4__add_notes_tag.sql", "ALTER TABLE notes ADD COLUMN tag text;\n");
    migration("U4__add_notes_tag.sql", "ALTER TABLE notes DROP COLUMN tag;\n");

    DialectRun run = RoundTrips.onPostgres(config(5).statementTimeout(LIMIT).build());

    Finding stopped = of(run, Rule.TIMED_OUT).get(0);
    assertThat(stopped.version()).isEqualTo("3");
    assertThat(stopped.phase()).isEqualTo(Phase.UP);
    assertThat(stopped.message())
        .isEqualTo(
            "V3__add_notes_rank.sql at line 2 ran longer than the statement limit of 2 s during the"
                + " up of V3 and was stopped");
    assertThat(outcome(run, "2").status()).isEqualTo(Status.PASSED);
    assertThat(outcome(run, "4").status()).isEqualTo(Status.NOT_CHECKED);
  }
}
