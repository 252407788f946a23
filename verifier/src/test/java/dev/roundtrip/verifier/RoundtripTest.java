package dev.roundtrip.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripResult;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.migration.MigrationInputException;
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
}
