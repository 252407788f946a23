package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.SeedFixture.count;
import static dev.roundtrip.verifier.data.SeedFixture.number;
import static dev.roundtrip.verifier.data.SeedFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, a user trigger does not fire on the rows the seeder writes, and fires again
 * afterwards; the session is left as it was. Each dialect keeps the trigger quiet its own way
 * (PostgreSQL in replica mode, the others by taking it out and putting it back, which their notes
 * say) and has its own session settings to keep.
 */
class SeederTriggerContractTest {

  /**
   * A dialect with its trigger and its session.
   *
   * @param schema {@code accounts}, {@code audit} and {@code accounts_audit}, which writes {@code
   *     trigger fired} into {@code audit} for each new account
   * @param setting a statement changing a session setting before seeding
   * @param session queries of the session, each with the one value it gives after seeding
   * @param notes the notes of the seeding, {@code {schema}} standing for the schema
   */
  record Target(
      SeedTarget on,
      String schema,
      String setting,
      Map<String, String> session,
      List<String> notes) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        new Target(
            SeedTarget.POSTGRESQL,
            """
            CREATE TABLE accounts (id serial PRIMARY KEY, owner text);
            CREATE TABLE audit (id serial PRIMARY KEY, note text);
            CREATE FUNCTION record_insert() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN INSERT INTO audit (note) VALUES ('trigger fired'); RETURN NEW; END $$;
            CREATE TRIGGER accounts_audit AFTER INSERT ON accounts
              FOR EACH ROW EXECUTE FUNCTION record_insert();
            """,
            "SET TimeZone = 'America/New_York';",
            Map.of("SHOW session_replication_role", "origin", "SHOW TimeZone", "America/New_York"),
            List.of()),
        new Target(
            SeedTarget.MARIADB,
            """
            CREATE TABLE accounts (id int AUTO_INCREMENT PRIMARY KEY, owner text);
            CREATE TABLE audit (id int AUTO_INCREMENT PRIMARY KEY, note text);
            CREATE TRIGGER accounts_audit AFTER INSERT ON accounts FOR EACH ROW INSERT INTO audit (note) VALUES ('trigger fired');
            """,
            "SET time_zone = '-05:00';",
            Map.of("SELECT @@session.time_zone", "-05:00"),
            List.of(
                "user triggers were taken out while seeding (MySQL and MariaDB cannot switch them"
                    + " off for a session) and put back afterwards: {schema}.accounts_audit")),
        new Target(
            SeedTarget.SQLITE,
            """
            CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT);
            CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT);
            CREATE TRIGGER accounts_audit AFTER INSERT ON accounts
            BEGIN INSERT INTO audit (note) VALUES ('trigger fired'); END;
            """,
            "PRAGMA foreign_keys = ON;",
            Map.of("PRAGMA foreign_keys", "1"),
            List.of(
                "took out 1 trigger(s) of main while seeding and created them again in the same"
                    + " transaction")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void userTriggersDoNotFireOnSeededRowsButAfterwardsAndSettingsAreRestored(Target target)
      throws SQLException {
    SeedTarget on = target.on();
    try (DisposableDatabase database = on.newDatabase();
        Connection connection = database.connect()) {
      on.execute(connection, target.schema() + target.setting());
      String schema = on.schema(database);

      SeedReport report = on.seed(connection, database, SeedOptions.defaults(), Set.of());

      assertThat(report.notes())
          .containsExactlyElementsOf(
              target.notes().stream().map(n -> n.replace("{schema}", schema)).toList());
      assertThat(count(connection, "accounts")).isEqualTo(20);
      assertThat(count(connection, "audit")).isEqualTo(20);
      assertThat(number(connection, "SELECT count(*) FROM audit WHERE note = 'trigger fired'"))
          .isZero();
      for (Map.Entry<String, String> setting : target.session().entrySet()) {
        assertThat(strings(connection, setting.getKey()))
            .as(setting.getKey())
            .containsExactly(setting.getValue());
      }
      assertThat(connection.getAutoCommit()).isTrue();

      on.execute(connection, "INSERT INTO accounts (owner) VALUES ('after seeding');");
      assertThat(number(connection, "SELECT count(*) FROM audit WHERE note = 'trigger fired'"))
          .as("the trigger is back")
          .isOne();
    }
  }
}
