package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.data.DataSql;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The data checks on SQLite. Copies of values live in a companion file beside the database,
 * attached to every connection of the checks as {@value #COPIES}; a value is compared as its text
 * (a real keeps its decimal point, so {@code 1.0} is not {@code 1}; bytes in hexadecimal); a value
 * is brought back to an old column's type by {@code CAST} to that declared type, which applies its
 * affinity; bags of rows are compared by counting equal rows, as SQLite has no {@code EXCEPT ALL}.
 */
final class SqliteDataSql extends DataSql {
  /** The schema name under which the file of copies is attached. */
  static final String COPIES = "roundtrip_copies";

  SqliteDataSql(Connection connection) {
    super(connection);
  }

  /** Attaches the file of copies of the connection's database, once. */
  @Override
  protected void pinSession() throws SQLException {
    String main = null;
    boolean attached = false;
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery("SELECT name, file FROM pragma_database_list")) {
      while (rs.next()) {
        attached |= COPIES.equals(rs.getString(1));
        main = "main".equals(rs.getString(1)) ? rs.getString(2) : main;
      }
    }
    if (attached) {
      return;
    }
    if (main == null || main.isEmpty()) {
      throw new SQLException("the data checks need a SQLite database in a file, not in memory");
    }
    try (PreparedStatement ps = connection().prepareStatement("ATTACH DATABASE ? AS " + COPIES)) {
      ps.setString(1, main + ".copies");
      ps.execute();
    }
  }

  @Override
  protected String quote(String identifier) {
    return SqliteSql.quote(identifier);
  }

  @Override
  protected void prepareCopies(List<String> schemas) {
    // the file of copies is attached with the session
  }

  @Override
  protected String copyName(List<String> schemas, String name) {
    return qualified(COPIES, name);
  }

  @Override
  protected void copy(Table table, String copy) throws SQLException {
    StringJoiner select =
        new StringJoiner(", ", "CREATE TABLE " + copy + " AS SELECT ", " FROM " + table.sqlName());
    for (Column col : table.columns()) {
      select.add(textOf(quote(col.name())) + " AS " + quote(col.name()));
    }
    try (Statement s = connection().createStatement()) {
      s.execute(select.toString());
    }
  }

  /** One at a time: SQLite drops one table per statement. */
  @Override
  protected void dropCopies(List<String> copies) throws SQLException {
    try (Statement s = connection().createStatement()) {
      for (String copy : copies) {
        s.execute("DROP TABLE IF EXISTS " + copy);
      }
    }
  }

  @Override
  protected String text(String ref, Column column) {
    return textOf(ref);
  }

  /** Text as it is, bytes in hexadecimal ({@code \xdead}), numbers as SQLite prints them. */
  private static String textOf(String ref) {
    return "(CASE typeof("
        + ref
        + ") WHEN 'blob' THEN '\\x' || lower(hex("
        + ref
        + ")) ELSE CAST("
        + ref
        + " AS TEXT) END)";
  }

  /** The value with the affinity of the old declared type; none for a column declared untyped. */
  @Override
  protected String castBack(String ref, Column old) {
    return old.type().isBlank() ? null : textOf("CAST(" + ref + " AS " + old.type() + ")");
  }

  @Override
  protected String distinct(String a, String b) {
    return a + " IS NOT " + b;
  }

  @Override
  protected long bagMissingCount(String left, String right, int width) throws SQLException {
    return number("SELECT coalesce(sum(times), 0) FROM (" + missing(left, right, width) + ")");
  }

  @Override
  protected List<MissingRow> bagMissingSamples(String left, String right, int width, int limit)
      throws SQLException {
    List<MissingRow> rows = new ArrayList<>();
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery(missing(left, right, width) + " ORDER BY 2 LIMIT " + limit)) {
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < width; i++) {
          values.add(rs.getString(i + 2));
        }
        rows.add(new MissingRow(rs.getLong(1), values));
      }
    }
    return rows;
  }

  /**
   * Each distinct row of {@code left} with how many times more it is there than in {@code right}.
   */
  private static String missing(String left, String right, int width) {
    List<String> columns = new ArrayList<>();
    List<String> on = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      columns.add(alias(i));
      on.add("l." + alias(i) + " IS r." + alias(i));
    }
    String cols = String.join(", ", columns);
    String grouped = "SELECT " + cols + ", count(*) AS n FROM ({rows}) GROUP BY " + cols;
    return "SELECT l.n - coalesce(r.n, 0) AS times, "
        + String.join(", ", columns.stream().map(c -> "l." + c).toList())
        + " FROM ("
        + grouped.replace("{rows}", left)
        + ") l LEFT JOIN ("
        + grouped.replace("{rows}", right)
        + ") r ON "
        + String.join(" AND ", on)
        + " WHERE r.n IS NULL OR r.n < l.n";
  }

  @Override
  protected long setMissingCount(String left, String right, int width) throws SQLException {
    return number("SELECT count(*) FROM (" + left + " EXCEPT " + right + ")");
  }

  @Override
  protected void stream(Statement s) throws SQLException {
    s.setFetchSize(500);
  }
}
