package dev.roundtrip.verifier.dialect.postgresql;

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
 * PostgreSQL: values as {@code ::text}, copies in unlogged tables of a schema of the disposable
 * database itself, casts back to any type that still exists, {@code EXCEPT ALL}.
 */
final class PostgresDataSql extends DataSql {
  /** The schema holding data snapshots inside the disposable database. */
  static final String SHADOW_SCHEMA = "roundtrip_shadow";

  PostgresDataSql(Connection connection) {
    super(connection);
  }

  /** UTC, ISO dates, shortest exact floats, hexadecimal bytes. */
  @Override
  protected void pinSession() throws SQLException {
    try (Statement s = connection().createStatement()) {
      s.execute(
          "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres';"
              + " SET extra_float_digits = 1; SET bytea_output = 'hex'");
    }
  }

  @Override
  protected String quote(String identifier) {
    return PostgresIdentifiers.quote(identifier);
  }

  @Override
  protected void prepareCopies(List<String> schemas) throws SQLException {
    try (Statement s = connection().createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS " + quote(SHADOW_SCHEMA));
    }
  }

  @Override
  protected String copyName(List<String> schemas, String name) {
    return qualified(SHADOW_SCHEMA, name);
  }

  @Override
  protected void copy(Table table, String copy) throws SQLException {
    StringJoiner select =
        new StringJoiner(
            ", ", "CREATE UNLOGGED TABLE " + copy + " AS SELECT ", " FROM " + table.sqlName());
    for (Column col : table.columns()) {
      select.add(quote(col.name()) + "::text AS " + quote(col.name()));
    }
    try (Statement s = connection().createStatement()) {
      s.execute(select.toString());
    }
  }

  @Override
  protected String text(String ref, Column column) {
    return ref + "::text";
  }

  @Override
  protected String castBack(String ref, Column old) throws SQLException {
    try (PreparedStatement ps = connection().prepareStatement("SELECT to_regtype(?) IS NOT NULL")) {
      ps.setString(1, old.type());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1) ? "((" + ref + ")::" + old.type() + ")::text" : null;
      }
    }
  }

  @Override
  protected String distinct(String a, String b) {
    return a + " IS DISTINCT FROM " + b;
  }

  @Override
  protected long bagMissingCount(String left, String right, int width) throws SQLException {
    return number("SELECT count(*) FROM (" + left + " EXCEPT ALL " + right + ") m");
  }

  @Override
  protected List<MissingRow> bagMissingSamples(String left, String right, int width, int limit)
      throws SQLException {
    return missingRows(
        "SELECT 1, m.* FROM (" + left + " EXCEPT ALL " + right + " LIMIT " + limit + ") m", width);
  }

  @Override
  protected long setMissingCount(String left, String right, int width) throws SQLException {
    return number("SELECT count(*) FROM (" + left + " EXCEPT " + right + ") m");
  }

  /** A cursor: it needs a transaction, which the caller opens. */
  @Override
  protected void stream(Statement s) throws SQLException {
    s.setFetchSize(500);
  }

  /** The rows {@code query} yields, each as the number in its first column and the rest. */
  private List<MissingRow> missingRows(String query, int width) throws SQLException {
    List<MissingRow> rows = new ArrayList<>();
    try (Statement s = connection().createStatement();
        ResultSet rs = s.executeQuery(query)) {
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
}
