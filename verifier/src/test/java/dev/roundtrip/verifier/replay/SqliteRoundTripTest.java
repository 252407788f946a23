package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.testing.SqliteTestServer;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The round trip on SQLite, whose {@code ALTER TABLE} cannot drop most things, so that teams
 * rebuild tables (create the new one, copy the rows, drop the old one, rename): a rebuild that
 * leaves a column's values behind fails with them, its twin that carries them passes, a down that
 * forgets an index leaves the schema changed, and a history seeded by the generator passes.
 */
class SqliteRoundTripTest extends ProjectRoundTripTest {
  private DialectRun run(int seedRows) throws IOException {
    return RoundTrips.on(
        SqliteTestServer.SQLITE, SqliteTestServer.shared(), config(seedRows).build());
  }

  private void users() throws IOException {
    migration(
        "V1__create_users.sql",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE,"
            + " created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);\n");
    migration("U1__create_users.sql", "DROP TABLE users;\n");
    seedAfter(
        "1",
        "INSERT INTO users VALUES (1, 'ada@example.com', '2024-02-29 13:45:00'),"
            + " (2, 'bob@example.com', '1999-12-31 23:59:59'),"
            + " (3, 'zoë@example.com', '2010-06-01 08:00:00');\n");
  }

  @Test
  void aRebuildThatLeavesAColumnBehindLosesItsValues() throws IOException {
    users();
    migration(
        "V2__drop_created_at.sql",
        "-- SQLite: rebuild the table without the column\n"
            + "CREATE TABLE users_new (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);\n"
            + "INSERT INTO users_new (id, email) SELECT id, email FROM users;\n"
            + "DROP TABLE users;\n"
            + "ALTER TABLE users_new RENAME TO users;\n");
    migration(
        "U2__drop_created_at.sql",
        "CREATE TABLE users_old (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE,"
            + " created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);\n"
            + "INSERT INTO users_old (id, email) SELECT id, email FROM users;\n"
            + "DROP TABLE users;\n"
            + "ALTER TABLE users_old RENAME TO users;\n");

    DialectRun run = run(0);

    Finding notRestored = of(run, Rule.DATA_NOT_RESTORED).get(0);
    assertThat(notRestored.message())
        .isEqualTo(
            "U2__drop_created_at.sql did not restore main.users.created_at: 3 of 3 values"
                + " differ from before V2");
    assertThat(notRestored.evidence())
        .first()
        .satisfies(e -> assertThat(e).startsWith("e.g. id=1: '2024-02-29 13:45:00' -> '20"));
    assertThat(of(run, Rule.DATA_LOST))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "V2__drop_created_at.sql drops column main.users.created_at holding 3"
                            + " non-NULL values, and U2__drop_created_at.sql does not bring them"
                            + " back"));
    // the copy into the rebuilt table, which leaves the column out
    assertThat(of(run, Rule.DATA_LOST).get(0).location()).endsWith("V2__drop_created_at.sql:3");
    assertThat(run.migrations().get(1).status()).isEqualTo(Status.FAILED);
    assertThat(run.migrations().get(0).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void aRebuildThatCarriesTheValuesPasses() throws IOException {
    users();
    // the generator's rows take rowids 1 to 20: the script's rows take the next ones
    seedAfter(
        "1",
        "INSERT INTO users (email, created_at) VALUES ('ada@example.com', '2024-02-29 13:45:00'),"
            + " ('zoë@example.com', '2010-06-01 08:00:00');\n");
    migration(
        "V2__add_name.sql",
        "CREATE TABLE users_new (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE,"
            + " name TEXT, created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);\n"
            + "INSERT INTO users_new (id, email, created_at)"
            + " SELECT id, email, created_at FROM users;\n"
            + "DROP TABLE users;\n"
            + "ALTER TABLE users_new RENAME TO users;\n");
    migration(
        "U2__add_name.sql",
        "CREATE TABLE users_old (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE,"
            + " created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);\n"
            + "INSERT INTO users_old (id, email, created_at)"
            + " SELECT id, email, created_at FROM users;\n"
            + "DROP TABLE users;\n"
            + "ALTER TABLE users_old RENAME TO users;\n");

    DialectRun run = run(20);

    assertThat(failing(run)).isEmpty();
    assertThat(run.migrations()).allMatch(m -> m.status() == Status.PASSED);
  }

  @Test
  void aDownThatForgetsTheIndexLeavesTheSchemaChanged() throws IOException {
    users();
    migration(
        "V2__index_emails.sql",
        "CREATE INDEX users_created ON users (created_at DESC) WHERE created_at > '2000';\n");
    migration("U2__index_emails.sql", "SELECT 1;\n");

    DialectRun run = run(0);

    Finding notRestored = of(run, Rule.SCHEMA_NOT_RESTORED).get(0);
    assertThat(notRestored.message())
        .isEqualTo(
            "U2__index_emails.sql did not restore the schema as it was before V2 (1 difference)");
    assertThat(notRestored.evidence())
        .anySatisfy(
            e ->
                assertThat(e)
                    .contains("main.users.users_created")
                    .contains("created_at DESC")
                    .contains("WHERE created_at > '2000'"));
  }
}
