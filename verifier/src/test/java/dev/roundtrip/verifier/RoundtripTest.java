package dev.roundtrip.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripResult;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.migration.MigrationInputException;
import dev.roundtrip.verifier.report.ConsoleReport;
import dev.roundtrip.verifier.testing.TestDialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's entry point with its defaults: embedded PostgreSQL, report under target/. */
class RoundtripTest {
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

  private void write(String name, String sql) throws IOException {
    Path dir = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(dir.resolve(name), sql);
  }

  @Test
  void verifiesOnEmbeddedPostgresAndWritesTheReport() throws IOException {
    write("V1__create_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text);\n");
    write("U1__create_users.sql", "DROP TABLE users;\n");
    write("V2__index_email.sql", "CREATE UNIQUE INDEX users_email_idx ON users (email);\n");
    write("U2__index_email.sql", "-- forgot the index\n");

    RoundtripResult result =
        Roundtrip.verify(
            RoundtripConfig.builder(project).provider("embedded").listener(listener).build());

    assertThat(result.passed()).isFalse();
    assertThat(result.errors())
        .extracting(f -> f.rule())
        .containsExactly(Rule.SCHEMA_NOT_RESTORED, Rule.REAPPLY_FAILED);
    assertThat(result.report())
        .isEqualTo(project.resolve("target/roundtrip/roundtrip-report.json"));
    String json = Files.readString(result.report());
    assertThat(json)
        .contains("\"passed\": false")
        .contains("\"rule\": \"schema-not-restored\"")
        .contains("\"file\": \"src/main/resources/db/migration/V2__index_email.sql\"")
        .contains("users_email_idx");
    assertThat(lines)
        .contains("INFO [postgresql] database provider: embedded (configured)")
        .anySatisfy(l -> assertThat(l).startsWith("INFO [postgresql] V1 create users : up "))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("WARN [postgresql] V2 index email : up ")
                    .endsWith("-> FAILED (schema-not-restored, reapply-failed)"));
  }

  @Test
  void aDialectWithoutADatabaseIsReportedWithoutHidingTheOthers() throws IOException {
    write("V1__t.sql", "CREATE TABLE t (id int);\n");
    write("U1__t.sql", "DROP TABLE t;\n");
    RoundtripResult result =
        Roundtrip.verify(
            RoundtripConfig.builder(project)
                .dialects(List.of(TestDialects.MYSQL, TestDialects.POSTGRESQL))
                .provider("embedded")
                .listener(listener)
                .build());

    assertThat(result.dialects()).extracting(DialectRun::dialect).containsExactly("postgresql");
    assertThat(result.dialects().get(0).passed()).isTrue();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.dialect()).isEqualTo("mysql");
              assertThat(p.message()).isEqualTo("no embedded server for MySQL");
              assertThat(p.fix()).contains("<provider>server</provider>");
            });
    assertThat(result.passed()).isFalse();
    assertThat(Files.readString(result.report()))
        .contains("\"notVerified\": [")
        .contains("\"dialect\": \"mysql\"");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("WARN [mysql] not verified: "));
  }

  @Test
  void noMigrationsIsAnInputErrorBeforeAnyDatabaseStarts() throws IOException {
    Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    assertThatThrownBy(() -> Roundtrip.verify(RoundtripConfig.builder(project).build()))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("no versioned migrations");
  }

  @Test
  void fromSaysPerDialectWhatIsRoundTrippedAndTheReportMarksTheRest() throws IOException {
    write("V1__create_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text);\n");
    write("U1__create_users.sql", "DROP TABLE users;\n");
    write("V2__drop_email.sql", "ALTER TABLE users DROP COLUMN email;\n");
    write("U2__drop_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
    write("V3__add_note.sql", "ALTER TABLE users ADD COLUMN note text;\n");
    write("U3__add_note.sql", "ALTER TABLE users DROP COLUMN note;\n");

    RoundtripResult result =
        Roundtrip.verify(
            RoundtripConfig.builder(project)
                .provider("embedded")
                .from("V3")
                .listener(listener)
                .build());

    assertThat(result.passed()).as("V2 loses email, but is only applied").isTrue();
    assertThat(lines)
        .contains("INFO [postgresql] 1 migration(s) round-tripped, 2 only applied (from V3)");
    assertThat(ConsoleReport.summary(result).get(1))
        .isEqualTo("dialect      result    passed failed skipped applied     time  database");
    assertThat(ConsoleReport.summary(result).get(2))
        .startsWith("postgresql   PASSED         1      0       0       2 ");
    String json = Files.readString(result.report());
    assertThat(json)
        .contains("\"status\": \"APPLIED\"")
        .contains("\"from\": \"V3\"")
        .contains("\"since\": null");
  }

  @Test
  void aFromThatIsNoMigrationIsAnInputErrorBeforeAnyDatabaseStarts() throws IOException {
    write("V1__create_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
    write("V3__add_note.sql", "ALTER TABLE users ADD COLUMN note text;\n");
    assertThatThrownBy(
            () ->
                Roundtrip.verify(
                    RoundtripConfig.builder(project).provider("nope").from("2").build()))
        .isInstanceOf(MigrationInputException.class)
        .hasMessage(
            "<from>: 2 is not the version of a migration in src/main/resources/db/migration;"
                + " the nearest are V1 and V3");
  }

  @Test
  void sinceWithNothingChangedSaysSoStartsNoDatabaseAndPasses()
      throws IOException, InterruptedException {
    write("V1__create_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
    write("U1__create_users.sql", "DROP TABLE users;\n");
    for (String[] args :
        List.of(
            new String[] {"init", "-q"},
            new String[] {"add", "-A"},
            new String[] {
              "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "V1"
            })) {
      List<String> command = new ArrayList<>(List.of("git"));
      command.addAll(List.of(args));
      Process git =
          new ProcessBuilder(command)
              .directory(project.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertThat(git.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(git.exitValue()).as("git %s", String.join(" ", args)).isZero();
    }

    RoundtripResult result =
        Roundtrip.verify(
            RoundtripConfig.builder(project)
                // a provider that does not exist: starting a database would fail the run
                .provider("nope")
                .since("HEAD")
                .listener(listener)
                .build());

    assertThat(result.passed()).isTrue();
    assertThat(result.dialects()).isEmpty();
    assertThat(lines)
        .contains(
            "INFO [postgresql] no migration changed since HEAD: nothing to round-trip, no"
                + " database started (1 migration(s) unchanged)");
    assertThat(ConsoleReport.summary(result))
        .containsExactly(
            "Roundtrip summary: no migration selected on any dialect, nothing round-tripped");
    assertThat(Files.readString(result.report())).contains("\"since\": \"HEAD\"");
  }
}
