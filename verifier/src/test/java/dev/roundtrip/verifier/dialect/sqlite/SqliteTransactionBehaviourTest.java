package dev.roundtrip.verifier.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What SQLite does with the statements {@link SqliteStatements#breaksTransaction(String)} judges,
 * run inside a sqlite-jdbc transaction that has already written a row, as the replay runs a script:
 * so a change in a later SQLite shows here first.
 */
class SqliteTransactionBehaviourTest {

  private Connection c;
  private Statement s;

  @BeforeEach
  void openTransaction() throws SQLException {
    c = DriverManager.getConnection("jdbc:sqlite::memory:");
    s = c.createStatement();
    s.execute("CREATE TABLE t (a INT)");
    c.setAutoCommit(false);
    s.execute("INSERT INTO t VALUES (1)");
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void vacuumAndBeginAreRefused() {
    assertThatThrownBy(() -> s.execute("VACUUM"))
        .hasMessageContaining("cannot VACUUM from within a transaction");
    assertThatThrownBy(() -> s.execute("VACUUM INTO ':memory:'"))
        .hasMessageContaining("cannot VACUUM from within a transaction");
    assertThatThrownBy(() -> s.execute("BEGIN"))
        .hasMessageContaining("cannot start a transaction within a transaction");
    assertThat(SqliteStatements.breaksTransaction("VACUUM")).isTrue();
    assertThat(SqliteStatements.breaksTransaction("BEGIN")).isTrue();
  }

  @Test
  void commitEndsTheTransactionSoItsRollbackFails() throws SQLException {
    s.execute("COMMIT");
    assertThatThrownBy(() -> c.rollback()).hasMessageContaining("no transaction is active");
    assertThat(count("SELECT count(*) FROM t")).isEqualTo(1);
    assertThat(SqliteStatements.breaksTransaction("COMMIT")).isTrue();
  }

  @Test
  void foreignKeysPragmaIsANoOpAndSynchronousIsRefused() throws SQLException {
    s.execute("PRAGMA foreign_keys = ON");
    assertThat(count("PRAGMA foreign_keys")).isZero();
    assertThatThrownBy(() -> s.execute("PRAGMA synchronous = OFF"))
        .hasMessageContaining("Safety level may not be changed inside a transaction");
    assertThat(SqliteStatements.breaksTransaction("PRAGMA foreign_keys = ON")).isTrue();
    assertThat(SqliteStatements.breaksTransaction("PRAGMA synchronous = OFF")).isTrue();
  }

  @Test
  void journalModeStaysAndTempStoreIsRefusedOnceTemporaryTablesExist() throws SQLException {
    try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = OFF")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("memory"); // an in-memory database's mode, unchanged
    }
    s.execute("CREATE TEMP TABLE tmp (x)");
    assertThatThrownBy(() -> s.execute("PRAGMA temp_store = MEMORY"))
        .hasMessageContaining("temporary storage cannot be changed from within a transaction");
    assertThat(SqliteStatements.breaksTransaction("PRAGMA journal_mode = OFF")).isTrue();
    assertThat(SqliteStatements.breaksTransaction("PRAGMA temp_store = MEMORY")).isTrue();
  }

  @Test
  void attachIsNotUndoneByRollback() throws SQLException {
    s.execute("ATTACH ':memory:' AS mem");
    c.rollback();
    assertThat(count("SELECT count(*) FROM pragma_database_list WHERE name = 'mem'")).isOne();
    assertThat(SqliteStatements.breaksTransaction("ATTACH ':memory:' AS mem")).isTrue();
  }

  @Test
  void savepointsNestAndAreUndoneWithTheTransaction() throws SQLException {
    s.execute("SAVEPOINT a");
    s.execute("INSERT INTO t VALUES (2)");
    s.execute("RELEASE a");
    s.execute("SAVEPOINT b");
    s.execute("INSERT INTO t VALUES (3)");
    s.execute("ROLLBACK TO b");
    c.rollback();
    assertThat(count("SELECT count(*) FROM t")).isZero();
    assertThat(SqliteStatements.breaksTransaction("SAVEPOINT a")).isFalse();
    assertThat(SqliteStatements.breaksTransaction("RELEASE a")).isFalse();
    assertThat(SqliteStatements.breaksTransaction("ROLLBACK TO b")).isFalse();
  }

  @Test
  void userVersionAndDdlAreUndoneWithTheTransaction() throws SQLException {
    s.execute("PRAGMA user_version = 7");
    s.execute("CREATE TABLE gone (x)");
    c.rollback();
    assertThat(count("PRAGMA user_version")).isZero();
    assertThat(count("SELECT count(*) FROM sqlite_schema WHERE name = 'gone'")).isZero();
    assertThat(SqliteStatements.breaksTransaction("PRAGMA user_version = 7")).isFalse();
  }

  private int count(String query) throws SQLException {
    try (ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
