package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.MigrationOutcome.Status;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.SqliteTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the round trip promises on every dialect, with the same migrations (in SQL all of them take)
 * and the same findings, word for word but for how each dialect qualifies a table: a dropped column
 * that the down brings back empty, its twin that keeps the values, a down that forgets an index,
 * and a reversible history seeded by the generator.
 */
class RoundTripContractTest extends ProjectRoundTripTest {

  /**
   * A dialect with its test server and how its findings name the table {@code users}.
   *
   * @param users the table as findings name it
   */
  record Target(Dialect dialect, Supplier<DatabaseServer> server, String users) {
    @Override
    public String toString() {
      return dialect.id();
    }
  }

  static Stream<Target> dialects() {
    return Stream.of(
        new Target(TestDialects.POSTGRESQL, PostgresTestServer::shared, "public.users"),
        new Target(TestDialects.MARIADB, MariaDbTestServer::shared, "users"),
        new Target(SqliteTestServer.SQLITE, SqliteTestServer::shared, "main.users"));
  }

  private DialectRun run(Target target, int seedRows) throws IOException {
    return RoundTrips.on(target.dialect(), target.server().get(), config(seedRows).build());
  }

  private void users() throws IOException {
    migration(
        "V1__create_users.sql",
        "CREATE TABLE users (id INT NOT NULL PRIMARY KEY, email VARCHAR(200) NOT NULL,"
            + " created_at VARCHAR(30));\n");
    migration("U1__create_users.sql", "DROP TABLE users;\n");
  }

  private void usersWithRows() throws IOException {
    users();
    seedAfter(
        "1",
        "INSERT INTO users (id, email, created_at) VALUES"
            + " (1001, 'ada@example.com', '2024-02-29 13:45:00'),"
            + " (1002, 'bob@example.com', '1999-12-31 23:59:59'),"
            + " (1003, 'zoe@example.com', '2010-06-01 08:00:00');\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void aDroppedColumnTheDownBringsBackEmptyLosesItsValues(Target target) throws IOException {
    usersWithRows();
    migration("V2__drop_created_at.sql", "ALTER TABLE users DROP COLUMN created_at;\n");
    migration(
        "U2__drop_created_at.sql",
        "ALTER TABLE users ADD COLUMN created_at VARCHAR(30) DEFAULT 'unknown';\n");

    DialectRun run = run(target, 0);

    assertThat(of(run, Rule.DATA_LOST))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "V2__drop_created_at.sql drops column "
                            + target.users()
                            + ".created_at holding 3 non-NULL values, and U2__drop_created_at.sql"
                            + " does not bring them back"));
    Finding notRestored = of(run, Rule.DATA_NOT_RESTORED).get(0);
    assertThat(notRestored.message())
        .isEqualTo(
            "U2__drop_created_at.sql did not restore "
                + target.users()
                + ".created_at: 3 of 3 values differ from before V2");
    assertThat(notRestored.evidence())
        .first()
        .isEqualTo("e.g. id=1001: '2024-02-29 13:45:00' -> 'unknown'");
    assertThat(run.migrations().get(1).status()).isEqualTo(Status.FAILED);
    assertThat(run.migrations().get(0).status()).isEqualTo(Status.PASSED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void itsTwinThatKeepsTheValuesPasses(Target target) throws IOException {
    usersWithRows();
    migration(
        "V2__drop_created_at.sql",
        "CREATE TABLE user_signups (user_id INT NOT NULL PRIMARY KEY, created_at VARCHAR(30));\n"
            + "INSERT INTO user_signups (user_id, created_at) SELECT id, created_at FROM users;\n"
            + "ALTER TABLE users DROP COLUMN created_at;\n");
    migration(
        "U2__drop_created_at.sql",
        "ALTER TABLE users ADD COLUMN created_at VARCHAR(30);\n"
            + "UPDATE users SET created_at ="
            + " (SELECT s.created_at FROM user_signups s WHERE s.user_id = users.id);\n"
            + "DROP TABLE user_signups;\n");

    DialectRun run = run(target, 0);

    assertThat(failing(run)).isEmpty();
    assertThat(of(run, Rule.DATA_MOVED))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "V2__drop_created_at.sql moves the values of "
                            + target.users()
                            + ".created_at (3 non-NULL) to "
                            + target.users().replace("users", "user_signups")
                            + ".created_at"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void aDownThatForgetsAnIndexLeavesTheSchemaChanged(Target target) throws IOException {
    usersWithRows();
    migration("V2__index_emails.sql", "CREATE INDEX users_email ON users (email);\n");
    migration("U2__index_emails.sql", "SELECT 1;\n");

    DialectRun run = run(target, 0);

    Finding notRestored = of(run, Rule.SCHEMA_NOT_RESTORED).get(0);
    assertThat(notRestored.message())
        .isEqualTo(
            "U2__index_emails.sql did not restore the schema as it was before V2 (1 difference)");
    assertThat(notRestored.evidence()).anySatisfy(e -> assertThat(e).contains("users_email"));
    assertThat(run.migrations().get(1).status()).isEqualTo(Status.FAILED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void aReversibleHistorySeededByTheGeneratorPasses(Target target) throws IOException {
    users();
    migration(
        "V2__create_orders.sql",
        "CREATE TABLE orders (id INT NOT NULL PRIMARY KEY,"
            + " user_id INT NOT NULL REFERENCES users (id),"
            + " total DECIMAL(10,2) NOT NULL CHECK (total >= 0),"
            + " status VARCHAR(10) NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid')));\n");
    migration("U2__create_orders.sql", "DROP TABLE orders;\n");
    migration("V3__add_orders_note.sql", "ALTER TABLE orders ADD COLUMN note VARCHAR(100);\n");
    migration("U3__add_orders_note.sql", "ALTER TABLE orders DROP COLUMN note;\n");

    DialectRun run = run(target, 20);

    assertThat(failing(run)).isEmpty();
    assertThat(run.migrations()).allMatch(m -> m.status() == Status.PASSED);
  }
}
