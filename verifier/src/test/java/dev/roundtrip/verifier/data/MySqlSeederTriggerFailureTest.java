package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.MySqlSeedFixture.execute;
import static dev.roundtrip.verifier.data.MySqlSeedFixture.number;
import static dev.roundtrip.verifier.data.MySqlSeedFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.schema.SchemaDiff;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * On MariaDB, triggers taken out for seeding come back when seeding fails; one that cannot come
 * back fails the seeding with its name and the statement that creates it; when one cannot be
 * dropped, those dropped come back in their places and all fire; a user who may not name another
 * definer puts the trigger back as its own, and the report says so.
 */
class MySqlSeederTriggerFailureTest {

  /** Runs before the commit of a connection that then refuses to commit. */
  @FunctionalInterface
  private interface BeforeCommit {
    void run(Connection real) throws SQLException;
  }

  /** The connection, except that {@code commit()} runs {@code before} and then fails. */
  private static Connection failingCommit(Connection real, BeforeCommit before) {
    return (Connection)
        Proxy.newProxyInstance(
            MySqlSeederTriggerFailureTest.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("commit") && method.getParameterCount() == 0) {
                before.run(real);
                throw new SQLException("commit refused by the test", "08S01");
              }
              return invoke(real, method, args);
            });
  }

  /** The connection, except that its statements refuse to run {@code refused}. */
  private static Connection refusing(Connection real, String refused) {
    return (Connection)
        Proxy.newProxyInstance(
            MySqlSeederTriggerFailureTest.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args);
              if (!method.getName().equals("createStatement")) {
                return result;
              }
              Statement statement = (Statement) result;
              return Proxy.newProxyInstance(
                  MySqlSeederTriggerFailureTest.class.getClassLoader(),
                  new Class<?>[] {Statement.class},
                  (p, m, a) -> {
                    if (m.getName().equals("execute") && refused.equals(a[0])) {
                      throw new SQLException("refused by the test", "HY000", 1205);
                    }
                    return invoke(statement, m, a);
                  });
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Test
  void whenATriggerCannotBeDroppedAllStayInTheirOrderAndFire() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      execute(connection, MySqlTriggerFixture.ORDERS);
      List<String> triggers = MySqlTriggerFixture.triggers(connection, db);

      SeedReport report =
          new Seeder(
                  TestDialects.MARIADB,
                  SeedOptions.defaults().onlyTables(Set.of(db + ".order_lines")))
              .seed(
                  refusing(connection, "DROP TRIGGER `" + db + "`.`lines_log_early`"),
                  List.of(db),
                  Set.of());

      assertThat(report.notes())
          .containsExactly(
              "user triggers on "
                  + db
                  + ".order_lines AFTER INSERT, "
                  + db
                  + ".orders BEFORE DELETE, "
                  + db
                  + ".orders BEFORE UPDATE fired while seeding: the server refused to drop "
                  + db
                  + ".lines_log_early (refused by the test)");
      assertThat(report.insertedRows(db + ".order_lines")).isEqualTo(20);
      assertThat(strings(connection, "SELECT note FROM order_log"))
          .hasSize(2 * 20)
          .containsOnly("early", "late");
      assertThat(number(connection, "SELECT COUNT(*) FROM orders WHERE touched = 'trigger'"))
          .isPositive();
      assertThat(MySqlTriggerFixture.triggers(connection, db)).isEqualTo(triggers);
    }
  }

  @Test
  void whenSeedingFailsTheTriggersAreStillPutBack() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      execute(connection, MySqlTriggerFixture.ORDERS);
      SchemaSnapshot schema = MySqlTriggerFixture.snapshot(connection, db);
      List<String> triggers = MySqlTriggerFixture.triggers(connection, db);
      List<String> session = MySqlTriggerFixture.session(connection);

      Throwable failure =
          catchThrowableOfType(
              SQLException.class,
              () ->
                  new Seeder(
                          TestDialects.MARIADB,
                          SeedOptions.defaults().onlyTables(Set.of(db + ".order_lines")))
                      .seed(failingCommit(connection, real -> {}), List.of(db), Set.of()));

      assertThat(failure).hasMessage("commit refused by the test").hasNoSuppressedExceptions();
      assertThat(number(connection, "SELECT COUNT(*) FROM order_lines")).isZero();
      assertThat(MySqlTriggerFixture.triggers(connection, db)).isEqualTo(triggers);
      SchemaDiff diff = SchemaDiff.between(schema, MySqlTriggerFixture.snapshot(connection, db));
      assertThat(diff.isEmpty()).as(diff.toString()).isTrue();
      assertThat(MySqlTriggerFixture.session(connection)).isEqualTo(session);
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @Test
  void aTriggerThatCannotBePutBackFailsTheSeedingWithItsDefinition() throws SQLException {
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection connection = database.connect()) {
      String db = database.name();
      execute(connection, MySqlTriggerFixture.ORDERS);
      List<String> triggers = MySqlTriggerFixture.triggers(connection, db);
      String mode = strings(connection, "SELECT @@session.sql_mode").get(0);
      List<String> session = MySqlTriggerFixture.session(connection);

      Throwable failure =
          catchThrowableOfType(
              SQLException.class,
              () ->
                  new Seeder(
                          TestDialects.MARIADB,
                          SeedOptions.defaults().onlyTables(Set.of(db + ".order_lines")))
                      .seed(
                          failingCommit(
                              connection,
                              real ->
                                  execute(
                                      real,
                                      "CREATE TRIGGER lines_total BEFORE INSERT ON order_log FOR"
                                          + " EACH ROW SET NEW.note = 'impostor';")),
                          List.of(db),
                          Set.of()));

      String definition =
          "CREATE TRIGGER `"
              + db
              + "`.`lines_total` AFTER INSERT ON `"
              + db
              + "`.`order_lines` FOR EACH ROW PRECEDES `lines_log_early` UPDATE orders SET total"
              + " = total + NEW.amount WHERE id = NEW.order_id";
      assertThat(failure)
          .isInstanceOf(TriggerRestoreException.class)
          .hasMessage(
              "could not put back the trigger that seeding had taken out: "
                  + db
                  + ".lines_total (Trigger '"
                  + db
                  + ".lines_total' already exists); create it again under sql_mode '"
                  + mode
                  + "', character_set_client utf8mb4 and collation_connection "
                  + strings(connection, "SELECT @@session.collation_connection").get(0)
                  + " with: "
                  + definition);
      assertThat(failure.getSuppressed())
          .singleElement()
          .satisfies(e -> assertThat(e).hasMessage("commit refused by the test"));
      assertThat(MySqlTriggerFixture.session(connection)).isEqualTo(session);
      assertThat(
              strings(
                  connection,
                  "SELECT CONCAT(TRIGGER_NAME, ' ', ACTION_ORDER) FROM information_schema.TRIGGERS"
                      + " WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'order_lines'"
                      + " ORDER BY ACTION_ORDER"))
          .containsExactly("lines_log_early 1", "lines_log_late 2");

      execute(connection, "DROP TRIGGER lines_total;");
      try (Statement statement = connection.createStatement()) {
        statement.execute(definition);
      }
      assertThat(MySqlTriggerFixture.triggers(connection, db)).isEqualTo(triggers);
    }
  }

  @Test
  void aUserWhoMayNotNameAnotherDefinerPutsTheTriggerBackAsItsOwn() throws SQLException {
    assumeTrue(
        System.getenv(MariaDbTestServer.URL_VARIABLE) != null,
        "embedded MariaDB runs without grant tables, so every user may name any definer");
    String user = "rt_seed_" + UUID.randomUUID().toString().substring(0, 8);
    String password = UUID.randomUUID().toString();
    try (DisposableDatabase database = MariaDbTestServer.newDatabase();
        Connection admin = database.connect()) {
      String db = database.name();
      execute(admin, MySqlTriggerFixture.ORDERS);
      List<String> triggers = MySqlTriggerFixture.triggers(admin, db);
      String rootDefiner =
          strings(
                  admin,
                  "SELECT DEFINER FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA ="
                      + " DATABASE() AND TRIGGER_NAME = 'lines_total'")
              .get(0);
      execute(
          admin,
          "CREATE USER '%s'@'%%' IDENTIFIED BY '%s';\nGRANT SELECT, INSERT, UPDATE, DELETE, TRIGGER ON `%s`.* TO '%s'@'%%';"
              .formatted(user, password, db, user));
      try {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        String url = database.jdbcUrl().replaceFirst("\\?.*$", "");
        SeedReport report;
        try (Connection restricted = DriverManager.getConnection(url, props)) {
          report =
              new Seeder(
                      TestDialects.MARIADB,
                      SeedOptions.defaults().onlyTables(Set.of(db + ".order_lines")))
                  .seed(restricted, List.of(db), Set.of());
        }

        assertThat(report.insertedRows(db + ".order_lines")).isEqualTo(20);
        assertThat(
                strings(admin, "SELECT CONCAT_WS(' ', id, total, touched) FROM orders ORDER BY id"))
            .containsExactly("1 10.00", "2 20.50", "3 0.00");
        List<String> notes = report.notes().stream().filter(n -> n.startsWith("trigger ")).toList();
        assertThat(notes).hasSize(5);
        Pattern note =
            Pattern.compile(
                "trigger "
                    + Pattern.quote(db)
                    + "\\.(\\w+) was put back with definer "
                    + Pattern.quote(user)
                    + "@% instead of (\\S+): Access denied; you need \\(at least one of\\) the"
                    + " (SUPER|SET USER)\\b.*");
        assertThat(notes)
            .allSatisfy(n -> assertThat(n).matches(note))
            .anySatisfy(
                n -> assertThat(n).contains("lines_total", "instead of " + rootDefiner + ":"))
            .anySatisfy(n -> assertThat(n).contains("orders_guard", "instead of order_keeper@%:"));
        List<String> after = MySqlTriggerFixture.triggers(admin, db);
        for (int i = 0; i < triggers.size(); i++) {
          Matcher m = Pattern.compile("DEFINER=(\\S+) ").matcher(triggers.get(i));
          assertThat(m.find()).isTrue();
          assertThat(after.get(i))
              .isEqualTo(
                  triggers
                      .get(i)
                      .replace("DEFINER=" + m.group(1) + " ", "DEFINER=" + user + "@% "));
        }
      } finally {
        execute(admin, "DROP USER '%s'@'%%';".formatted(user));
      }
    }
  }
}
