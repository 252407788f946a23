package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.diffAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.schema.MySqlSchemaFixture.Outcome;
import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Changes to MySQL-family tables and columns are found and explained. */
class MySqlTableAndColumnChangesTest {

  private static final String SHOP = MySqlShop.TABLES;

  private static Outcome after(String change) throws SQLException {
    return diffAfter(SHOP, change);
  }

  @Test
  void missingTableIsOneDifferenceNamingItsColumns() throws SQLException {
    Outcome outcome = after("DROP TABLE orders");

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.TABLE);
    assertThat(outcome.single().change()).isEqualTo(Change.MISSING);
    assertThat(outcome.name()).isEqualTo("db.orders");
    assertThat(outcome.sentence())
        .matches(
            "table db\\.orders is missing \\(was an InnoDB table in utf8mb4_\\w+ with columns"
                + " created_at, customer_id, id, price, quantity, total, updated_at\\)");
  }

  @Test
  void unexpectedTableIsOneDifference() throws SQLException {
    Outcome outcome =
        after(
            "CREATE TABLE audit_log (id bigint AUTO_INCREMENT PRIMARY KEY, payload json)"
                + " ENGINE=MyISAM CHARACTER SET latin1");

    assertThat(outcome.single().change()).isEqualTo(Change.UNEXPECTED);
    assertThat(outcome.sentence())
        .isEqualTo(
            "table db.audit_log is present (it did not exist before):"
                + " a MyISAM table in latin1_swedish_ci with columns id, payload");
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
  void missingColumnNamesWhatItWas() throws SQLException {
    Outcome outcome = after("ALTER TABLE orders DROP COLUMN updated_at");

    assertThat(outcome.single().change()).isEqualTo(Change.MISSING);
    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.orders.updated_at is missing (was timestamp NOT NULL"
                + " DEFAULT current_timestamp() ON UPDATE current_timestamp())");
  }

  @Test
  void unexpectedColumn() throws SQLException {
    Outcome outcome = after("ALTER TABLE customers ADD COLUMN nickname varchar(30) FIRST");

    assertThat(outcome.single().change()).isEqualTo(Change.UNEXPECTED);
    assertThat(outcome.sentence())
        .isEqualTo("column db.customers.nickname varchar(30) is present (it did not exist before)");
  }

  @Test
  void varcharLengthChange() throws SQLException {
    Outcome outcome = after("ALTER TABLE customers MODIFY email varchar(50) NOT NULL");

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.COLUMN);
    assertThat(outcome.single().change()).isEqualTo(Change.CHANGED);
    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.customers.email changed: varchar(100) NOT NULL -> varchar(50) NOT NULL");
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
  void precisionChange() throws SQLException {
    Outcome outcome = after("ALTER TABLE orders MODIFY price decimal(12,2) NOT NULL DEFAULT 0.00");

    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.orders.price changed: decimal(10,2) NOT NULL DEFAULT 0.00"
                + " -> decimal(12,2) NOT NULL DEFAULT 0.00");
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
  void nullabilityChange() throws SQLException {
    Outcome outcome = after("ALTER TABLE customers MODIFY email varchar(100) NULL");

    assertThat(outcome.sentence())
        .isEqualTo("column db.customers.email changed: varchar(100) NOT NULL -> varchar(100)");
  }

  @Test
  void defaultChange() throws SQLException {
    Outcome outcome = after("ALTER TABLE customers ALTER COLUMN note SET DEFAULT 'n/a'");

    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.customers.note changed: varchar(20) DEFAULT 'none'"
                + " -> varchar(20) DEFAULT 'n/a'");
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
  void generationExpressionChange() throws SQLException {
    Outcome outcome =
        after(
            "ALTER TABLE orders MODIFY total decimal(12,2)"
                + " GENERATED ALWAYS AS (quantity * price * 2) STORED");

    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.orders.total changed: ... (`quantity` * `price`) STORED"
                + " -> ... (`quantity` * `price` * 2) STORED");
    assertThat(outcome.single().expected())
        .isEqualTo("decimal(12,2) GENERATED ALWAYS AS (`quantity` * `price`) STORED");
  }

  @Test
  void columnCollationChange() throws SQLException {
    Outcome outcome =
        after("ALTER TABLE customers MODIFY name varchar(100) COLLATE utf8mb4_unicode_ci");

    assertThat(outcome.sentence())
        .isEqualTo(
            "column db.customers.name changed: varchar(100) COLLATE utf8mb4_bin"
                + " -> varchar(100) COLLATE utf8mb4_unicode_ci");
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
