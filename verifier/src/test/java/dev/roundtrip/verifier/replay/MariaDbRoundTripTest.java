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
 * The round trip on real MariaDB, in the family's syntax: the data-loss scenarios of the PostgreSQL
 * work (each lossy migration with its lossless twin), the narrowing of VARCHAR and ENUM columns,
 * stored programs written with DELIMITER, and migrations left half-applied because DDL commits at
 * once.
 */
class MariaDbRoundTripTest extends ProjectRoundTripTest {
  private DialectRun run(int seedRows) throws IOException {
    return RoundTrips.onMariaDb(config(seedRows).build());
  }

  private DialectRun run() throws IOException {
    return run(0);
  }

  private void users() throws IOException {
    migration(
        "V1__create_users.sql",
        "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(200) NOT NULL,"
            + " created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6));\n");
    migration("U1__create_users.sql", "DROP TABLE users;\n");
    seedAfter(
        "1",
        "INSERT INTO users VALUES (1, 'ada@example.com', '2024-02-29 13:45:00'),"
            + " (2, 'bob@example.com', '1999-12-31 23:59:59.5'),"
            + " (3, 'zoë@example.com', '2010-06-01 08:00:00');\n");
  }

  @Test
  void theClassicIncidentFailsWithOriginalAndRestoredValues() throws IOException {
    users();
    migration(
        "V2__drop_created_at.sql",
        "-- moved to the audit service\n\nALTER TABLE users DROP COLUMN created_at;\n");
    migration(
        "U2__drop_created_at.sql",
        "ALTER TABLE users ADD COLUMN created_at DATETIME(6) NOT NULL"
            + " DEFAULT CURRENT_TIMESTAMP(6);\n");

    DialectRun run = run();

    assertThat(run.allFindings()).noneMatch(f -> f.rule() == Rule.SCHEMA_NOT_RESTORED);
    Finding lost = of(run, Rule.DATA_LOST).get(0);
    assertThat(lost.message())
        .isEqualTo(
            "V2__drop_created_at.sql drops column users.created_at holding 3 non-NULL"
                + " values, and U2__drop_created_at.sql does not bring them back");
    assertThat(lost.location()).endsWith("V2__drop_created_at.sql:3");
    Finding notRestored = of(run, Rule.DATA_NOT_RESTORED).get(0);
    assertThat(notRestored.message())
        .isEqualTo(
            "U2__drop_created_at.sql did not restore users.created_at: 3 of 3 values"
                + " differ from before V2");
    assertThat(notRestored.evidence())
        .first()
        .satisfies(e -> assertThat(e).startsWith("e.g. id=1: '2024-02-29 13:45:00.000000' -> '20"));
    assertThat(run.migrations().get(1).status()).isEqualTo(Status.FAILED);
    assertThat(run.migrations().get(0).status()).isEqualTo(Status.PASSED);
  }

  @Test
  void theIncidentsTwinKeepsTheTimestampsAndPasses() throws IOException {
    users();
    migration(
        "V2__drop_created_at.sql",
        "CREATE TABLE user_signups (user_id INT PRIMARY KEY, created_at DATETIME(6) NOT NULL);\n"
            + "INSERT INTO user_signups SELECT id, created_at FROM users;\n"
            + "ALTER TABLE users DROP COLUMN created_at;\n");
    migration(
        "U2__drop_created_at.sql",
        "ALTER TABLE users ADD COLUMN created_at DATETIME(6) NOT NULL"
            + " DEFAULT CURRENT_TIMESTAMP(6);\n"
            + "UPDATE users u JOIN user_signups s ON s.user_id = u.id"
            + " SET u.created_at = s.created_at;\n"
            + "DROP TABLE user_signups;\n");

    DialectRun run = run();

    assertThat(failing(run)).isEmpty();
    assertThat(of(run, Rule.DATA_MOVED))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "V2__drop_created_at.sql moves the values of users.created_at (3"
                            + " non-NULL) to user_signups.created_at"));
  }

  @Test
  void roundingAwayCentsFailsAndWideningPasses() throws IOException {
    migration(
        "V1__prices.sql",
        "CREATE TABLE prices (sku VARCHAR(10) PRIMARY KEY, unit DECIMAL(12,4));\n");
    migration("U1__prices.sql", "DROP TABLE prices;\n");
    seedAfter("1", "INSERT INTO prices VALUES ('a', 0.2731), ('b', 12.5), ('c', NULL);\n");
    migration("V2__widen.sql", "ALTER TABLE prices MODIFY unit DECIMAL(16,4);\n");
    migration("U2__widen.sql", "ALTER TABLE prices MODIFY unit DECIMAL(12,4);\n");
    migration("V3__to_cents.sql", "ALTER TABLE prices MODIFY unit DECIMAL(16,2);\n");
    migration("U3__to_cents.sql", "ALTER TABLE prices MODIFY unit DECIMAL(16,4);\n");

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
                      "V3__to_cents.sql changes 1 of 3 values of prices.unit, and"
                          + " U3__to_cents.sql does not bring them back");
              assertThat(f.evidence()).containsExactly("e.g. sku=a: '0.2731' -> '0.2700'");
            });
    assertThat(of(run, Rule.DATA_NOT_RESTORED))
        .singleElement()
        .satisfies(
            f -> assertThat(f.evidence()).containsExactly("e.g. sku=a: '0.2731' -> '0.2700'"));
  }

  @Test
  void narrowingAVarcharAfterCuttingItsValuesLosesThem() throws IOException {
    migration(
        "V1__products.sql",
        "CREATE TABLE products (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(255) NOT NULL);\n");
    migration("U1__products.sql", "DROP TABLE products;\n");
    seedAfter(
        "1",
        "INSERT INTO products (name) VALUES ('Short'),"
            + " ('A remarkably long product name that will not fit');\n");
    migration(
        "V2__shorten_names.sql",
        "UPDATE products SET name = LEFT(name, 20);\n"
            + "ALTER TABLE products MODIFY name VARCHAR(20) NOT NULL;\n");
    migration("U2__shorten_names.sql", "ALTER TABLE products MODIFY name VARCHAR(255) NOT NULL;\n");

    DialectRun run = run();

    Finding lost = of(run, Rule.DATA_LOST).get(0);
    assertThat(lost.message()).contains("products.name").contains("1 of 2 values");
    assertThat(lost.evidence())
        .anySatisfy(
            e ->
                assertThat(e)
                    .contains(
                        "'A remarkably long product name that will not fit'"
                            + " -> 'A remarkably long pr'"));
    assertThat(of(run, Rule.DATA_NOT_RESTORED)).isNotEmpty();
  }

  @Test
  void narrowingAnEnumAfterRemappingAValueLosesIt() throws IOException {
    migration(
        "V1__orders.sql",
        "CREATE TABLE orders (id INT PRIMARY KEY,"
            + " status ENUM('new','paid','refunded','shipped') NOT NULL DEFAULT 'new');\n");
    migration("U1__orders.sql", "DROP TABLE orders;\n");
    seedAfter("1", "INSERT INTO orders VALUES (1, 'new'), (2, 'refunded'), (3, 'shipped');\n");
    migration(
        "V2__drop_refunded.sql",
        "UPDATE orders SET status = 'paid' WHERE status = 'refunded';\n"
            + "ALTER TABLE orders MODIFY status ENUM('new','paid','shipped') NOT NULL"
            + " DEFAULT 'new';\n");
    migration(
        "U2__drop_refunded.sql",
        "ALTER TABLE orders MODIFY status ENUM('new','paid','refunded','shipped') NOT NULL"
            + " DEFAULT 'new';\n");

    DialectRun run = run();

    Finding lost = of(run, Rule.DATA_LOST).get(0);
    assertThat(lost.message()).contains("orders.status");
    assertThat(lost.evidence()).anySatisfy(e -> assertThat(e).contains("'refunded' -> 'paid'"));
    assertThat(run.migrations().get(1).status()).isEqualTo(Status.FAILED);
  }

  @Test
  void rowsDeletedByAnUpAreLostUnlessTheDownPutsThemBack() throws IOException {
    users();
    migration("V2__purge.sql", "DELETE FROM users WHERE email LIKE 'bob%';\n");
    migration("U2__purge.sql", "SELECT 1;\n");
    DialectRun lossy = run();
    assertThat(of(lossy, Rule.DATA_LOST))
        .anySatisfy(f -> assertThat(f.message()).contains("users").contains("1 of 3 rows"));

    migration(
        "V2__purge.sql",
        "CREATE TABLE users_archive AS SELECT * FROM users WHERE email LIKE 'bob%';\n"
            + "DELETE FROM users WHERE email LIKE 'bob%';\n");
    migration(
        "U2__purge.sql",
        "INSERT INTO users SELECT * FROM users_archive;\nDROP TABLE users_archive;\n");
    assertThat(failing(run())).isEmpty();
  }

  @Test
  void aProcedureAndATriggerWrittenWithDelimiterRoundTrip() throws IOException {
    users();
    migration(
        "V2__audit.sql",
        "CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(100) NOT NULL);\n"
            + "DELIMITER $$\n"
            + "CREATE PROCEDURE log_event(IN what VARCHAR(100))\n"
            + "BEGIN\n"
            + "  INSERT INTO audit (what) VALUES (what);\n"
            + "END$$\n"
            + "CREATE TRIGGER users_audit AFTER INSERT ON users FOR EACH ROW\n"
            + "BEGIN\n"
            + "  CALL log_event(CONCAT('user ', NEW.id));\n"
            + "END$$\n"
            + "DELIMITER ;\n");
    migration(
        "U2__audit.sql",
        "DROP TRIGGER users_audit;\nDROP PROCEDURE log_event;\nDROP TABLE audit;\n");

    DialectRun run = run();

    assertThat(failing(run)).isEmpty();
    assertThat(run.migrations()).allSatisfy(m -> assertThat(m.status()).isEqualTo(Status.PASSED));
  }

  @Test
  void aDownThatForgetsTheTriggerLeavesTheSchemaChanged() throws IOException {
    users();
    migration(
        "V2__audit.sql",
        "CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(100));\n"
            + "DELIMITER //\n"
            + "CREATE TRIGGER users_audit AFTER INSERT ON users FOR EACH ROW\n"
            + "BEGIN\n"
            + "  INSERT INTO audit (what) VALUES (CONCAT('user ', NEW.id));\n"
            + "END//\n"
            + "DELIMITER ;\n");
    migration("U2__audit.sql", "DROP TRIGGER users_audit;\n");

    DialectRun run = run();

    Finding notRestored = of(run, Rule.SCHEMA_NOT_RESTORED).get(0);
    assertThat(notRestored.evidence()).anySatisfy(e -> assertThat(e).contains("audit"));
    assertThat(notRestored.evidence()).noneSatisfy(e -> assertThat(e).contains("roundtrip_"));
  }

  @Test
  void anUpThatFailsAfterItsFirstDdlIsHalfApplied() throws IOException {
    users();
    migration(
        "V2__loyalty.sql",
        "ALTER TABLE users ADD COLUMN points INT NOT NULL DEFAULT 0;\n"
            + "CREATE TABLE rewards (id INT PRIMARY KEY, user_id INT NOT NULL);\n"
            + "ALTER TABLE rewards ADD CONSTRAINT rewards_user FOREIGN KEY (user_id)"
            + " REFERENCES no_such_table (id);\n"
            + "CREATE INDEX rewards_by_user ON rewards (user_id);\n");
    migration("U2__loyalty.sql", "DROP TABLE rewards;\nALTER TABLE users DROP COLUMN points;\n");

    DialectRun run = run();

    assertThat(of(run, Rule.UP_FAILED)).hasSize(1);
    Finding half = of(run, Rule.HALF_APPLIED).get(0);
    assertThat(half.phase()).isEqualTo(Phase.UP);
    assertThat(half.location()).endsWith("V2__loyalty.sql:3");
    assertThat(half.message())
        .startsWith(
            "V2__loyalty.sql stopped part-way at line 3 on MariaDB: 2 statements had run before"
                + " it, and the schema changes made stay");
    assertThat(half.evidence())
        .startsWith(
            "ran: line 1: ALTER TABLE users ADD COLUMN points INT NOT NULL DEFAULT 0",
            "ran: line 2: CREATE TABLE rewards (id INT PRIMARY KEY, user_id INT NOT NULL)")
        .contains("not run: line 4: CREATE INDEX rewards_by_user ON rewards (user_id)")
        .anySatisfy(e -> assertThat(e).startsWith("left behind: ").contains("users.points"))
        .anySatisfy(e -> assertThat(e).startsWith("left behind: ").contains("rewards"));
  }

  @Test
  void aDownThatFailsHalfwayIsHalfAppliedToo() throws IOException {
    users();
    migration(
        "V2__loyalty.sql",
        "ALTER TABLE users ADD COLUMN points INT NOT NULL DEFAULT 0;\n"
            + "CREATE TABLE rewards (id INT PRIMARY KEY);\n");
    migration("U2__loyalty.sql", "ALTER TABLE users DROP COLUMN points;\nDROP TABLE reward;\n");

    DialectRun run = run();

    assertThat(of(run, Rule.DOWN_FAILED)).hasSize(1);
    Finding half = of(run, Rule.HALF_APPLIED).get(0);
    assertThat(half.phase()).isEqualTo(Phase.DOWN);
    assertThat(half.location()).endsWith("U2__loyalty.sql:2");
    assertThat(half.evidence())
        .contains("ran: line 1: ALTER TABLE users DROP COLUMN points")
        .anySatisfy(e -> assertThat(e).startsWith("left behind: ").contains("users.points"));
  }

  @Test
  void generatedRowsRoundTripThroughALosslessHistory() throws IOException {
    migration(
        "V1__catalog.sql",
        "CREATE TABLE customers (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,"
            + " email VARCHAR(190) NOT NULL UNIQUE, vip TINYINT(1) NOT NULL DEFAULT 0,"
            + " born DATE, joined_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),"
            + " profile JSON, avatar VARBINARY(64));\n"
            + "CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY,"
            + " customer_id BIGINT UNSIGNED NOT NULL,"
            + " status ENUM('new','paid','shipped') NOT NULL DEFAULT 'new',"
            + " tags SET('gift','rush') NOT NULL DEFAULT '', total DECIMAL(12,2) NOT NULL,"
            + " CONSTRAINT total_positive CHECK (total >= 0),"
            + " FOREIGN KEY (customer_id) REFERENCES customers (id));\n");
    migration("U1__catalog.sql", "DROP TABLE orders;\nDROP TABLE customers;\n");
    migration(
        "V2__widen_totals.sql",
        "ALTER TABLE orders MODIFY total DECIMAL(14,2) NOT NULL;\n"
            + "ALTER TABLE customers ADD COLUMN nickname VARCHAR(40) NULL;\n");
    migration(
        "U2__widen_totals.sql",
        "ALTER TABLE customers DROP COLUMN nickname;\n"
            + "ALTER TABLE orders MODIFY total DECIMAL(12,2) NOT NULL;\n");
    migration("V3__rename_born.sql", "ALTER TABLE customers RENAME COLUMN born TO birth_date;\n");
    migration("U3__rename_born.sql", "ALTER TABLE customers RENAME COLUMN birth_date TO born;\n");

    DialectRun run = run(20);

    assertThat(failing(run)).isEmpty();
    assertThat(run.migrations()).allSatisfy(m -> assertThat(m.status()).isEqualTo(Status.PASSED));
    assertThat(of(run, Rule.DATA_MOVED))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("customers.born").contains("birth_date"));
  }
}
