package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.dialect.StatementSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored programs and dumps through {@link MySqlStatementSplitter}. */
class MySqlStoredProgramSplitTest {

  private final StatementSplitter splitter = new MySqlStatementSplitter();

  private List<SqlStatement> split(String script) {
    return splitter.split(script);
  }

  @Test
  void procedureWithoutDelimiterChangeAndNestedControlFlow() {
    String script =
        """
        CREATE TABLE counters (id INT PRIMARY KEY, n INT);

        CREATE DEFINER=`app`@`%` PROCEDURE bump(IN times INT)
        BEGIN
          DECLARE i INT DEFAULT 0;
          counting: LOOP
            SET i = i + 1;
            IF i > times THEN
              LEAVE counting;
            ELSEIF i = 2 THEN
              BEGIN
                UPDATE counters SET n = n + 2 WHERE id = 1;
              END;
            ELSE
              UPDATE counters SET n = n + 1 WHERE id = 1;
            END IF;
          END LOOP counting;
          WHILE i > 0 DO
            SET i = i - 1;
          END WHILE;
          REPEAT
            SET i = i + 1;
          UNTIL i >= 3 END REPEAT;
          CASE i
            WHEN 3 THEN SELECT 'three';
            ELSE SELECT 'other';
          END CASE;
        END;

        CALL bump(3);
        """;
    List<SqlStatement> statements = split(script);
    assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3, 30);
    assertThat(statements.get(1).sql())
        .startsWith("CREATE DEFINER=`app`@`%` PROCEDURE bump")
        .endsWith("END CASE;\nEND");
  }

  @Test
  void functionWithCaseExpressionsAndLabelledBlock() {
    String script =
        """
        CREATE FUNCTION grade(score INT) RETURNS CHAR(1) DETERMINISTIC
        body: BEGIN
          DECLARE g CHAR(1);
          SET g = CASE WHEN score >= 90 THEN 'A' WHEN score >= 80 THEN 'B' ELSE 'C' END;
          SET g = (CASE score WHEN 100 THEN 'S' ELSE g END);
          RETURN g;
        END body;
        SELECT grade(95);
        """;
    assertThat(split(script)).extracting(SqlStatement::line).containsExactly(1, 8);
  }

  @Test
  void triggerWithoutDelimiterChange() {
    String script =
        """
        CREATE TRIGGER orders_bi BEFORE INSERT ON orders
        FOR EACH ROW
        BEGIN
          IF NEW.total < 0 THEN
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative total; refused';
          END IF;
          SET NEW.created_at = NOW();
        END;
        INSERT INTO orders (total) VALUES (1);
        """;
    assertThat(split(script)).extracting(SqlStatement::line).containsExactly(1, 9);
  }

  @Test
  void singleStatementTriggerAndEvent() {
    String script =
        """
        CREATE OR REPLACE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1;
        CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM log; DELETE FROM tmp; END;
        SELECT 1;
        """;
    assertThat(split(script)).extracting(SqlStatement::line).containsExactly(1, 2, 3);
  }

  @Test
  void caseExpressionInOrdinaryStatementsHoldsNothingOpen() {
    assertThat(
            split(
                "SELECT CASE WHEN a > 0 THEN 'pos' ELSE 'neg' END FROM t;\n"
                    + "UPDATE t SET b = CASE a WHEN 1 THEN 2 END;\nSELECT 3;"))
        .extracting(SqlStatement::line)
        .containsExactly(1, 2, 3);
  }

  @Test
  void transactionBeginIsAnOrdinaryStatement() {
    assertThat(split("BEGIN;\nUPDATE t SET a = 1;\nCOMMIT;\nBEGIN WORK;\nROLLBACK;"))
        .extracting(SqlStatement::sql)
        .containsExactly("BEGIN", "UPDATE t SET a = 1", "COMMIT", "BEGIN WORK", "ROLLBACK");
  }

  @Test
  void mariaDbAnonymousBlock() {
    assertThat(split("BEGIN NOT ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND;\nSELECT 3;"))
        .containsExactly(
            new SqlStatement("BEGIN NOT ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND", 1),
            new SqlStatement("SELECT 3", 5));
  }

  @Test
  void columnsNamedLikeKeywordsDoNotCloseABlock() {
    String script =
        """
        CREATE PROCEDURE p()
        BEGIN
          SELECT r.`begin`, r.end, @end FROM ranges r;
          SELECT 'END;';
        END;
        SELECT 2;
        """;
    assertThat(split(script)).extracting(SqlStatement::line).containsExactly(1, 6);
  }

  @Test
  void keywordsInsideParametersAndTablesNamedEventDoNotOpenABlock() {
    assertThat(
            split(
                "CREATE TABLE event (id INT);\nCREATE PROCEDURE p(IN begin INT, IN `end` INT) SELECT 1;\n"
                    + "SELECT 3;"))
        .extracting(SqlStatement::line)
        .containsExactly(1, 2, 3);
  }

  @Test
  void mysqldumpScript() {
    String script =
        """
        -- MySQL dump 10.13  Distrib 8.4.0, for Linux (x86_64)
        --
        -- Host: localhost    Database: shop
        -- ------------------------------------------------------
        /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
        /*!50503 SET NAMES utf8mb4 */;
        /*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;

        --
        -- Table structure for table `orders`
        --

        DROP TABLE IF EXISTS `orders`;
        /*!40101 SET @saved_cs_client     = @@character_set_client */;
        CREATE TABLE `orders` (
          `id` int NOT NULL AUTO_INCREMENT,
          `note` varchar(200) DEFAULT NULL,
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
        /*!40101 SET character_set_client = @saved_cs_client */;

        LOCK TABLES `orders` WRITE;
        /*!40000 ALTER TABLE `orders` DISABLE KEYS */;
        INSERT INTO `orders` VALUES (1,'it\\'s; \\"fine\\"'),(2,'a\\\\'),(3,NULL);
        /*!40000 ALTER TABLE `orders` ENABLE KEYS */;
        UNLOCK TABLES;
        /*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
        DELIMITER ;;
        /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `orders_bi` \
        BEFORE INSERT ON `orders` FOR EACH ROW BEGIN
          SET NEW.note = TRIM(NEW.note);
        END */;;
        DELIMITER ;
        /*!50003 SET sql_mode              = @saved_sql_mode */ ;
        /*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

        -- Dump completed on 2024-05-01 10:00:00
        """;
    List<SqlStatement> statements = split(script);
    assertThat(statements)
        .extracting(SqlStatement::line)
        .containsExactly(5, 6, 7, 13, 14, 15, 20, 22, 23, 24, 25, 26, 27, 29, 33, 34);
    assertThat(statements.get(9).sql())
        .isEqualTo("INSERT INTO `orders` VALUES (1,'it\\'s; \\\"fine\\\"'),(2,'a\\\\'),(3,NULL)");
    assertThat(statements.get(13).sql())
        .startsWith("/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER")
        .endsWith("SET NEW.note = TRIM(NEW.note);\nEND */");
    assertThat(statements)
        .extracting(SqlStatement::sql)
        .filteredOn(MySqlStatements::causesImplicitCommit)
        .containsExactly(
            "DROP TABLE IF EXISTS `orders`",
            statements.get(5).sql(),
            "LOCK TABLES `orders` WRITE",
            "/*!40000 ALTER TABLE `orders` DISABLE KEYS */",
            "/*!40000 ALTER TABLE `orders` ENABLE KEYS */",
            "UNLOCK TABLES",
            statements.get(13).sql());
  }
}
