package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.ServerProvider;
import dev.roundtrip.verifier.dialect.postgresql.EmbeddedPostgresProvider;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Statements PostgreSQL cannot run inside a transaction, in ups and downs, on an embedded server
 * and on an existing server in server mode: they run outside one, as Flyway runs them, never
 * waiting on a connection of the run's own, and the round trip finishes.
 */
class ConcurrentStatementsTest extends ProjectRoundTripTest {
  // a wait on one of the run's own connections would end here, as timed-out, not in a hang
  private static final Duration LOCK_LIMIT = Duration.ofSeconds(20);

  private void history() throws IOException {
    migration(
        "V1__create_members.sql",
        "CREATE TABLE members (id int PRIMARY KEY, email text NOT NULL, nick text);\n");
    migration("U1__create_members.sql", "DROP TABLE members;\n");
    migration(
        "V2__index_member_emails.sql",
        "CREATE INDEX CONCURRENTLY members_email_idx ON members (email);\n");
    migration(
        "U2__index_member_emails.sql", "DROP INDEX CONCURRENTLY IF EXISTS members_email_idx;\n");
    migration("V3__add_member_age.sql", "ALTER TABLE members ADD COLUMN age int;\n");
    // a down with a statement that needs no transaction, said by Flyway's script configuration
    migration("U3__add_member_age.sql", "ALTER TABLE members DROP COLUMN age;\nVACUUM members;\n");
    Files.writeString(
        dir("src/main/resources/db/migration").resolve("U3__add_member_age.sql.conf"),
        "executeInTransaction=false\n");
    // Flyway does not see that REINDEX CONCURRENTLY needs no transaction: the project says so
    migration("V4__reindex_members.sql", "REINDEX TABLE CONCURRENTLY members;\n");
    Files.writeString(
        dir("src/main/resources/db/migration").resolve("V4__reindex_members.sql.conf"),
        "executeInTransaction=false\n");
    // the down executor sees it
    migration("U4__reindex_members.sql", "REINDEX TABLE CONCURRENTLY members;\n");
    migration("V5__add_member_city.sql", "ALTER TABLE members ADD COLUMN city text;\n");
    migration("U5__add_member_city.sql", "ALTER TABLE members DROP COLUMN city;\n");
  }

  private void finishes(DatabaseServer server) throws IOException {
    history();

    DialectRun run =
        RoundTrips.on(TestDialects.POSTGRESQL, server, config(10).lockTimeout(LOCK_LIMIT).build());

    assertThat(failing(run)).isEmpty();
    assertThat(run.allFindings())
        .extracting(Finding::rule)
        .containsExactly(Rule.DATA_DISCARDED, Rule.DATA_DISCARDED, Rule.DATA_DISCARDED);
    assertThat(run.migrations()).hasSize(5);
    for (MigrationOutcome o : run.migrations()) {
      assertThat(o.status()).as("V" + o.version()).isEqualTo(Status.PASSED);
      assertThat(o.times().downAfterWrites()).as("V" + o.version()).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void finishOnAnEmbeddedServer() throws IOException {
    try (DatabaseServer server =
        new EmbeddedPostgresProvider().start(TestDialects.POSTGRESQL, ProviderSettings.none())) {
      finishes(server);
    }
  }

  @Test
  void finishOnAnExistingServer() throws IOException {
    String url = System.getenv(PostgresTestServer.URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      try (DatabaseServer server =
          new ServerProvider()
              .start(TestDialects.POSTGRESQL, new ProviderSettings(url, null, null))) {
        finishes(server);
      }
      return;
    }
    // no server of the machine's: one started here stands for it, reached as an existing server
    try (EmbeddedPostgres existing = EmbeddedPostgres.builder().start();
        DatabaseServer server =
            new ServerProvider()
                .start(
                    TestDialects.POSTGRESQL,
                    new ProviderSettings(
                        existing.getJdbcUrl("postgres", "postgres"), null, null))) {
      finishes(server);
    }
  }

  @Test
  void aDownMixingBothKindsWithoutScriptConfigurationIsRefusedAsFlywayWould() throws IOException {
    history();
    migration("U3__add_member_age.sql", "ALTER TABLE members DROP COLUMN age;\nVACUUM members;\n");
    Files.delete(dir("src/main/resources/db/migration").resolve("U3__add_member_age.sql.conf"));

    DialectRun run = RoundTrips.onPostgres(config(10).lockTimeout(LOCK_LIMIT).build());

    Finding refused = of(run, Rule.DOWN_FAILED).get(0);
    assertThat(refused.version()).isEqualTo("3");
    assertThat(refused.line()).isEqualTo(2);
    assertThat(refused.message()).contains("which Flyway refuses unless mixed is set");
    assertThat(run.migrations().get(4).status()).isEqualTo(Status.PASSED);
  }
}
