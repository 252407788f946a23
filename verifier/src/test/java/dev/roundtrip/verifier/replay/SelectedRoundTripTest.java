package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations left out by {@code from} or {@code since}, on real PostgreSQL: applied, seeded and not
 * judged; the round-tripped ones judged as always, on the data the applied ones left.
 */
class SelectedRoundTripTest {
  @TempDir Path project;

  private final List<String> lines = new ArrayList<>();

  private final ProgressListener listener =
      new ProgressListener() {
        @Override
        public void info(String line) {
          lines.add("INFO " + line);
        }

        @Override
        public void warn(String line) {
          lines.add("WARN " + line);
        }

        @Override
        public void debug(String line) {}
      };

  private Path migrations() throws IOException {
    return Files.createDirectories(project.resolve("src/main/resources/db/migration"));
  }

  private void write(String name, String sql) throws IOException {
    Files.writeString(migrations().resolve(name), sql);
  }

  /**
   * V2 and V4 lose data on purpose: each drops a column its undo script brings back empty. V5
   * creates a table whose column V6 drops, just as lossily.
   */
  private void lossyMigrations() throws IOException {
    write(
        "V1__create_users.sql",
        "CREATE TABLE users (id int PRIMARY KEY, email text, nickname text, created_at"
            + " timestamptz);\n");
    write("U1__create_users.sql", "DROP TABLE users;\n");
    write("V2__drop_created_at.sql", "ALTER TABLE users DROP COLUMN created_at;\n");
    write("U2__drop_created_at.sql", "ALTER TABLE users ADD COLUMN created_at timestamptz;\n");
    write("V3__add_note.sql", "ALTER TABLE users ADD COLUMN note text;\n");
    write("U3__add_note.sql", "ALTER TABLE users DROP COLUMN note;\n");
    write("V4__drop_nickname.sql", "ALTER TABLE users DROP COLUMN nickname;\n");
    write("U4__drop_nickname.sql", "ALTER TABLE users ADD COLUMN nickname text;\n");
    write("V5__create_notes.sql", "CREATE TABLE notes (id int PRIMARY KEY, body text);\n");
    write("U5__create_notes.sql", "DROP TABLE notes;\n");
    write("V6__drop_body.sql", "ALTER TABLE notes DROP COLUMN body;\n");
    write("U6__drop_body.sql", "ALTER TABLE notes ADD COLUMN body text;\n");
  }

  private DialectRun run(String... versions) throws IOException {
    RoundtripConfig config =
        RoundtripConfig.builder(project)
            .migrationDirectories(List.of(migrations()))
            .listener(listener)
            .build();
    Set<MigrationVersion> picked =
        Stream.of(versions).map(MigrationVersion::parse).collect(Collectors.toSet());
    return RoundTrips.onPostgres(config, picked);
  }

  private static List<Status> statuses(DialectRun run) {
    return run.migrations().stream().map(MigrationOutcome::status).toList();
  }

  @Test
  void aLossyMigrationOnlyAppliedIsNotJudgedALossyOneRoundTrippedIs() throws IOException {
    lossyMigrations();

    DialectRun run = run("3", "4", "5", "6");

    assertThat(statuses(run))
        .containsExactly(
            Status.APPLIED,
            Status.APPLIED,
            Status.PASSED,
            Status.FAILED,
            Status.PASSED,
            Status.FAILED);
    assertThat(run.allFindings())
        .filteredOn(Finding::failing)
        .extracting(Finding::rule, Finding::version)
        .as("V2 loses created_at too, but is only applied")
        .containsOnly(
            tuple(Rule.DATA_LOST, "4"),
            tuple(Rule.DATA_NOT_RESTORED, "4"),
            tuple(Rule.DATA_LOST, "6"),
            tuple(Rule.DATA_NOT_RESTORED, "6"));
    assertThat(run.migrations().get(0).findings()).isEmpty();
    assertThat(run.migrations().get(1).findings()).isEmpty();
    assertThat(run.migrations().get(1).upMillis())
        .as("applied with V1 by one Flyway call: no time of its own")
        .isEqualTo(-1);
    assertThat(run.migrations().get(1).downMillis()).isEqualTo(-1);
    assertThat(run.passed()).isFalse();
    assertThat(lines)
        .as("only the round-tripped migrations have a line by default")
        .noneMatch(l -> l.contains("V1 ") || l.contains("V2 "))
        .anyMatch(l -> l.startsWith("INFO [postgresql] V3 add note : up "))
        .anyMatch(
            l -> l.startsWith("WARN [postgresql] V4 drop nickname : up ") && l.contains("FAILED"));
    assertThat(run.allFindings())
        .filteredOn(f -> f.rule() == Rule.DATA_LOST && f.version().equals("4"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .as("the only-applied migrations were seeded: users has generated rows")
                    .contains("drops column public.users.nickname holding"));
  }

  @Test
  void aMigrationOnlyAppliedAfterARoundTripIsSeededForTheNext() throws IOException {
    lossyMigrations();

    DialectRun run = run("4", "6");

    assertThat(statuses(run))
        .containsExactly(
            Status.APPLIED,
            Status.APPLIED,
            Status.APPLIED,
            Status.FAILED,
            Status.APPLIED,
            Status.FAILED);
    assertThat(run.allFindings())
        .filteredOn(f -> f.rule() == Rule.DATA_LOST && f.version().equals("6"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .as("V5 only applied, its new table got generated rows")
                    .containsPattern("drops column public.notes.body holding \\d+ non-NULL"));
  }

  @Test
  void aMigrationOnlyAppliedThatCannotBeAppliedStopsTheRun() throws IOException {
    lossyMigrations();
    write("V2__drop_created_at.sql", "ALTER TABLE nope DROP COLUMN created_at;\n");

    DialectRun run = run("4");

    assertThat(statuses(run))
        .containsExactly(
            Status.APPLIED,
            Status.FAILED,
            Status.NOT_CHECKED,
            Status.NOT_CHECKED,
            Status.NOT_CHECKED,
            Status.NOT_CHECKED);
    assertThat(run.allFindings())
        .extracting(Finding::rule, Finding::version)
        .containsExactly(tuple(Rule.UP_FAILED, "2"), tuple(Rule.NOT_CHECKED, "2"));
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith("WARN [postgresql] V2 drop created at : up ")
                    && l.endsWith("-> FAILED (up-failed)"));
  }
}
