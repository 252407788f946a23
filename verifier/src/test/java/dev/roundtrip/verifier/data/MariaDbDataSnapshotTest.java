package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss.Kind;
import dev.roundtrip.verifier.database.CompanionDatabases;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.database.ServerProvider;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where MariaDB snapshots keep their copies (a companion database, gone with the disposable one),
 * and that comparisons of big tables run in the server, reading only the differences.
 */
class MariaDbDataSnapshotTest {
  private DisposableDatabase db;

  @BeforeEach
  void database() {
    db = MariaDbTestServer.newDatabase();
  }

  @AfterEach
  void drop() {
    db.close();
  }

  private static void sql(DisposableDatabase on, String... statements) throws SQLException {
    try (Connection c = on.connect();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  private static DataSnapshot snapshot(DisposableDatabase of, String tag) throws SQLException {
    return DataSnapshot.take(
        TestDialects.MARIADB, of::connect, List.of(of.name()), Set.of(), tag, true);
  }

  /** The databases of the server whose names start with {@code prefix}. */
  private List<String> databases(String prefix) throws SQLException {
    return strings(
        "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE '"
            + prefix
            + "%' ORDER BY SCHEMA_NAME");
  }

  private List<String> tablesOf(String database) throws SQLException {
    return strings(
        "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + database + "'");
  }

  private List<String> strings(String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }

  @Test
  void copiesLiveInACompanionDatabaseThatIsDroppedWithTheDisposableOne() throws SQLException {
    DisposableDatabase own = MariaDbTestServer.newDatabase();
    String shadow = CompanionDatabases.shadowOf(own.name());
    try {
      sql(
          own,
          "CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(10))",
          "INSERT INTO t VALUES (1, 'a')");
      try (DataSnapshot counts =
          DataSnapshot.take(
              TestDialects.MARIADB, own::connect, List.of(own.name()), Set.of(), "c", false)) {
        assertThat(counts.tablesToSeed(null)).containsExactly(own.name() + ".t");
        assertThat(databases(own.name()))
            .as("counts only need no copies")
            .containsExactly(own.name());
      }
      DataDiff diff =
          new DataDiff(TestDialects.MARIADB, own::connect, List.of(own.name()), Set.of());
      try (DataSnapshot first = snapshot(own, "a");
          DataSnapshot second = snapshot(own, "b")) {
        assertThat(databases(own.name())).containsExactly(own.name(), shadow);
        assertThat(tablesOf(shadow)).containsExactlyInAnyOrder("a_0", "b_0");
        assertThat(tablesOf(own.name())).containsExactly("t");
        assertThat(diff.lost(first, Mode.EXACT)).isEmpty();
        assertThat(diff.lost(second, Mode.EXACT)).isEmpty();
      }
      assertThat(tablesOf(shadow)).as("closed snapshots drop their copies").isEmpty();
      DataSnapshot neverClosed = snapshot(own, "left");
      assertThat(tablesOf(shadow)).containsExactly("left_0");
      assertThat(neverClosed.tablesToSeed(null)).containsExactly(own.name() + ".t");
      own.close();
      assertThat(databases(own.name())).isEmpty();
    } finally {
      own.close();
    }
  }

  @Test
  void theServerDropsCompanionsOfTheDatabasesItStillHoldsWhenItCloses() throws SQLException {
    String name;
    try (DatabaseServer server =
        new ServerProvider().start(TestDialects.MARIADB, MariaDbTestServer.adminSettings())) {
      DisposableDatabase own = server.createDatabase();
      name = own.name();
      sql(own, "CREATE TABLE t (id INT PRIMARY KEY)", "INSERT INTO t VALUES (1)");
      snapshot(own, "kept");
      assertThat(databases(name)).containsExactly(name, CompanionDatabases.shadowOf(name));
    }
    assertThat(databases(name)).as("as on JVM exit, with the snapshot never closed").isEmpty();
  }

  @Test
  void aCompanionNameFitsTheServersLimit() throws SQLException {
    String longName = "roundtrip_" + "x".repeat(54);
    assertThat(longName).hasSize(64);
    String shadow = CompanionDatabases.shadowOf(longName);
    assertThat(shadow)
        .hasSize(64)
        .endsWith("_shadow")
        .isNotEqualTo(CompanionDatabases.shadowOf("roundtrip_" + "x".repeat(53) + "y"));
    sql(db, "CREATE DATABASE `" + shadow + "`", "DROP DATABASE `" + shadow + "`");
    assertThat(CompanionDatabases.shadowOf(db.name())).isEqualTo(db.name() + "_shadow");
  }

  @Test
  void bigTablesAreComparedInTheServerReadingOnlyTheDifferences() throws SQLException {
    sql(
        db,
        "CREATE TABLE digits (d INT)",
        "INSERT INTO digits VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)",
        "CREATE TABLE orders (id INT PRIMARY KEY, customer VARCHAR(40), amount DECIMAL(12,4),"
            + " placed_at DATETIME(6))",
        "INSERT INTO orders SELECT n, CONCAT('customer ', n MOD 977), n / 7,"
            + " '2024-01-01' + INTERVAL n SECOND FROM (SELECT a.d + 10 * b.d + 100 * c.d"
            + " + 1000 * e.d + 10000 * f.d + 1 AS n FROM digits a, digits b, digits c, digits e,"
            + " digits f) g",
        "CREATE TABLE events (line VARCHAR(40), n INT)",
        "INSERT INTO events SELECT CONCAT('event ', n MOD 5000), n FROM (SELECT a.d + 10 * b.d"
            + " + 100 * c.d + 1000 * e.d + 10000 * f.d AS n FROM digits a, digits b, digits c,"
            + " digits e, digits f) g",
        "DROP TABLE digits");
    AtomicLong rowsRead = new AtomicLong();
    ConnectionSource counted = () -> counting(db.connect(), rowsRead);
    List<String> schemas = List.of(db.name());
    try (DataSnapshot before =
        DataSnapshot.take(TestDialects.MARIADB, counted, schemas, Set.of(), "big", true)) {
      assertThat(rowsRead.get()).as("rows read to take the snapshot").isLessThan(100);
      sql(
          db,
          "UPDATE orders SET customer = UPPER(customer) WHERE id IN (5, 50000, 99999)",
          "DELETE FROM orders WHERE id IN (7, 70000)",
          "DELETE FROM events WHERE n = 3");
      rowsRead.set(0);
      DataDiff diff = new DataDiff(TestDialects.MARIADB, counted, schemas, Set.of());
      List<DataLoss> losses = diff.lost(before, Mode.EXACT);
      assertThat(losses)
          .extracting(DataLoss::kind, DataLoss::target, DataLoss::count, DataLoss::total)
          .containsExactlyInAnyOrder(
              tuple(Kind.ROWS_MISSING, db.name() + ".orders", 2L, 100_000L),
              tuple(Kind.VALUES_CHANGED, db.name() + ".orders.customer", 3L, 100_000L),
              tuple(Kind.ROWS_CHANGED, db.name() + ".events", 1L, 100_000L));
      assertThat(losses)
          .filteredOn(l -> l.kind() == Kind.ROWS_CHANGED)
          .singleElement()
          .satisfies(l -> assertThat(l.samples()).containsExactly("(line='event 3', n='3')"));
      assertThat(rowsRead.get()).as("rows read to compare 200,000 rows").isLessThan(100);

      sql(db, "RENAME TABLE events TO happenings");
      rowsRead.set(0);
      assertThat(diff.lost(before, Mode.UP))
          .filteredOn(l -> l.kind() == Kind.TABLE_DROPPED)
          .singleElement()
          .satisfies(l -> assertThat(l.movedTo()).isNull());
      sql(db, "INSERT INTO happenings VALUES ('event 3', 3)");
      assertThat(diff.lost(before, Mode.UP))
          .filteredOn(l -> l.kind() == Kind.TABLE_DROPPED)
          .singleElement()
          .satisfies(l -> assertThat(l.movedTo()).isEqualTo(db.name() + ".happenings"));
      assertThat(rowsRead.get()).isLessThan(100);
    }
  }

  @Test
  void aSnapshotIsComparedOnTheDialectItWasTakenOn() throws SQLException {
    sql(db, "CREATE TABLE t (id INT PRIMARY KEY)");
    try (DataSnapshot before = snapshot(db, "d")) {
      assertThatThrownBy(
              () ->
                  new DataDiff(TestDialects.POSTGRESQL, db::connect, List.of(db.name()), Set.of())
                      .lost(before, Mode.EXACT))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a snapshot taken on MariaDB cannot be compared on PostgreSQL");
    }
  }

  /** {@code c}, counting the rows that its result sets hand to Java into {@code rows}. */
  private static Connection counting(Connection c, AtomicLong rows) {
    return wrap(Connection.class, c, rows);
  }

  private static <T> T wrap(Class<T> type, T target, AtomicLong rows) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof ResultSet rs && method.getReturnType() == ResultSet.class) {
            return wrap(ResultSet.class, rs, rows);
          }
          if (result instanceof PreparedStatement ps
              && method.getReturnType() == PreparedStatement.class) {
            return wrap(PreparedStatement.class, ps, rows);
          }
          if (result instanceof Statement s && method.getReturnType() == Statement.class) {
            return wrap(Statement.class, s, rows);
          }
          if (type == ResultSet.class && method.getName().equals("next") && (Boolean) result) {
            rows.incrementAndGet();
          }
          return result;
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
