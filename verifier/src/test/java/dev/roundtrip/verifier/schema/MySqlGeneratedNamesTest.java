package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.diffAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtrip.verifier.schema.MySqlSchemaFixture.Outcome;
import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * On MySQL and MariaDB, foreign keys, checks and indexes whose names the server made up ({@code
 * t_ibfk_2}, {@code CONSTRAINT_1}, {@code email_2}) are compared by what they are; names the
 * project chose are still compared by name.
 */
class MySqlGeneratedNamesTest {

  private static final String ACCOUNTS =
      """
      CREATE TABLE owners (id int PRIMARY KEY);
      CREATE TABLE accounts (
        id int PRIMARY KEY,
        owner_id int,
        backup_owner_id int,
        email varchar(100),
        low int,
        high int,
        CHECK (low >= 0),
        CHECK (low <= high),
        FOREIGN KEY (owner_id) REFERENCES owners (id),
        FOREIGN KEY (backup_owner_id) REFERENCES owners (id) ON DELETE SET NULL,
        CONSTRAINT accounts_high_fk FOREIGN KEY (high) REFERENCES owners (id),
        UNIQUE (email),
        KEY (low, high));
      """;

  private static Outcome after(String change) throws SQLException {
    return diffAfter(ACCOUNTS, change);
  }

  @Test
  void aForeignKeyAddedAgainUnderTheNextNumberIsNoDifference() throws SQLException {
    Outcome outcome =
        after(
            """
            ALTER TABLE accounts DROP FOREIGN KEY accounts_ibfk_1;
            ALTER TABLE accounts ADD FOREIGN KEY (owner_id) REFERENCES owners (id);
            """);

    assertThat(outcome.diff().differences()).as(outcome.diff().toString()).isEmpty();
  }

  @Test
  void checksAddedAgainInAnotherOrderAreNoDifference() throws SQLException {
    Outcome outcome =
        after(
            """
            ALTER TABLE accounts DROP CONSTRAINT CONSTRAINT_1, DROP CONSTRAINT CONSTRAINT_2;
            ALTER TABLE accounts ADD CHECK (low <= high);
            ALTER TABLE accounts ADD CHECK (low >= 0);
            """);

    assertThat(outcome.diff().differences()).as(outcome.diff().toString()).isEmpty();
  }

  @Test
  void indexesBuiltAgainWhileTheirNamesWereTakenAreNoDifference() throws SQLException {
    Outcome outcome =
        after(
            """
            ALTER TABLE accounts ADD UNIQUE (email), ADD KEY (low, high);
            ALTER TABLE accounts DROP INDEX email, DROP INDEX low;
            """);

    assertThat(outcome.diff().differences()).as(outcome.diff().toString()).isEmpty();
  }

  @Test
  void aForeignKeyTheProjectNamedStillCountsByName() throws SQLException {
    Outcome outcome =
        after(
            """
            ALTER TABLE accounts DROP FOREIGN KEY accounts_high_fk;
            ALTER TABLE accounts ADD CONSTRAINT accounts_high_ref
              FOREIGN KEY (high) REFERENCES owners (id);
            """);

    assertThat(outcome.diff().differences())
        .extracting(
            SchemaDifference::kind,
            SchemaDifference::change,
            d -> d.name().replace(outcome.database(), "db"))
        .as("the key and the index MariaDB named after it")
        .containsExactly(
            tuple(ObjectKind.FOREIGN_KEY, Change.MISSING, "db.accounts.accounts_high_fk"),
            tuple(ObjectKind.FOREIGN_KEY, Change.UNEXPECTED, "db.accounts.accounts_high_ref"),
            tuple(ObjectKind.INDEX, Change.MISSING, "db.accounts.accounts_high_fk"),
            tuple(ObjectKind.INDEX, Change.UNEXPECTED, "db.accounts.accounts_high_ref"));
  }

  @Test
  void aMissingUnnamedIndexIsStillReportedByItsName() throws SQLException {
    Outcome outcome = after("ALTER TABLE accounts DROP INDEX email");

    assertThat(outcome.single().change()).isEqualTo(Change.MISSING);
    assertThat(outcome.sentence())
        .isEqualTo("index db.accounts.email is missing (was UNIQUE KEY (email))");
  }

  @Test
  void anUnnamedForeignKeyAddedAgainWithOtherActionsIsADifference() throws SQLException {
    Outcome outcome =
        after(
            """
            ALTER TABLE accounts DROP FOREIGN KEY accounts_ibfk_2;
            ALTER TABLE accounts ADD FOREIGN KEY (backup_owner_id) REFERENCES owners (id);
            """);

    assertThat(outcome.single().change()).isEqualTo(Change.CHANGED);
    assertThat(outcome.sentence())
        .startsWith("foreign key db.accounts.accounts_ibfk_2 changed: ")
        .contains("ON DELETE SET NULL")
        .contains("-> ");
  }
}
