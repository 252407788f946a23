package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.data.ColumnInfo;
import dev.roundtrip.verifier.data.ForeignKeyInfo;
import dev.roundtrip.verifier.data.SeedDatabase;
import dev.roundtrip.verifier.data.SeedReport;
import dev.roundtrip.verifier.data.SeedRows.GenRow;
import dev.roundtrip.verifier.data.TableInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * SQLite for the seeder: the tables from {@link SqliteTableCatalog}; rows written one by one, each
 * under a savepoint, so that a rejected row costs no other, and found again by their rowid. SQLite
 * cannot switch triggers off, but its DDL is transactional: the triggers of the schema are dropped
 * in the seeding transaction and created again from their own SQL before it ends, so no trigger
 * fires on a seeded row and none can be lost. With the connection in auto-commit mode the rows are
 * committed; otherwise they join the caller's transaction.
 */
final class SqliteSeedDatabase implements SeedDatabase<Long> {
  /** The id of a row inserted into a table without rowid, which cannot be found again. */
  private static final long UNKNOWN = Long.MIN_VALUE;

  private final Connection connection;
  private final SeedReport.Builder report;
  private final boolean ownsTransaction;
  private final List<String> triggers = new ArrayList<>();
  private final Set<String> withoutRowid = new HashSet<>();
  private SQLException lastRejection;
  private boolean done;

  private SqliteSeedDatabase(Connection connection, SeedReport.Builder report, boolean owns) {
    this.connection = connection;
    this.report = report;
    this.ownsTransaction = owns;
  }

  static SqliteSeedDatabase open(Connection connection, SeedReport.Builder report)
      throws SQLException {
    boolean owns = connection.getAutoCommit();
    if (owns) {
      connection.setAutoCommit(false);
    }
    return new SqliteSeedDatabase(connection, report, owns);
  }

  @Override
  public void prepare(List<String> schemas, List<TableInfo> tables) throws SQLException {
    for (String schema : schemas) {
      try (PreparedStatement ps =
          connection.prepareStatement(
              "SELECT name FROM pragma_table_list WHERE schema = ? AND wr = 1")) {
        ps.setString(1, schema);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            withoutRowid.add(schema + "." + rs.getString(1));
          }
        }
      }
      takeOutTriggers(schema);
    }
  }

  private void takeOutTriggers(String schema) throws SQLException {
    List<String[]> found = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name, sql FROM "
                    + SqliteSql.quote(schema)
                    + ".sqlite_schema WHERE type = 'trigger' ORDER BY name")) {
      while (rs.next()) {
        found.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    try (Statement s = connection.createStatement()) {
      for (String[] trigger : found) {
        s.execute("DROP TRIGGER " + SqliteSql.quote(schema) + "." + SqliteSql.quote(trigger[0]));
        triggers.add(trigger[1]);
      }
    }
    if (!found.isEmpty()) {
      report.note(
          "took out "
              + found.size()
              + " trigger(s) of "
              + schema
              + " while seeding and created them again in the same transaction");
    }
  }

  @Override
  public String seedName(TableInfo table) {
    return table.qualifiedName();
  }

  @Override
  public boolean unicode(ColumnInfo column) {
    return true;
  }

  @Override
  public List<List<String>> parentValues(TableInfo table, ForeignKeyInfo fk, int limit)
      throws SQLException {
    return values(quoted(fk.parent()), fk.parentColumns(), limit);
  }

  @Override
  public List<List<String>> values(TableInfo table, List<String> columns, int limit)
      throws SQLException {
    return values(quoted(table.qualifiedName()), columns, limit);
  }

  private static String quoted(String qualified) {
    int dot = qualified.indexOf('.');
    return SqliteSql.quote(qualified.substring(0, dot))
        + "."
        + SqliteSql.quote(qualified.substring(dot + 1));
  }

  private List<List<String>> values(String table, List<String> columns, int limit)
      throws SQLException {
    List<String> q = columns.stream().map(SqliteSql::quote).toList();
    String sql =
        "SELECT DISTINCT "
            + String.join(", ", q)
            + " FROM "
            + table
            + " WHERE "
            + String.join(" AND ", q.stream().map(c -> c + " IS NOT NULL").toList())
            + " ORDER BY "
            + String.join(", ", q)
            + " LIMIT "
            + limit;
    List<List<String>> values = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        List<String> tuple = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
          tuple.add(rs.getString(i));
        }
        values.add(tuple);
      }
    }
    return values;
  }

  @Override
  public long count(TableInfo table) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + quoted(table.qualifiedName()))) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public List<Long> insert(
      TableInfo table, List<ColumnInfo> columns, List<GenRow> rows, boolean identify)
      throws SQLException {
    List<Long> inserted = new ArrayList<>();
    for (GenRow row : rows) {
      Long rowid = insertOne(table, columns, row);
      if (rowid == null && row.plain() != null) {
        SQLException first = lastRejection;
        rowid = insertOne(table, columns, row.plain());
        if (rowid != null) {
          report.replacedRow(table.qualifiedName(), constraint(first), message(first));
          inserted.add(rowid == UNKNOWN ? null : rowid);
          continue;
        }
        lastRejection = first;
      }
      if (rowid == null) {
        report.skippedRow(table.qualifiedName(), constraint(lastRejection), message(lastRejection));
      } else {
        inserted.add(rowid == UNKNOWN ? null : rowid);
      }
    }
    return inserted;
  }

  /** Inserts the row under a savepoint; its rowid, or null (the reason kept) when rejected. */
  private Long insertOne(TableInfo table, List<ColumnInfo> columns, GenRow row)
      throws SQLException {
    List<Integer> given = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (!row.defaults()[i]) {
        given.add(i);
      }
    }
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(quoted(table.qualifiedName()));
    if (given.isEmpty()) {
      sql.append(" DEFAULT VALUES");
    } else {
      sql.append(" (")
          .append(
              String.join(
                  ", ", given.stream().map(i -> SqliteSql.quote(columns.get(i).name())).toList()))
          .append(") VALUES (")
          .append(String.join(", ", given.stream().map(i -> "?").toList()))
          .append(')');
    }
    boolean rowid = !withoutRowid.contains(table.qualifiedName());
    if (rowid) {
      sql.append(" RETURNING rowid");
    }
    Savepoint savepoint = connection.setSavepoint();
    try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
      int p = 1;
      for (int i : given) {
        bind(ps, p++, columns.get(i), row.values()[i]);
      }
      long found = UNKNOWN; // a table without rowid: its rows are not found again
      if (rowid) {
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            found = rs.getLong(1);
          }
        }
      } else {
        ps.executeUpdate();
      }
      connection.releaseSavepoint(savepoint);
      return found;
    } catch (SQLException rejected) {
      connection.rollback(savepoint);
      lastRejection = rejected;
      return null;
    }
  }

  private static void bind(PreparedStatement ps, int index, ColumnInfo column, String value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (SqliteTypes.TYPES.bytes(column.type()) && value.startsWith("\\x")) {
      ps.setBytes(index, HexFormat.of().parseHex(value.substring(2)));
    } else {
      ps.setString(index, value);
    }
  }

  @Override
  public List<String> update(
      TableInfo table, List<String> columns, List<Long> rows, List<List<String>> values)
      throws SQLException {
    List<String> rejections = new ArrayList<>();
    StringBuilder sql = new StringBuilder("UPDATE ").append(quoted(table.qualifiedName()));
    sql.append(" SET ")
        .append(String.join(", ", columns.stream().map(c -> SqliteSql.quote(c) + " = ?").toList()))
        .append(" WHERE rowid = ?");
    try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
      for (int r = 0; r < rows.size(); r++) {
        if (values.get(r) == null || rows.get(r) == null) {
          continue;
        }
        for (int i = 0; i < columns.size(); i++) {
          ColumnInfo column = table.column(columns.get(i)).orElseThrow();
          bind(ps, i + 1, column, values.get(r).get(i));
        }
        ps.setLong(columns.size() + 1, rows.get(r));
        Savepoint single = connection.setSavepoint();
        try {
          ps.executeUpdate();
          connection.releaseSavepoint(single);
        } catch (SQLException rejected) {
          connection.rollback(single);
          rejections.add(constraint(rejected) + ": " + message(rejected));
        }
      }
    }
    return rejections;
  }

  /**
   * What SQLite names in a rejection: the CHECK constraint ({@code CHECK constraint failed: name}),
   * or the columns of a NOT NULL or UNIQUE one ({@code t.a, t.b}).
   */
  private static String constraint(SQLException e) {
    String m = e == null ? "" : SqliteDataErrors.sqliteText(e);
    int colon = m.lastIndexOf(": ");
    return colon < 0 ? "rejected" : m.substring(colon + 2).trim();
  }

  @Override
  public String message(SQLException e) {
    return e == null ? "rejected" : SqliteDataErrors.sqliteText(e).replace('\n', ' ');
  }

  @Override
  public void commit() throws SQLException {
    putBackTriggers();
    if (ownsTransaction) {
      connection.commit();
    }
    done = true;
  }

  private void putBackTriggers() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String trigger : triggers) {
        s.execute(trigger);
      }
    }
    triggers.clear();
  }

  @Override
  public void close() throws SQLException {
    try {
      if (!done) {
        if (ownsTransaction) {
          connection.rollback();
          triggers.clear(); // the rollback brought them back
        } else {
          putBackTriggers();
        }
      }
    } finally {
      if (ownsTransaction) {
        connection.setAutoCommit(true);
      }
    }
  }
}
