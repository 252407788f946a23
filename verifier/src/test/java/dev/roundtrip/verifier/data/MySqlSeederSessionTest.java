package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.MySqlSeedFixture.number;
import static dev.roundtrip.verifier.data.MySqlSeedFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB, user triggers are taken out while seeding in auto-commit mode and fire in the
 * caller's transaction, and the report says which; the session's time zone is UTC while seeding and
 * the caller's afterwards; the caller's transaction is the caller's.
 */
class MySqlSeederSessionTest {
  private static final String SCHEMA =
      """
      CREATE TABLE accounts (id int AUTO_INCREMENT PRIMARY KEY, owner varchar(40),
        opened timestamp NULL);
      CREATE TABLE audit (id int AUTO_INCREMENT PRIMARY KEY, note varchar(40));
      CREATE TRIGGER accounts_audit AFTER INSERT ON accounts FOR EACH ROW INSERT INTO audit (note) VALUES ('trigger fired');
      """;

  @Test
  void triggersAreTakenOutAndNotedAndTheTimeZoneIsRestored() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      MySqlSeedFixture.execute(connection, SCHEMA + "SET time_zone = '+05:30';");

      SeedReport report =
          new Seeder(
                  TestDialects.MARIADB, SeedOptions.defaults().onlyTables(Set.of(db + ".accounts")))
              .seed(connection, List.of(db), Set.of());

      assertThat(report.notes())
          .containsExactly(
              "user triggers were taken out while seeding (MySQL and MariaDB cannot switch them"
                  + " off for a session) and put back afterwards: "
                  + db
                  + ".accounts_audit");
      assertThat(report.insertedRows(db + ".accounts")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM audit")).isZero();
      assertThat(strings(connection, "SELECT @@session.time_zone")).containsExactly("+05:30");
      assertThat(connection.getAutoCommit()).isTrue();
      List<String> utc =
          strings(
              connection,
              "SELECT CONVERT_TZ(opened, '+05:30', '+00:00')"
                  + " FROM accounts WHERE opened IS NOT NULL");
      assertThat(utc).anyMatch(v -> v.startsWith("2038-01-19 03:14:07"));
      MySqlSeedFixture.execute(connection, "INSERT INTO accounts (owner) VALUES ('after');");
      assertThat(number(connection, "SELECT COUNT(*) FROM audit")).isEqualTo(1);
    }
  }

  @Test
  void inTheCallersTransactionTriggersFireAndAreNoted() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      MySqlSeedFixture.execute(connection, SCHEMA);
      connection.setAutoCommit(false);

      SeedReport report =
          new Seeder(
                  TestDialects.MARIADB, SeedOptions.defaults().onlyTables(Set.of(db + ".accounts")))
              .seed(connection, List.of(db), Set.of());

      assertThat(report.notes())
          .containsExactly(
              "user triggers fired while seeding on "
                  + db
                  + ".accounts: the seeder joined the caller's transaction, which taking them out"
                  + " would have committed (DROP TRIGGER commits on MySQL and MariaDB); seed in"
                  + " auto-commit mode to keep them from firing");
      assertThat(number(connection, "SELECT COUNT(*) FROM audit")).isEqualTo(20);
      connection.rollback();

      assertThat(number(connection, "SELECT COUNT(*) FROM accounts")).isZero();
      assertThat(number(connection, "SELECT COUNT(*) FROM audit")).isZero();
      assertThat(connection.getAutoCommit()).isFalse();
    }
  }

  @Test
  void rowsJoinTheCallersTransaction() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      MySqlSeedFixture.execute(connection, "CREATE TABLE plain (id int PRIMARY KEY, note text);");
      connection.setAutoCommit(false);

      SeedReport report =
          new Seeder(TestDialects.MARIADB, SeedOptions.defaults())
              .seed(connection, List.of(db), Set.of());
      assertThat(report.insertedRows(db + ".plain")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM plain")).isEqualTo(20);
      connection.rollback();

      assertThat(number(connection, "SELECT COUNT(*) FROM plain")).isZero();
      assertThat(connection.getAutoCommit()).isFalse();
    }
  }
}
