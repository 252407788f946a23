package dev.roundtrip.verifier.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresStatementsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE INDEX CONCURRENTLY idx_a ON t (a)",
        "create unique index concurrently if not exists idx_a on t (a)",
        "-- speeds up lookups\n/* big table */\n  CREATE\n  INDEX\tCONCURRENTLY idx ON t (a)",
        "DROP INDEX CONCURRENTLY IF EXISTS idx_a",
        "REINDEX INDEX CONCURRENTLY idx_a",
        "REINDEX (VERBOSE) TABLE CONCURRENTLY t",
        "REINDEX SCHEMA public",
        "reindex database app",
        "REINDEX SYSTEM",
        "VACUUM",
        "VACUUM (FULL, ANALYZE) t",
        "vacuum analyze t",
        "CREATE DATABASE app",
        "DROP DATABASE IF EXISTS app",
        "CREATE TABLESPACE fast LOCATION '/ssd'",
        "DROP TABLESPACE fast",
        "CREATE SUBSCRIPTION s CONNECTION 'dbname=x' PUBLICATION p",
        "DROP SUBSCRIPTION s",
        "ALTER SYSTEM SET work_mem = '64MB'",
        "ALTER DATABASE app SET TABLESPACE fast",
        "ALTER DATABASE \"App\" SET TABLESPACE fast",
        "DISCARD ALL",
        "CLUSTER",
        "CLUSTER VERBOSE",
        "CLUSTER (VERBOSE)"
      })
  void cannotRunInATransaction(String sql) {
    assertThat(PostgresStatements.isNonTransactional(sql)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE INDEX idx_a ON t (a)",
        "CREATE INDEX concurrently_named ON t (a)",
        "CREATE INDEX \"concurrently\" ON t (a)",
        "CREATE TABLE vacuum_log (id int)",
        "DROP INDEX idx_a",
        "REINDEX TABLE t",
        "REINDEX INDEX idx_a",
        "ANALYZE t",
        "ALTER DATABASE app SET work_mem = '64MB'",
        "ALTER TABLE t ADD COLUMN a int",
        "ALTER TYPE mood ADD VALUE 'meh'",
        "DISCARD PLANS",
        "CLUSTER t USING idx_a",
        "SELECT 'VACUUM'",
        "-- VACUUM\nSELECT 1",
        "/* CREATE DATABASE x */ SELECT 1",
        "BEGIN",
        "",
        "SELECT 'unterminated"
      })
  void canRunInATransaction(String sql) {
    assertThat(PostgresStatements.isNonTransactional(sql)).isFalse();
  }
}
