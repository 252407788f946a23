package dev.roundtrip.verifier.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.roundtrip.verifier.dialect.DataError;
import dev.roundtrip.verifier.dialect.DataError.Kind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/** {@link SqliteDataErrors} on the errors sqlite-jdbc really throws, on an in-memory database. */
class SqliteDataErrorsTest {

  private final SqliteDataErrors errors = new SqliteDataErrors();
  private Connection c;

  @BeforeEach
  void open() throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite::memory:?foreign_keys=true");
    run(
        """
        CREATE TABLE parent (
          id INTEGER PRIMARY KEY,
          n TEXT NOT NULL,
          code TEXT UNIQUE,
          v INT CHECK (v > 0),
          w INT CONSTRAINT w_small CHECK (w < 10),
          a INT, b INT, UNIQUE (a, b));
        CREATE TABLE child (id INT, pid INT REFERENCES parent (id));
        CREATE TABLE "odd table" ("odd col" TEXT NOT NULL);
        CREATE TABLE s (i INT, id INTEGER PRIMARY KEY) STRICT;
        CREATE TABLE e (email TEXT);
        CREATE UNIQUE INDEX e_lower ON e (lower(email));
        CREATE TABLE guarded (x INT);
        CREATE TRIGGER guarded_bi BEFORE INSERT ON guarded WHEN new.x < 0
        BEGIN SELECT RAISE(ABORT, 'x must not be negative'); END;
        INSERT INTO parent (id, n, code, a, b) VALUES (1, 'x', 'c', 1, 1);
        INSERT INTO child VALUES (1, 1);
        INSERT INTO e VALUES ('A@x');
        """);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void notNullNamesTableAndColumn() {
    assertThat(failure("INSERT INTO parent (id, n) VALUES (2, NULL)"))
        .isEqualTo(new DataError(Kind.NOT_NULL, "parent", List.of("n"), null, null, null));
    assertThat(failure("INSERT INTO \"odd table\" VALUES (NULL)"))
        .isEqualTo(new DataError(Kind.NOT_NULL, "odd table", List.of("odd col"), null, null, null));
  }

  @Test
  void uniqueAndPrimaryKeyAreDuplicates() {
    assertThat(failure("INSERT INTO parent (id, n, code) VALUES (2, 'y', 'c')"))
        .isEqualTo(new DataError(Kind.DUPLICATE, "parent", List.of("code"), null, null, null));
    assertThat(failure("INSERT INTO parent (id, n, a, b) VALUES (2, 'y', 1, 1)"))
        .isEqualTo(new DataError(Kind.DUPLICATE, "parent", List.of("a", "b"), null, null, null));
    assertThat(failure("INSERT INTO parent (id, n) VALUES (1, 'y')"))
        .isEqualTo(new DataError(Kind.DUPLICATE, "parent", List.of("id"), null, null, null));
  }

  @Test
  void uniqueIndexOnAnExpressionNamesTheIndex() {
    assertThat(failure("INSERT INTO e VALUES ('a@X')"))
        .isEqualTo(new DataError(Kind.DUPLICATE, null, List.of(), "e_lower", null, null));
  }

  @Test
  void creatingAUniqueIndexOverDuplicatesIsADuplicate() throws SQLException {
    run("INSERT INTO child VALUES (2, 1);");
    assertThat(failure("CREATE UNIQUE INDEX child_pid ON child (pid)"))
        .isEqualTo(new DataError(Kind.DUPLICATE, "child", List.of("pid"), null, null, null));
  }

  @Test
  void checkGivesTheConstraintNameOrKeepsTheExpression() {
    assertThat(failure("INSERT INTO parent (id, n, w) VALUES (2, 'y', 11)"))
        .isEqualTo(new DataError(Kind.CHECK, null, List.of(), "w_small", null, null));
    assertThat(failure("INSERT INTO parent (id, n, v) VALUES (2, 'y', 0)"))
        .isEqualTo(new DataError(Kind.CHECK, null, List.of(), null, "v > 0", null));
  }

  @Test
  void foreignKeyNamesNothing() {
    DataError expected = new DataError(Kind.FOREIGN_KEY, null, List.of(), null, null, null);
    assertThat(failure("INSERT INTO child VALUES (2, 99)")).isEqualTo(expected);
    assertThat(failure("DELETE FROM parent")).isEqualTo(expected);
  }

  @Test
  void strictColumnGivesTypeTableAndColumn() {
    assertThat(failure("INSERT INTO s (i) VALUES ('abc')"))
        .isEqualTo(new DataError(Kind.INVALID_VALUE, "s", List.of("i"), null, null, "INT"));
  }

  @Test
  void nonIntegerRowidIsAnInvalidValue() {
    DataError expected = new DataError(Kind.INVALID_VALUE, null, List.of(), null, null, null);
    assertThat(failure("INSERT INTO s (id) VALUES ('abc')")).isEqualTo(expected);
    assertThat(failure("INSERT INTO parent (id, n) VALUES ('abc', 'z')")).isEqualTo(expected);
  }

  @Test
  void valueOverTheLengthLimitIsTooLong() throws SQLException {
    run("CREATE TABLE blobs (b BLOB);");
    c.unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, 100);
    assertThat(failure("INSERT INTO blobs VALUES (randomblob(200))"))
        .isEqualTo(new DataError(Kind.TOO_LONG, null, List.of(), null, null, null));
  }

  @Test
  void integerOverflowIsOutOfRangeAndBadJsonAnInvalidValue() {
    assertThat(failure("SELECT sum(x) FROM (SELECT 9223372036854775807 AS x UNION ALL SELECT 1)"))
        .extracting(DataError::kind)
        .isEqualTo(Kind.OUT_OF_RANGE);
    assertThat(failure("SELECT json('{bad')"))
        .extracting(DataError::kind)
        .isEqualTo(Kind.INVALID_VALUE);
  }

  @Test
  void raiseInATriggerIsAnotherDataError() {
    assertThat(failure("INSERT INTO guarded VALUES (-1)"))
        .isEqualTo(new DataError(Kind.OTHER, null, List.of(), null, null, null));
  }

  @Test
  void errorsNotAboutDataGiveNothing() {
    assertThat(errors.of(thrownBy("SELECT nosuch FROM parent"))).isEmpty();
    assertThat(errors.of(thrownBy("SELEC 1"))).isEmpty();
    assertThat(errors.of(thrownBy("ALTER TABLE parent ADD COLUMN z INT NOT NULL"))).isEmpty();
    assertThat(errors.of(new IllegalStateException("no SQL here"))).isEmpty();
  }

  @Test
  void findsTheErrorAmongCausesAndInAnotherSqlException() {
    SQLException real = thrownBy("INSERT INTO parent (id, n) VALUES (2, NULL)");
    DataError expected = new DataError(Kind.NOT_NULL, "parent", List.of("n"), null, null, null);
    assertThat(errors.of(new RuntimeException("migration failed", real))).contains(expected);
    assertThat(errors.of(new SQLException(real.getMessage(), null, 19))).contains(expected);
  }

  private DataError failure(String sql) {
    return errors
        .of(thrownBy(sql))
        .orElseThrow(() -> new AssertionError("not read as a data error: " + sql));
  }

  private SQLException thrownBy(String sql) {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      return e;
    }
    return fail("no error from " + sql);
  }

  private void run(String script) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(script);
    }
  }
}
