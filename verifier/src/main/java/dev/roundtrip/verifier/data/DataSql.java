package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import dev.roundtrip.verifier.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the data checks write differently per dialect, on one connection whose session settings it
 * fixes: names, where copies of values live, a value as comparable text, the cast that brings a
 * value back to its old type, joins on a copy's key, and the difference of two bags of rows.
 */
public abstract class DataSql {
  private final Connection connection;

  protected DataSql(Connection connection) {
    this.connection = connection;
  }

  /** The SQL of {@code dialect} on {@code c}, with the session settings fixed. */
  static DataSql open(Dialect dialect, Connection c) throws SQLException {
    DataSql sql = dialect.dataSql(c);
    sql.pinSession();
    return sql;
  }

  public Connection connection() {
    return connection;
  }

  /**
   * Fixes the settings that change how values print or how queries run, so that the text of a value
   * is the same in every session.
   */
  protected abstract void pinSession() throws SQLException;

  protected abstract String quote(String identifier);

  protected String qualified(String schema, String name) {
    return quote(schema) + "." + quote(name);
  }

  /** Makes sure there is a place for copies of values of {@code schemas}. */
  protected abstract void prepareCopies(List<String> schemas) throws SQLException;

  /** The qualified name of a copy of values of {@code schemas}, named {@code name}. */
  protected abstract String copyName(List<String> schemas, String name);

  /** Copies the values of {@code table}, as text, into a new table {@code copy}. */
  protected abstract void copy(Table table, String copy) throws SQLException;

  /** Drops the copies (qualified names), those already gone too; in one statement by default. */
  protected void dropCopies(List<String> copies) throws SQLException {
    if (copies.isEmpty()) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + String.join(", ", copies));
    }
  }

  /** The value of {@code ref}, a column of type {@code column}, as the text it is compared by. */
  protected abstract String text(String ref, Column column);

  /**
   * The value of {@code ref} cast back to the type of {@code old}, as text comparable with the old
   * values, or null when no cast fits that type.
   */
  protected abstract String castBack(String ref, Column old) throws SQLException;

  /** A condition: {@code a} and {@code b} differ, NULL counting as a value. */
  protected abstract String distinct(String a, String b);

  /**
   * A {@code FROM} clause: the rows of the copy {@code s} with the rows of {@code current} ({@code
   * t}) whose {@code keys} (expressions over {@code t}, one per column of the copy's primary key)
   * equal theirs; by default a join on the key's equality.
   */
  protected String keyedJoin(TableData copy, Table current, List<String> keys) {
    return copy.copy() + " s JOIN " + current.sqlName() + " t ON " + keyCondition(copy, keys);
  }

  /**
   * How many rows of the copy have a row in {@code current} with the same {@code keys} for which
   * {@code condition} (over {@code s} and {@code t}, or null for none) holds; by default with
   * {@code EXISTS}.
   */
  protected long countMatched(TableData copy, Table current, List<String> keys, String condition)
      throws SQLException {
    return number(
        "SELECT count(*) FROM "
            + copy.copy()
            + " s WHERE EXISTS (SELECT 1 FROM "
            + current.sqlName()
            + " t WHERE "
            + keyCondition(copy, keys)
            + (condition == null ? "" : " AND (" + condition + ")")
            + ")");
  }

  /** {@code s.k0 = key0 AND ...}: the copy's key columns equal to {@code keys}. */
  private String keyCondition(TableData copy, List<String> keys) {
    List<String> on = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      on.add("s." + quote(copy.table().key().get(i)) + " = " + keys.get(i));
    }
    return String.join(" AND ", on);
  }

  /**
   * How many rows of {@code left} are missing from {@code right}, both queries with the columns
   * {@code c0 ... c<width-1>}, as bags: a row twice in one and once in the other is one missing
   * row.
   */
  protected abstract long bagMissingCount(String left, String right, int width) throws SQLException;

  /** Up to {@code limit} of the rows that {@link #bagMissingCount} counts. */
  protected abstract List<MissingRow> bagMissingSamples(
      String left, String right, int width, int limit) throws SQLException;

  /** How many distinct rows of {@code left} {@code right} does not hold at all. */
  protected abstract long setMissingCount(String left, String right, int width) throws SQLException;

  /**
   * A row missing from a bag.
   *
   * @param times how many times it is missing
   * @param values its columns
   */
  public record MissingRow(long times, List<String> values) {}

  /** Makes {@code s} stream its rows rather than load them all. */
  protected abstract void stream(Statement s) throws SQLException;

  /** The column aliases {@code c0 ... c<width-1>} of the queries of bags. */
  public static String alias(int i) {
    return "c" + i;
  }

  /** The single number {@code query} yields. */
  public long number(String query) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
