package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.diffAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.schema.MySqlSchemaFixture.Outcome;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Changes to what only MySQL-family tables and columns have are found and explained: table
 * collations, signedness, enums, auto-increment, ON UPDATE, JSON, a default of the word NULL, and
 * the excluded table. What every dialect has is in {@link TableAndColumnContractTest}.
 */
class MySqlTableAndColumnChangesTest {

  private static final String SHOP = MySqlShop.TABLES;

  private static Outcome after(String change) throws SQLException {
    return diffAfter(SHOP, change);
  }

  @Test
  void tableCollationChange() throws SQLException {
    Outcome outcome =
        after("ALTER TABLE orders CONVERT TO CHARACTER SET latin1 COLLATE latin1_general_ci");

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.TABLE);
    assertThat(outcome.sentence())
        .matches(
            "table db\\.orders changed: InnoDB table in utf8mb4_\\w+"
                + " -> InnoDB table in latin1_general_ci");
  }

  @Test
  void signednessChange() throws SQLException {
    Outcome outcome = after("ALTER TABLE orders MODIFY quantity int unsigned NOT NULL DEFAULT 1");

    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.orders.quantity changed: int NOT NULL DEFAULT 1"
                + " -> int unsigned NOT NULL DEFAULT 1");
  }

  @Test
  void enumMemberAdded() throws SQLException {
    Outcome outcome =
        after(
            "ALTER TABLE customers MODIFY status enum('new','active','closed','banned')"
                + " NOT NULL DEFAULT 'new'");

    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.customers.status changed: enum('new','active','closed') NOT NULL"
                + " DEFAULT 'new' -> enum('new','active','closed','banned') NOT NULL"
                + " DEFAULT 'new'");
  }

  @Test
  void enumMembersReordered() throws SQLException {
    Outcome outcome =
        after(
            "ALTER TABLE customers MODIFY status enum('active','new','closed')"
                + " NOT NULL DEFAULT 'new'");

    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.customers.status changed: enum('new','active','closed') NOT NULL"
                + " DEFAULT 'new' -> enum('active','new','closed') NOT NULL DEFAULT 'new'");
  }

  @Test
  void defaultOfTheWordNullIsNotNoDefault() throws SQLException {
    Outcome outcome =
        diffAfter(
            "CREATE TABLE notes (body varchar(10) DEFAULT NULL)",
            "ALTER TABLE notes ALTER COLUMN body SET DEFAULT 'NULL'");

    assertThat(outcome.sentence())
        .isEqualTo("column db.notes.body changed: varchar(10) -> varchar(10) DEFAULT 'NULL'");
  }

  @Test
  void autoIncrementDropped() throws SQLException {
    Outcome outcome = after("ALTER TABLE orders MODIFY id bigint NOT NULL");

    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.orders.id changed: bigint NOT NULL AUTO_INCREMENT -> bigint NOT NULL");
  }

  @Test
  void onUpdateDropped() throws SQLException {
    Outcome outcome =
        after("ALTER TABLE orders MODIFY updated_at timestamp NOT NULL DEFAULT current_timestamp");

    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.orders.updated_at changed: ... DEFAULT current_timestamp()"
                + " ON UPDATE current_timestamp() -> ... DEFAULT current_timestamp()");
    assertThat(outcome.single().actual())
        .isEqualTo("timestamp NOT NULL DEFAULT current_timestamp()");
  }

  @Test
  void jsonColumnTurnedIntoText() throws SQLException {
    Outcome outcome = after("ALTER TABLE customers MODIFY profile text");

    assertThat(outcome.sentence())
        .matches("column db\\.customers\\.profile changed: json -> text( COLLATE \\w+)?");
  }

  @Test
  void changesToTheExcludedTableAreIgnored() throws SQLException {
    Outcome outcome =
        after(
            """
            ALTER TABLE flyway_schema_history ADD COLUMN checksum int;
            ALTER TABLE flyway_schema_history DROP INDEX flyway_schema_history_s_idx;
            ALTER TABLE flyway_schema_history DROP PRIMARY KEY;
            """);

    assertThat(outcome.diff().differences()).as(outcome.diff().toString()).isEmpty();
  }
}
