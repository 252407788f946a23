package dev.roundtrip.verifier.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cast that brings a value back to its old MySQL-family type, for the types as MySQL 8 and
 * MariaDB spell them in {@code information_schema.COLUMNS.COLUMN_TYPE}. No MySQL server runs these:
 * they check the mapping and the SQL it writes.
 */
class MySqlCastBackTest {
  private static final MySqlServer MYSQL_8_4 = MySqlServer.mySql(8, 4, 3);
  private static final MySqlServer MARIADB_10_11 = MySqlServer.mariaDb(10, 11, 19);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        // MySQL 8.0.19 and later print integers without display width, but with zerofill
        "int | SIGNED",
        "int unsigned | UNSIGNED",
        "bigint unsigned | UNSIGNED",
        "tinyint(1) | SIGNED",
        "smallint | SIGNED",
        "mediumint | SIGNED",
        "int(10) unsigned zerofill | UNSIGNED",
        "bit(1) | UNSIGNED",
        "bit(64) | UNSIGNED",
        "decimal(10,2) | DECIMAL(10,2)",
        "decimal(10,4) | DECIMAL(10,4)",
        "decimal(65,30) unsigned | DECIMAL(65,30)",
        "decimal(10,0) | DECIMAL(10,0)",
        "float | FLOAT",
        "double | DOUBLE",
        "float(7,3) | DECIMAL(7,3)",
        "double(10,2) unsigned | DECIMAL(10,2)",
        "varchar(255) | CHAR(255) CHARACTER SET utf8mb4",
        "varchar(20) character set utf8mb4 | CHAR(20) CHARACTER SET utf8mb4",
        "char(3) character set latin1 | CHAR(3) CHARACTER SET utf8mb4",
        "text | CHAR CHARACTER SET utf8mb4",
        "longtext character set utf8mb4 | CHAR CHARACTER SET utf8mb4",
        "enum('active','legacy','closed') character set utf8mb4 | CHAR CHARACTER SET utf8mb4",
        "set('a','b') | CHAR CHARACTER SET utf8mb4",
        "binary(16) | BINARY(16)",
        "varbinary(255) | BINARY",
        "blob | BINARY",
        "longblob | BINARY",
        "date | DATE",
        "datetime | DATETIME",
        "datetime(6) | DATETIME(6)",
        "timestamp | DATETIME",
        "timestamp(3) | DATETIME(3)",
        "time | TIME",
        "time(2) | TIME(2)",
        "year | YEAR",
        "json | JSON",
        "geometry | none",
        "point | none",
        "vector(3) | none",
      })
  void mySql8(String type, String target) {
    assertThat(MySqlCastBack.target(type, MYSQL_8_4)).isEqualTo(target);
  }

  @Test
  void castsDependOnTheServer() {
    MySqlServer mySql8016 = MySqlServer.mySql(8, 0, 16);
    MySqlServer mySql8021 = MySqlServer.mySql(8, 0, 21);
    assertThat(MySqlCastBack.target("float", mySql8016)).as("CAST AS FLOAT from 8.0.17").isNull();
    assertThat(MySqlCastBack.target("double", mySql8016)).isNull();
    assertThat(MySqlCastBack.target("float", MySqlServer.mySql(8, 0, 17))).isEqualTo("FLOAT");
    assertThat(MySqlCastBack.target("year", mySql8021)).as("CAST AS YEAR from 8.0.22").isNull();
    assertThat(MySqlCastBack.target("year", MySqlServer.mySql(8, 0, 22))).isEqualTo("YEAR");

    assertThat(MySqlCastBack.target("year", MARIADB_10_11)).isNull();
    assertThat(MySqlCastBack.target("json", MARIADB_10_11)).isNull();
    assertThat(MySqlCastBack.target("double", MySqlServer.mariaDb(10, 3, 0))).isEqualTo("DOUBLE");
    assertThat(MySqlCastBack.target("float", MySqlServer.mariaDb(10, 4, 4))).isNull();
    assertThat(MySqlCastBack.target("float", MySqlServer.mariaDb(10, 4, 5))).isEqualTo("FLOAT");
    assertThat(MySqlCastBack.target("uuid", MARIADB_10_11)).isNull();
    assertThat(MySqlCastBack.target("inet6", MARIADB_10_11)).isNull();
  }

  @Test
  void serverVersions() {
    assertThat(MySqlServer.parse("8.0.36", false)).isEqualTo(MySqlServer.mySql(8, 0, 36));
    assertThat(MySqlServer.parse("8.4.3-commercial", false)).isEqualTo(MySqlServer.mySql(8, 4, 3));
    assertThat(MySqlServer.parse("10.11.19-MariaDB-0+deb12u1", true))
        .isEqualTo(MySqlServer.mariaDb(10, 11, 19));
    assertThat(MySqlServer.parse("5.5.5-10.4.5-MariaDB-log", true))
        .isEqualTo(MySqlServer.mariaDb(10, 4, 5));
    assertThat(MySqlServer.parse("11.4.5-MariaDB", true)).hasToString("MariaDB 11.4.5");
    assertThatThrownBy(() -> MySqlServer.parse("PostgreSQL 15", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PostgreSQL 15");
  }

  @Test
  void typesAreComparedWithoutDisplayWidthsButWithTheirCharacterSet() {
    assertThat(MySqlTableCatalog.comparedType("int(11)", null)).isEqualTo("int");
    assertThat(MySqlTableCatalog.comparedType("bigint(20) unsigned", null))
        .isEqualTo("bigint unsigned");
    assertThat(MySqlTableCatalog.comparedType("int(6) unsigned zerofill", null))
        .isEqualTo("int(6) unsigned zerofill");
    assertThat(MySqlTableCatalog.comparedType("tinyint(1)", null)).isEqualTo("tinyint");
    assertThat(MySqlTableCatalog.comparedType("varchar(50)", "latin1"))
        .isEqualTo("varchar(50) character set latin1");
    assertThat(MySqlTableCatalog.comparedType("enum('A','b')", "utf8mb4"))
        .as("labels keep their case")
        .isEqualTo("enum('A','b') character set utf8mb4");
  }

  @Test
  void theSqlOfTextAndCastsBack() {
    MySqlDataSql mySql = new MySqlDataSql(null, MYSQL_8_4, true, true);
    assertThat(mySql.castBack("t.`doc`", new Column("doc", "json", false)))
        .isEqualTo("CAST(CAST(t.`doc` AS JSON) AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin");
    assertThat(mySql.castBack("t.`h`", new Column("h", "binary(16)", false)))
        .isEqualTo(
            "CAST(HEX(CAST(t.`h` AS BINARY(16))) AS CHAR CHARACTER SET utf8mb4)"
                + " COLLATE utf8mb4_bin");
    assertThat(mySql.castBack("t.`g`", new Column("g", "geometry", false))).isNull();
    assertThat(mySql.text("t.`g`", new Column("g", "geometry", false)))
        .isEqualTo("CAST(HEX(t.`g`) AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin");
    assertThat(mySql.text("t.`b`", new Column("b", "bit(3)", false)))
        .isEqualTo("CAST((t.`b` + 0) AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin");
    assertThat(mySql.text("t.`z`", new Column("z", "int(6) unsigned zerofill", false)))
        .isEqualTo("CAST((t.`z` + 0) AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin");
    assertThat(
            mySql.text("t.`e`", new Column("e", "enum('zerofill') character set utf8mb4", false)))
        .isEqualTo("CAST(t.`e` AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin");
    assertThat(mySql.quote("a`b")).isEqualTo("`a``b`");
    assertThat(mySql.distinct("s.`a`", "t.`a`"))
        .isEqualTo("NOT (CAST(s.`a` AS BINARY) <=> CAST(t.`a` AS BINARY))");
  }
}
