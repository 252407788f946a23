package dev.roundtrip.verifier.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteStatementsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "VACUUM",
        "vacuum main",
        "VACUUM INTO '/tmp/copy.db'",
        "-- compacts the file\n/* after the big delete */\n  VACUUM",
        "BEGIN",
        "BEGIN TRANSACTION",
        "begin immediate",
        "BEGIN EXCLUSIVE TRANSACTION",
        "COMMIT",
        "COMMIT TRANSACTION",
        "END",
        "end transaction",
        "ROLLBACK",
        "ROLLBACK TRANSACTION",
        "PRAGMA foreign_keys = OFF",
        "pragma FOREIGN_KEYS=on",
        "PRAGMA foreign_keys",
        "PRAGMA foreign_keys(1)",
        "PRAGMA main.foreign_keys = ON",
        "PRAGMA \"foreign_keys\" = OFF",
        "PRAGMA 'foreign_keys' = 0",
        "PRAGMA journal_mode = WAL",
        "PRAGMA snap.journal_mode=DELETE",
        "PRAGMA journal_mode('memory')",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA wal_checkpoint",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "ATTACH DATABASE '/tmp/snap.db' AS snap",
        "attach ':memory:' as mem",
        "DETACH DATABASE snap",
        "DETACH snap",
        "backup to /tmp/copy.db",
        "BACKUP main TO '/tmp/copy.db'",
        "restore from /tmp/copy.db"
      })
  void breaksTheTransaction(String sql) {
    assertThat(SqliteStatements.breaksTransaction(sql)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TABLE t (id INTEGER PRIMARY KEY)",
        "CREATE TABLE vacuum_log (id INT)",
        "CREATE TABLE \"vacuum\" (id INT)",
        "CREATE TEMP TABLE tmp AS SELECT 1",
        "CREATE VIRTUAL TABLE docs USING fts5(title, body)",
        "CREATE TRIGGER trg AFTER INSERT ON t BEGIN SELECT 1; END",
        "ALTER TABLE t RENAME TO u",
        "DROP TABLE t",
        "INSERT INTO t VALUES (1)",
        "REINDEX",
        "ANALYZE",
        "SAVEPOINT before_rebuild",
        "RELEASE before_rebuild",
        "RELEASE SAVEPOINT before_rebuild",
        "ROLLBACK TO before_rebuild",
        "ROLLBACK TRANSACTION TO SAVEPOINT before_rebuild",
        "PRAGMA journal_mode",
        "PRAGMA synchronous",
        "PRAGMA temp_store",
        "PRAGMA legacy_alter_table = ON",
        "PRAGMA defer_foreign_keys = ON",
        "PRAGMA user_version = 3",
        "PRAGMA busy_timeout = 500",
        "PRAGMA foreign_key_check",
        "PRAGMA foreign_key_list('t')",
        "PRAGMA table_info(t)",
        "SELECT 'VACUUM'",
        "'VACUUM'",
        "-- VACUUM\nSELECT 1",
        "/* BEGIN */ SELECT 1",
        "EXPLAIN VACUUM",
        "",
        "SELECT 'unterminated"
      })
  void canBePartOfTheTransaction(String sql) {
    assertThat(SqliteStatements.breaksTransaction(sql)).isFalse();
  }
}
