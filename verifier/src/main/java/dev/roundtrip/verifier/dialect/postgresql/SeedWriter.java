package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.data.ColumnInfo;
import dev.roundtrip.verifier.data.SeedReport;
import dev.roundtrip.verifier.data.SeedRows.GenRow;
import dev.roundtrip.verifier.data.TableInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Writes generated rows with plain JDBC: all rows of a table in one multi-row INSERT (chunked below
 * the bind parameter limit) under a savepoint; if the database rejects it, row by row, each under
 * its own savepoint, so that one rejected row never costs the others. Values are bound untyped and
 * read by the column's own input function.
 */
final class SeedWriter {
  private static final int MAX_PARAMETERS = 30_000;

  private final Connection connection;
  private final SeedReport.Builder report;

  SeedWriter(Connection connection, SeedReport.Builder report) {
    this.connection = connection;
    this.report = report;
  }

  /** Inserts the rows; returns the {@code ctid} of each row inserted. */
  List<String> insert(TableInfo table, List<ColumnInfo> columns, List<GenRow> rows)
      throws SQLException {
    List<String> ctids = new ArrayList<>();
    int perChunk = columns.isEmpty() ? 1 : Math.max(1, MAX_PARAMETERS / columns.size());
    for (int start = 0; start < rows.size(); start += perChunk) {
      List<GenRow> chunk = rows.subList(start, Math.min(rows.size(), start + perChunk));
      Savepoint savepoint = connection.setSavepoint();
      try {
        ctids.addAll(execute(table, columns, chunk));
        connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        connection.rollback(savepoint);
        for (GenRow row : chunk) {
          Savepoint single = connection.setSavepoint();
          try {
            ctids.addAll(execute(table, columns, List.of(row)));
            connection.releaseSavepoint(single);
          } catch (SQLException rejected) {
            connection.rollback(single);
            ctids.addAll(insertPlain(table, columns, row, rejected));
          }
        }
      }
    }
    return ctids;
  }

  /** The plain twin of a rejected row, or nothing (the rejection counted) where it has none. */
  private List<String> insertPlain(
      TableInfo table, List<ColumnInfo> columns, GenRow row, SQLException rejected)
      throws SQLException {
    if (row.plain() != null) {
      Savepoint plain = connection.setSavepoint();
      try {
        List<String> ctids = execute(table, columns, List.of(row.plain()));
        connection.releaseSavepoint(plain);
        String[] reason = describe(rejected);
        report.replacedRow(table.qualifiedName(), reason[0], reason[1]);
        return ctids;
      } catch (SQLException alsoRejected) {
        connection.rollback(plain);
      }
    }
    skipped(table, rejected);
    return List.of();
  }

  private List<String> execute(TableInfo table, List<ColumnInfo> columns, List<GenRow> rows)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("INSERT INTO ")
            .append(PostgresIdentifiers.qualified(table.schema(), table.name()));
    if (columns.isEmpty()) {
      sql.append(" DEFAULT VALUES");
    } else {
      sql.append(" (");
      sql.append(
          String.join(
              ", ", columns.stream().map(c -> PostgresIdentifiers.quote(c.name())).toList()));
      sql.append(") VALUES ");
      for (int r = 0; r < rows.size(); r++) {
        sql.append(r == 0 ? "(" : ", (");
        for (int i = 0; i < columns.size(); i++) {
          sql.append(i == 0 ? "" : ", ").append(rows.get(r).defaults()[i] ? "DEFAULT" : "?");
        }
        sql.append(')');
      }
    }
    sql.append(" RETURNING ctid");
    List<String> ctids = new ArrayList<>();
    try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
      int parameter = 1;
      for (GenRow row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          if (!row.defaults()[i]) {
            insert.setObject(parameter++, row.values()[i], Types.OTHER);
          }
        }
      }
      try (ResultSet inserted = insert.executeQuery()) {
        while (inserted.next()) {
          ctids.add(inserted.getString(1));
        }
      }
    }
    return ctids;
  }

  /**
   * Sets the columns of the rows (by ctid) to the values, skipping rows whose values are null: all
   * rows in one UPDATE, or row by row if the database rejects that. Returns the rejected updates as
   * one line each (constraint and message); those rows keep their columns as they were.
   */
  List<String> update(
      TableInfo table, List<String> columns, List<String> ctids, List<List<String>> values)
      throws SQLException {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < ctids.size(); r++) {
      if (values.get(r) != null) {
        rows.add(r);
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Savepoint savepoint = connection.setSavepoint();
    try {
      updateAll(table, columns, rows, ctids, values);
      connection.releaseSavepoint(savepoint);
      return List.of();
    } catch (SQLException e) {
      connection.rollback(savepoint);
    }
    List<String> rejections = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("UPDATE ")
            .append(PostgresIdentifiers.qualified(table.schema(), table.name()))
            .append(" SET ");
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append(PostgresIdentifiers.quote(columns.get(i)))
          .append(" = ?");
    }
    sql.append(" WHERE ctid = ?::tid");
    try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
      for (int r : rows) {
        for (int i = 0; i < columns.size(); i++) {
          update.setObject(i + 1, values.get(r).get(i), Types.OTHER);
        }
        update.setString(columns.size() + 1, ctids.get(r));
        Savepoint single = connection.setSavepoint();
        try {
          update.executeUpdate();
          connection.releaseSavepoint(single);
        } catch (SQLException rejected) {
          connection.rollback(single);
          String[] reason = describe(rejected);
          rejections.add(reason[0] + ": " + reason[1]);
        }
      }
    }
    return rejections;
  }

  /** {@code UPDATE t SET a = v.c1::type, ... FROM (VALUES (ctid, ...), ...) v WHERE ...}. */
  private void updateAll(
      TableInfo table,
      List<String> columns,
      List<Integer> rows,
      List<String> ctids,
      List<List<String>> values)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("UPDATE ")
            .append(PostgresIdentifiers.qualified(table.schema(), table.name()))
            .append(" AS t SET ");
    StringBuilder names = new StringBuilder("row_ctid");
    for (int i = 0; i < columns.size(); i++) {
      String type = table.column(columns.get(i)).orElseThrow().type().display();
      sql.append(i == 0 ? "" : ", ").append(PostgresIdentifiers.quote(columns.get(i)));
      sql.append(" = v.c").append(i).append("::").append(type);
      names.append(", c").append(i);
    }
    sql.append(" FROM (VALUES ");
    for (int r = 0; r < rows.size(); r++) {
      sql.append(r == 0 ? "(?::tid" : ", (?::tid");
      sql.append(", ?".repeat(columns.size())).append(')');
    }
    sql.append(") AS v(").append(names).append(") WHERE t.ctid = v.row_ctid");
    try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
      int parameter = 1;
      for (int r : rows) {
        update.setString(parameter++, ctids.get(r));
        for (String value : values.get(r)) {
          update.setString(parameter++, value);
        }
      }
      update.executeUpdate();
    }
  }

  /** Existing rows' values of the columns, non-NULL, distinct, in order; at most {@code limit}. */
  List<List<String>> values(String sqlTable, List<String> columns, int limit) throws SQLException {
    List<String> quoted = columns.stream().map(PostgresIdentifiers::quote).toList();
    String sql =
        "SELECT DISTINCT "
            + String.join(", ", quoted)
            + " FROM "
            + sqlTable
            + " WHERE "
            + String.join(" AND ", quoted.stream().map(c -> c + " IS NOT NULL").toList())
            + " ORDER BY "
            + String.join(", ", quoted)
            + " LIMIT "
            + limit;
    List<List<String>> values = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        List<String> tuple = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          tuple.add(row.getString(i));
        }
        values.add(tuple);
      }
    }
    return values;
  }

  long count(TableInfo table) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT count(*) FROM "
                    + PostgresIdentifiers.qualified(table.schema(), table.name()));
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private void skipped(TableInfo table, SQLException rejected) {
    String[] reason = describe(rejected);
    report.skippedRow(table.qualifiedName(), reason[0], reason[1]);
  }

  /**
   * The constraint that rejected a row (or the SQLSTATE when none is named) and the server's
   * message without its detail line, which would repeat the row's values.
   */
  private static String[] describe(SQLException rejected) {
    String constraint = "SQLSTATE " + rejected.getSQLState();
    String message = rejected.getMessage();
    if (rejected instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
      ServerErrorMessage server = psql.getServerErrorMessage();
      if (server.getConstraint() != null) {
        constraint = server.getConstraint();
      }
      message = server.getMessage();
    }
    return new String[] {constraint, message};
  }
}
