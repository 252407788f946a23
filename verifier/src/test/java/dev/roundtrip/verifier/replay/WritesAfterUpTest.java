package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.api.Rule;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The down as a rollback is used, on real PostgreSQL and MariaDB: after rows were written under the
 * new schema it must still run, bring the schema back and keep every row from before the up, while
 * values written after the up may flow back into those rows.
 */
class WritesAfterUpTest extends ProjectRoundTripTest {

  private static MigrationOutcome outcome(DialectRun run, String version) {
    return run.migrations().stream().filter(o -> o.version().equals(version)).findFirst().get();
  }

  /**
   * V2 moves users.email into a table of addresses, where a user may get more; U2 moves the newest
   * address of each user back.
   */
  private void emailsMovedOut(String serial, String text) throws IOException {
    migration(
        "V1__create_users.sql",
        "CREATE TABLE users (id INT PRIMARY KEY, email " + text + " NOT NULL);\n");
    migration("U1__create_users.sql", "DROP TABLE users;\n");
    migration(
        "V2__move_emails.sql",
        "CREATE TABLE addresses (id "
            + serial
            + " PRIMARY KEY, user_id INT NOT NULL REFERENCES users (id), email "
            + text
            + " NOT NULL);\n"
            + "INSERT INTO addresses (user_id, email) SELECT id, email FROM users;\n"
            + "ALTER TABLE users DROP COLUMN email;\n");
    migration(
        "U2__move_emails.sql",
        "ALTER TABLE users ADD COLUMN email "
            + text
            + ";\n"
            + "UPDATE users SET email = (SELECT a.email FROM addresses a WHERE a.user_id = users.id"
            + " ORDER BY a.id DESC LIMIT 1);\n"
            + "UPDATE users SET email = '' WHERE email IS NULL;\n"
            + "ALTER TABLE users "
            + (serial.equals("serial")
                ? "ALTER COLUMN email SET NOT NULL"
                : "MODIFY email " + text + " NOT NULL")
            + ";\n"
            + "DROP TABLE addresses;\n");
    migration("V3__add_users_name.sql", "ALTER TABLE users ADD COLUMN name VARCHAR(40);\n");
    migration("U3__add_users_name.sql", "ALTER TABLE users DROP COLUMN name;\n");
  }

  private static void movedBackPasses(DialectRun run) {
    assertThat(failing(run)).isEmpty();
    assertThat(of(run, Rule.DATA_MOVED))
        .singleElement()
        .satisfies(f -> assertThat(f.version()).isEqualTo("2"));
    MigrationOutcome v2 = outcome(run, "2");
    assertThat(v2.status()).isEqualTo(Status.PASSED);
    assertThat(v2.times().downAfterWrites()).isGreaterThanOrEqualTo(0);
    assertThat(v2.times().reapplyAfterWrites()).isGreaterThanOrEqualTo(0);
    assertThat(outcome(run, "3").status()).isEqualTo(Status.PASSED);
  }

  @Test
  void aColumnMovedOutAndBackWithRowsAddedAfterTheUpPassesOnPostgres() throws IOException {
    emailsMovedOut("serial", "text");
    movedBackPasses(RoundTrips.onPostgres(config(20).build()));
  }

  @Test
  void aColumnMovedOutAndBackWithRowsAddedAfterTheUpPassesOnMariaDb() throws IOException {
    emailsMovedOut("INT AUTO_INCREMENT", "VARCHAR(200)");
    movedBackPasses(RoundTrips.onMariaDb(config(20).build()));
  }

  @Test
  void aDownThatFailsOnlyOnceRowsWereWrittenIsDownFailed() throws IOException {
    migration(
        "V1__create_users.sql",
        "CREATE TABLE users (id int PRIMARY KEY, code varchar(4) NOT NULL);\n");
    migration("U1__create_users.sql", "DROP TABLE users;\n");
    // right after V2 no alias is set; aliases written after it need not fit in a code
    migration("V2__add_user_aliases.sql", "ALTER TABLE users ADD COLUMN alias varchar(40);\n");
    migration(
        "U2__add_user_aliases.sql",
        "UPDATE users SET code = alias WHERE alias IS NOT NULL;\n"
            + "ALTER TABLE users DROP COLUMN alias;\n");
    migration("V3__add_users_name.sql", "ALTER TABLE users ADD COLUMN name text;\n");
    migration("U3__add_users_name.sql", "ALTER TABLE users DROP COLUMN name;\n");

    DialectRun run = RoundTrips.onPostgres(config(20).build());

    Finding failed = of(run, Rule.DOWN_FAILED).get(0);
    assertThat(failed.version()).isEqualTo("2");
    assertThat(failed.phase()).isEqualTo(Phase.DOWN_AFTER_WRITES);
    assertThat(failed.message())
        .isEqualTo(
            "U2__add_user_aliases.sql failed at line 1 after V2 and rows written under its schema,"
                + " though it ran right after V2: ERROR: value too long for type character"
                + " varying(4) [SQL state 22001]");
    assertThat(outcome(run, "2").times().down()).isGreaterThanOrEqualTo(0);
    assertThat(outcome(run, "3").status()).isEqualTo(Status.PASSED);
  }

  @Test
  void aDownThatDeletesOlderRowsOnceRowsWereWrittenIsDataNotRestored() throws IOException {
    migration(
        "V1__create_users.sql", "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);\n");
    migration("U1__create_users.sql", "DROP TABLE users;\n");
    migration(
        "V2__create_bans.sql",
        "CREATE TABLE bans (id serial PRIMARY KEY, user_id int NOT NULL REFERENCES users (id)"
            + " ON DELETE CASCADE);\n");
    migration(
        "U2__create_bans.sql",
        "-- banned users go with their bans\n"
            + "DELETE FROM users WHERE id IN (SELECT user_id FROM bans);\n"
            + "DROP TABLE bans;\n");
    migration("V3__add_users_name.sql", "ALTER TABLE users ADD COLUMN name text;\n");
    migration("U3__add_users_name.sql", "ALTER TABLE users DROP COLUMN name;\n");

    DialectRun run = RoundTrips.onPostgres(config(20).build());

    Finding lost = of(run, Rule.DATA_NOT_RESTORED).get(0);
    assertThat(lost.version()).isEqualTo("2");
    assertThat(lost.phase()).isEqualTo(Phase.DOWN_AFTER_WRITES);
    assertThat(lost.message())
        .contains("did not bring back")
        .contains("of public.users")
        .endsWith(", once rows had been written under the schema of V2");
    assertThat(outcome(run, "2").status()).isEqualTo(Status.FAILED);
    assertThat(outcome(run, "3").status()).isEqualTo(Status.PASSED);
  }
}
