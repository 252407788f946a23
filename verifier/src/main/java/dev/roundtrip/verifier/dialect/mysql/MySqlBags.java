package dev.roundtrip.verifier.dialect.mysql;

import static dev.roundtrip.verifier.data.DataSql.alias;

import dev.roundtrip.verifier.data.DataSql;
import dev.roundtrip.verifier.data.DataSql.MissingRow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Differences of bags of rows on MySQL and MariaDB, by counting the rows of each side per hash of
 * their values: portable where {@code EXCEPT ALL} is not (it needs MariaDB 10.5 or MySQL 8.0.31),
 * exact for long text (MySQL groups and sorts text by its first {@code max_sort_length} bytes
 * only), and a grouping small enough to stay in memory.
 */
final class MySqlBags {
  private final DataSql sql;
  private final String hashFunction;

  /**
   * @param md5 whether the server computes {@code MD5} (MySQL in FIPS mode yields NULL); otherwise
   *     {@code SHA2}, slower
   */
  MySqlBags(DataSql sql, boolean md5) {
    this.sql = sql;
    this.hashFunction = md5 ? "UNHEX(MD5(%s))" : "UNHEX(SHA2(%s, 256))";
  }

  /** See {@link DataSql#bagMissingCount}. */
  long missingCount(String left, String right, int width) throws SQLException {
    return sql.number(
        "SELECT COALESCE(SUM(m.surplus), 0) FROM (" + surplus(left, right, width) + ") m");
  }

  /**
   * First the hashes of a few missing rows, then their values: grouping long text to carry the
   * values along would move the grouping of every row to disk.
   */
  List<MissingRow> missingSamples(String left, String right, int width, int limit)
      throws SQLException {
    Map<String, Long> times = new LinkedHashMap<>();
    try (Statement s = sql.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT HEX(m.h), m.surplus FROM ("
                    + surplus(left, right, width)
                    + ") m LIMIT "
                    + limit)) {
      while (rs.next()) {
        times.put(rs.getString(1), rs.getLong(2));
      }
    }
    if (times.isEmpty()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      values.add("MIN(x." + alias(i) + ")");
    }
    for (String h : times.keySet()) {
      hashes.add("X'" + h + "'");
    }
    String query =
        "SELECT HEX(x.h), "
            + String.join(", ", values)
            + " FROM (SELECT "
            + hash("a", width)
            + " AS h, a.* FROM ("
            + left
            + ") a) x WHERE x.h IN ("
            + String.join(", ", hashes)
            + ") GROUP BY x.h";
    List<MissingRow> rows = new ArrayList<>();
    try (Statement s = sql.connection().createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < width; i++) {
          row.add(rs.getString(i + 2));
        }
        rows.add(new MissingRow(times.get(rs.getString(1)), row));
      }
    }
    return rows;
  }

  /** See {@link DataSql#setMissingCount}. */
  long setMissingCount(String left, String right, int width) throws SQLException {
    return sql.number(
        "SELECT count(*) FROM (SELECT u.h FROM (SELECT "
            + hash("a", width)
            + " AS h, 1 AS side FROM ("
            + left
            + ") a UNION ALL SELECT "
            + hash("b", width)
            + ", 2 FROM ("
            + right
            + ") b) u GROUP BY u.h HAVING MAX(u.side) = 1) m");
  }

  /**
   * Per distinct row of {@code left}, by hash, how many more times {@code left} holds it than
   * {@code right}, where that is more than none. Grouping by a short hash rather than by the values
   * themselves keeps the grouping in memory, and MySQL groups long text by its first {@code
   * max_sort_length} bytes only.
   */
  private String surplus(String left, String right, int width) {
    return "SELECT u.h, SUM(u.n) AS surplus FROM (SELECT "
        + hash("a", width)
        + " AS h, 1 AS n FROM ("
        + left
        + ") a UNION ALL SELECT "
        + hash("b", width)
        + ", -1 FROM ("
        + right
        + ") b) u GROUP BY u.h HAVING SUM(u.n) > 0";
  }

  /**
   * A hash of the columns of {@code row}: each value preceded by its length, so that no two rows
   * run together into the same text, NULL apart from every value.
   */
  private String hash(String row, int width) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      String v = row + "." + alias(i);
      parts.add("IFNULL(CONCAT(CHAR_LENGTH(" + v + "), ':', " + v + "), '-')");
    }
    return String.format(hashFunction, "CONCAT_WS(',', " + String.join(", ", parts) + ")");
  }
}
