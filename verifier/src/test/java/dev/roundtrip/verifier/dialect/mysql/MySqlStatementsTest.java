package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MySqlStatementsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TABLE t (id INT)",
        "create table if not exists t like u",
        "CREATE TABLE t AS SELECT * FROM u",
        "-- keeps orders\n/* v2 */ # x\n  CREATE\n  TABLE\torders (id INT)",
        "CREATE UNIQUE INDEX i ON t (a)",
        "CREATE FULLTEXT INDEX i ON t (a)",
        "CREATE OR REPLACE ALGORITHM=MERGE DEFINER=`app`@`%` SQL SECURITY INVOKER VIEW v AS"
            + " SELECT 1",
        "CREATE DEFINER=CURRENT_USER() PROCEDURE p() BEGIN SELECT 1; END",
        "CREATE DEFINER = 'root'@'localhost' FUNCTION f(a INT) RETURNS INT RETURN a",
        "CREATE FUNCTION f() RETURNS INT RETURN 1",
        "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1",
        "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO DELETE FROM log",
        "CREATE DATABASE shop",
        "CREATE SCHEMA IF NOT EXISTS shop",
        "CREATE USER 'app'@'%' IDENTIFIED BY 'x'",
        "CREATE ROLE reader",
        "CREATE SPATIAL REFERENCE SYSTEM 4120 NAME 'Greek'",
        "CREATE UNDO TABLESPACE u ADD DATAFILE 'u.ibu'",
        "CREATE SEQUENCE s",
        "/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER t BEFORE"
            + " INSERT ON x FOR EACH ROW SET NEW.a = 1 */",
        "/*!40000 ALTER TABLE `t` DISABLE KEYS */",
        "ALTER TABLE t ADD COLUMN a INT",
        "ALTER ONLINE IGNORE TABLE t ADD UNIQUE (a)",
        "ALTER VIEW v AS SELECT 2",
        "ALTER DATABASE shop CHARACTER SET utf8mb4",
        "ALTER USER app IDENTIFIED BY 'y'",
        "ALTER PROCEDURE p COMMENT 'x'",
        "ALTER EVENT e DISABLE",
        "DROP TABLE IF EXISTS t",
        "DROP INDEX i ON t",
        "DROP VIEW v",
        "DROP PROCEDURE IF EXISTS p",
        "DROP FUNCTION f",
        "DROP TRIGGER t_bi",
        "DROP EVENT e",
        "DROP DATABASE shop",
        "DROP USER app",
        "DROP ROLE reader",
        "RENAME TABLE a TO b, c TO d",
        "RENAME USER a TO b",
        "TRUNCATE TABLE t",
        "truncate t",
        "GRANT SELECT ON shop.* TO app",
        "REVOKE SELECT ON shop.* FROM app",
        "SET PASSWORD FOR app = 'z'",
        "INSTALL PLUGIN p SONAME 'p.so'",
        "UNINSTALL PLUGIN p",
        "BEGIN",
        "BEGIN WORK",
        "START TRANSACTION READ ONLY",
        "SET autocommit = 1",
        "SET autocommit=ON",
        "SET SESSION autocommit := TRUE",
        "SET @@session.autocommit = 1",
        "LOCK TABLES t WRITE",
        "LOCK TABLE t READ",
        "UNLOCK TABLES",
        "ANALYZE TABLE t",
        "ANALYZE NO_WRITE_TO_BINLOG TABLE t",
        "CHECK TABLE t",
        "OPTIMIZE LOCAL TABLE t",
        "REPAIR TABLE t",
        "CACHE INDEX t IN hot",
        "LOAD INDEX INTO CACHE t",
        "FLUSH PRIVILEGES",
        "RESET MASTER",
        "START REPLICA",
        "STOP SLAVE",
        "CHANGE REPLICATION SOURCE TO SOURCE_HOST = 'h'",
        "CHANGE MASTER TO MASTER_HOST = 'h'"
      })
  void commits(String sql) {
    assertThat(MySqlStatements.causesImplicitCommit(sql)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO t VALUES (1)",
        "UPDATE t SET a = 1",
        "DELETE FROM t",
        "SELECT 'CREATE TABLE x'",
        "-- DROP TABLE t\nSELECT 1",
        "/* CREATE DATABASE x */ SELECT 1",
        "/*!40101 SET NAMES utf8mb4 */",
        "CREATE TEMPORARY TABLE tmp (id INT)",
        "CREATE TEMPORARY TABLE IF NOT EXISTS tmp AS SELECT 1",
        "DROP TEMPORARY TABLE IF EXISTS tmp",
        "CREATE FUNCTION metaphon RETURNS STRING SONAME 'udf_example.so'",
        "CREATE AGGREGATE FUNCTION IF NOT EXISTS avgcost RETURNS REAL SONAME 'udf.so'",
        "BEGIN NOT ATOMIC SELECT 1; END",
        "SET autocommit = 0",
        "SET x = 1",
        "SET NAMES utf8mb4",
        "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED",
        "RESET PERSIST",
        "LOAD DATA INFILE 'x' INTO TABLE t",
        "ANALYZE SELECT 1",
        "CHECKSUM TABLE t",
        "CALL p()",
        "COMMIT",
        "ROLLBACK",
        "SAVEPOINT a",
        "DROP PREPARE stmt",
        "ALTER INSTANCE ROTATE INNODB MASTER KEY",
        "CREATE DEFINER=`a`@`b` SOMETHING ELSE",
        "DO SLEEP(1)",
        "",
        "SELECT 'unterminated"
      })
  void doesNotCommit(String sql) {
    assertThat(MySqlStatements.causesImplicitCommit(sql)).isFalse();
  }
}
