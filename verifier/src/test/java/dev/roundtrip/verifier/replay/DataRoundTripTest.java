package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.Allow;
import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.api.Severity;
import dev.roundtrip.verifier.migration.MigrationInputException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Data through the round trip on real PostgreSQL, with known rows from a seed script (the generator
 * off): each lossy migration fails and its lossless twin passes.
 */
class DataRoundTripTest extends ProjectRoundTripTest {
  private DialectRun run(List<Allow> allows) throws IOException {
    return run(allows, 0);
  }

  private DialectRun run(List<Allow> allows, int seedRows) throws IOException {
    return RoundTrips.onPostgres(config(seedRows).allows(allows).build());
  }

  private DialectRun run() throws IOException {
    return run(List.of());
  }

  private void users() throws IOException {
    migration(
        "V1__create_users.sql",
        "CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL,"
            + " created_at timestamptz NOT NULL DEFAULT now());\n");
    migration("U1__create_users.sql", "DROP TABLE users;\n");
    seedAfter(
        "1",
        "INSERT INTO users VALUES (1, 'ada@example.com', '2024-02-29 13:45:00+00'),"
            + " (2, 'bob@example.com', '1999-12-31 23:59:59.5+00'),"
            + " (3, 'zoë@example.com', '2010-06-01 08:00:00+02');\n");
  }

  @Test
  void theClassicIncidentFailsWithOriginalAndRestoredValues() throws IOException {
    users();
    migration(
        "V2__drop_created_at.sql",
        "-- moved to the audit service\n\nALTER TABLE users DROP COLUMN created_at;\n");
    migration(
        "U2__drop_created_at.sql",
        "ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();\n");

    DialectRun run = run();

    assertThat(run.allFindings()).noneMatch(f -> f.rule() == Rule.SCHEMA_NOT_RESTORED);
    Finding lost = of(run, Rule.DATA_LOST).get(0);
    assertThat(lost.message())
        .isEqualTo(
            "V2__drop_created_at.sql drops column public.users.created_at holding 3 non-NULL"
                + " values, and U2__drop_created_at.sql does not bring them back");
    assertThat(lost.location()).endsWith("V2__drop_created_at.sql:3");
    Finding notRestored = of(run, Rule.DATA_NOT_RESTORED).get(0);
    assertThat(notRestored.message())
        .isEqualTo(
            "U2__drop_created_at.sql did not restore public.users.created_at: 3 of 3 values"
                + " differ from before V2");
    assertThat(notRestored.evidence())
        .hasSize(3)
        .first()
        .satisfies(e -> assertThat(e).startsWith("e.g. id=1: '2024-02-29 13:45:00+00' -> '20"));
    assertThat(run.migrations().get(1).status()).isEqualTo(Status.FAILED);
    assertThat(run.migrations().get(0).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void theIncidentsTwinKeepsTheTimestampsAndPasses() throws IOException {
    users();
    migration(
        "V2__drop_created_at.sql",
        "CREATE TABLE user_signups AS SELECT id AS user_id, created_at FROM users;\n"
            + "ALTER TABLE user_signups ADD PRIMARY KEY (user_id);\n"
            + "ALTER TABLE users DROP COLUMN created_at;\n");
    migration(
        "U2__drop_created_at.sql",
        "ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();\n"
            + "UPDATE users u SET created_at = s.created_at FROM user_signups s"
            + " WHERE s.user_id = u.id;\n"
            + "DROP TABLE user_signups;\n");

    DialectRun run = run();

    assertThat(failing(run)).isEmpty();
    assertThat(of(run, Rule.DATA_MOVED))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "V2__drop_created_at.sql moves the values of public.users.created_at (3"
                            + " non-NULL) to public.user_signups.created_at"));
  }

  @Test
  void roundingAwayCentsFailsAndWideningPasses() throws IOException {
    migration(
        "V1__prices.sql", "CREATE TABLE prices (sku text PRIMARY KEY, unit numeric(12,4));\n");
    migration("U1__prices.sql", "DROP TABLE prices;\n");
    seedAfter("1", "INSERT INTO prices VALUES ('a', 0.2731), ('b', 12.5), ('c', NULL);\n");
    migration("V2__widen.sql", "ALTER TABLE prices ALTER COLUMN unit TYPE numeric(16,4);\n");
    migration("U2__widen.sql", "ALTER TABLE prices ALTER COLUMN unit TYPE numeric(12,4);\n");
    migration("V3__to_cents.sql", "ALTER TABLE prices ALTER COLUMN unit TYPE numeric(16,2);\n");
    migration("U3__to_cents.sql", "ALTER TABLE prices ALTER COLUMN unit TYPE numeric(16,4);\n");

    DialectRun run = run();

    assertThat(run.migrations())
        .extracting(MigrationOutcome::status)
        .containsExactly(Status.PASSED, Status.PASSED, Status.FAILED);
    assertThat(of(run, Rule.DATA_LOST))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.version()).isEqualTo("3");
              assertThat(f.message())
                  .isEqualTo(
                      "V3__to_cents.sql changes 1 of 3 values of public.prices.unit, and"
                          + " U3__to_cents.sql does not bring them back");
              assertThat(f.evidence()).containsExactly("e.g. sku=a: '0.2731' -> '0.2700'");
            });
    assertThat(of(run, Rule.DATA_NOT_RESTORED))
        .singleElement()
        .satisfies(
            f -> assertThat(f.evidence()).containsExactly("e.g. sku=a: '0.2731' -> '0.2700'"));
  }

  @Test
  void aLosslessSplitPassesAndALossyOneFails() throws IOException {
    migration("V1__people.sql", "CREATE TABLE people (id int PRIMARY KEY, name text NOT NULL);\n");
    migration("U1__people.sql", "DROP TABLE people;\n");
    seedAfter(
        "1",
        "INSERT INTO people VALUES (1, 'Ada Lovelace'), (2, 'Plato'), (3, ''), (4, '  '),"
            + " (5, ' Jean  Paul '), (6, 'O''Brien Zoë 日本'), (7, 'Ada ');\n");
    migration(
        "V2__split.sql",
        "ALTER TABLE people ADD COLUMN first text, ADD COLUMN rest text;\n"
            + "UPDATE people SET first = split_part(name, ' ', 1),"
            + " rest = CASE WHEN position(' ' in name) > 0"
            + " THEN substr(name, position(' ' in name) + 1) END;\n"
            + "ALTER TABLE people ALTER COLUMN first SET NOT NULL, DROP COLUMN name;\n");
    migration(
        "U2__split.sql",
        "ALTER TABLE people ADD COLUMN name text;\n"
            + "UPDATE people SET name = first || coalesce(' ' || rest, '');\n"
            + "ALTER TABLE people ALTER COLUMN name SET NOT NULL, DROP COLUMN first,"
            + " DROP COLUMN rest;\n");

    assertThat(failing(run())).isEmpty();

    migration(
        "U2__split.sql",
        "ALTER TABLE people ADD COLUMN name text;\n"
            + "UPDATE people SET name = trim(first || ' ' || coalesce(rest, ''));\n"
            + "ALTER TABLE people ALTER COLUMN name SET NOT NULL, DROP COLUMN first,"
            + " DROP COLUMN rest;\n");
    DialectRun lossy = run();
    assertThat(of(lossy, Rule.DATA_NOT_RESTORED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("public.people.name: 3 of 7 values differ");
              assertThat(f.evidence()).contains("e.g. id=4: '  ' -> ''");
            });
  }

  @Test
  void aReapplyThatDoesNotReproduceTheDataFailsAndADeterministicOnePasses() throws IOException {
    users();
    migration(
        "V2__stamp.sql",
        "ALTER TABLE users ADD COLUMN imported_at timestamptz NOT NULL DEFAULT clock_timestamp();\n");
    migration("U2__stamp.sql", "ALTER TABLE users DROP COLUMN imported_at;\n");

    assertThat(of(run(), Rule.REAPPLY_DATA_DIFFERS))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("changes 3 of 3 values of public.users.imported_at"));

    migration(
        "V2__stamp.sql",
        "ALTER TABLE users ADD COLUMN imported_at timestamptz NOT NULL DEFAULT '2020-01-01';\n");
    assertThat(failing(run())).isEmpty();
  }

  @Test
  void rowsDeletedByAnUpAreLostUnlessTheDownPutsThemBack() throws IOException {
    users();
    migration("V2__purge.sql", "DELETE FROM users WHERE email LIKE 'bob%';\n");
    migration("U2__purge.sql", "SELECT 1;\n");
    DialectRun run = run();
    assertThat(of(run, Rule.DATA_LOST))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).contains("deletes 1 of 3 rows of public.users");
              assertThat(f.evidence()).containsExactly("e.g. id=2");
            });
    assertThat(of(run, Rule.DATA_NOT_RESTORED)).hasSize(1);
  }

  @Test
  void rowsArchivedByTheUpAndPutBackByTheDownAreNotLost() throws IOException {
    users();
    migration(
        "V2__archive.sql",
        "CREATE TABLE users_archive AS SELECT * FROM users WHERE email LIKE 'bob%';\n"
            + "DELETE FROM users WHERE email LIKE 'bob%';\n");
    migration(
        "U2__archive.sql",
        "INSERT INTO users SELECT * FROM users_archive;\nDROP TABLE users_archive;\n");
    assertThat(failing(run())).isEmpty();
  }

  @Test
  void aBackfilledColumnAndAnAddedOneAreNoLoss() throws IOException {
    users();
    migration(
        "V2__domain.sql",
        "ALTER TABLE users ADD COLUMN domain text;\n"
            + "UPDATE users SET domain = split_part(email, '@', 2);\n"
            + "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';\n");
    migration("U2__domain.sql", "ALTER TABLE users DROP COLUMN domain, DROP COLUMN plan;\n");
    DialectRun run = run();
    assertThat(run.allFindings()).isEmpty();
  }

  @Test
  void dataWrittenAfterTheUpThatTheDownDiscardsIsAWarning() throws IOException {
    users();
    migration("V2__nickname.sql", "ALTER TABLE users ADD COLUMN nickname varchar(40);\n");
    migration("U2__nickname.sql", "ALTER TABLE users DROP COLUMN nickname;\n");
    migration("V3__rename.sql", "ALTER TABLE users RENAME COLUMN nickname TO handle;\n");
    migration("U3__rename.sql", "ALTER TABLE users RENAME COLUMN handle TO nickname;\n");

    DialectRun run = run(List.of(), 5);

    assertThat(failing(run)).isEmpty();
    assertThat(of(run, Rule.DATA_DISCARDED))
        .as("the generator wrote rows after V1 and nicknames after V2; U3 keeps them")
        .extracting(Finding::version)
        .containsExactly("1", "2");
    assertThat(of(run, Rule.DATA_DISCARDED))
        .filteredOn(f -> f.version().equals("2"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.version()).isEqualTo("2");
              assertThat(f.message())
                  .startsWith(
                      "U2__nickname.sql discards what was written after V2 into what only V2"
                          + " creates, as any rollback would: column public.users.nickname (");
            });
    assertThat(of(run, Rule.DATA_MOVED))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).endsWith(" to public.users.handle"));
  }

  @Test
  void aMissingDownOnADropIsBothFindings() throws IOException {
    users();
    migration("V2__drop_created_at.sql", "ALTER TABLE users DROP COLUMN created_at;\n");
    DialectRun run = run();
    assertThat(failing(run))
        .extracting(Finding::rule)
        .containsExactlyInAnyOrder(Rule.MISSING_DOWN, Rule.DATA_LOST);
    assertThat(of(run, Rule.DATA_LOST).get(0).message())
        .endsWith("and there is no down script to bring them back");
  }

  @Test
  void allowancesInlineAndConfiguredKeepTheFindingButPassTheBuild() throws IOException {
    users();
    migration(
        "V2__drop_created_at.sql",
        "-- roundtrip:allow data-lost \"kept by the audit service\"\n"
            + "ALTER TABLE users DROP COLUMN created_at;\n");
    migration(
        "U2__drop_created_at.sql",
        "ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();\n");

    DialectRun run =
        run(List.of(new Allow("data-not-restored", "2", "restored from the audit service")));

    assertThat(failing(run)).isEmpty();
    assertThat(of(run, Rule.DATA_LOST))
        .singleElement()
        .satisfies(f -> assertThat(f.allowance()).isEqualTo("kept by the audit service"));
    assertThat(of(run, Rule.DATA_NOT_RESTORED))
        .singleElement()
        .satisfies(f -> assertThat(f.allowance()).isEqualTo("restored from the audit service"));
    assertThat(run.migrations().get(1).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void aMalformedAllowanceIsAnInputErrorWithItsLine() throws IOException {
    users();
    migration("V2__x.sql", "SELECT 1;\n-- roundtrip:allow data-lots \"typo\"\n");
    assertThatThrownBy(this::run)
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("V2__x.sql:2: unknown rule 'data-lots'");
    migration("V2__x.sql", "-- roundtrip:allow data-lost\n");
    assertThatThrownBy(this::run)
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("V2__x.sql:1: malformed allowance");
  }
}
