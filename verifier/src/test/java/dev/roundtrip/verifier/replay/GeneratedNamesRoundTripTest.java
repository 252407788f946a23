package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A down that rebuilds a table while the old one still holds its names gets other names for what
 * PostgreSQL named ({@code items_id_seq1}, {@code items_pkey1}, {@code items_owner_id_fkey1}): the
 * migration passes, and so do the ones after it.
 */
class GeneratedNamesRoundTripTest extends ProjectRoundTripTest {

  @Test
  void aDownThatRebuildsASerialTablePassesAndSoDoesTheNextMigration() throws IOException {
    migration(
        "V1__create_items.sql",
        """
        CREATE TABLE owners (id integer PRIMARY KEY);
        CREATE TABLE items (
          id serial PRIMARY KEY,
          name text NOT NULL UNIQUE,
          owner_id integer REFERENCES owners (id));
        """);
    migration("U1__create_items.sql", "DROP TABLE items;\nDROP TABLE owners;\n");
    migration("V2__add_note.sql", "ALTER TABLE items ADD COLUMN note text;\n");
    migration(
        "U2__add_note.sql",
        """
        ALTER TABLE items RENAME TO items_old;
        CREATE TABLE items (
          id serial PRIMARY KEY,
          name text NOT NULL UNIQUE,
          owner_id integer REFERENCES owners (id));
        INSERT INTO items (id, name, owner_id) SELECT id, name, owner_id FROM items_old;
        SELECT setval(pg_get_serial_sequence('items', 'id'),
                      coalesce((SELECT max(id) FROM items), 0) + 1, false);
        DROP TABLE items_old;
        """);
    migration("V3__index_owner.sql", "CREATE INDEX ON items (owner_id);\n");
    migration("U3__index_owner.sql", "DROP INDEX items_owner_id_idx;\n");

    DialectRun run = RoundTrips.onPostgres(config(5).build());

    assertThat(failing(run)).as("failing findings in %s", run.allFindings()).isEmpty();
    assertThat(run.migrations())
        .extracting(MigrationOutcome::version, MigrationOutcome::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1", Status.PASSED),
            org.assertj.core.groups.Tuple.tuple("2", Status.PASSED),
            org.assertj.core.groups.Tuple.tuple("3", Status.PASSED));
    assertThat(run.allFindings()).extracting(Finding::message).noneMatch(m -> m.contains("seq1"));
    assertThat(run.passed()).isTrue();
  }
}
