package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.ColumnInfo;
import dev.roundtrip.verifier.data.ColumnInfo.DefaultKind;
import dev.roundtrip.verifier.data.GenType;
import dev.roundtrip.verifier.data.SeedReport;
import dev.roundtrip.verifier.data.SeedRows.GenRow;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.data.TableInfo.UniqueKey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes generated rows to MySQL and MariaDB with plain JDBC: a table's rows in multi-row INSERTs
 * with {@code ?} parameters (strings as text, binary strings as bytes, BIT values as numbers); if
 * the server rejects one, it has rolled that statement back, and its rows go in one by one, each
 * rejected row counted with the server's reason. Tables whose engine does not roll a statement back
 * (MyISAM, Aria, ...) get their rows one by one from the start, and so do tables whose rows must be
 * found again afterwards, to read each AUTO_INCREMENT value.
 */
final class MySqlSeedWriter {
  private static final int MAX_PARAMETERS = 30_000;
  private static final long MAX_BYTES = 2L << 20;

  private final Connection connection;
  private final SeedReport.Builder report;
  private final MySqlTables tables;

  MySqlSeedWriter(Connection connection, SeedReport.Builder report, MySqlTables tables) {
    this.connection = connection;
    this.report = report;
    this.tables = tables;
  }

  /**
   * Inserts the rows; returns one entry per row inserted: its key values when {@code identify} is
   * set and the table has a key to find it by, else null.
   */
  List<List<String>> insert(
      TableInfo table, List<ColumnInfo> columns, List<GenRow> rows, boolean identify)
      throws SQLException {
    List<List<String>> inserted = new ArrayList<>();
    List<String> key = identify ? rowKey(table) : null;
    boolean generatedKey =
        key != null
            && key.stream()
                .anyMatch(c -> table.column(c).orElseThrow().defaultKind() == DefaultKind.SEQUENCE);
    boolean oneByOne = generatedKey || tables.nonTransactional().contains(table.qualifiedName());
    int start = 0;
    while (start < rows.size()) {
      int end = oneByOne ? start + 1 : chunkEnd(columns, rows, start);
      List<GenRow> chunk = rows.subList(start, end);
      try {
        inserted.addAll(execute(table, columns, chunk, key));
      } catch (SQLException e) {
        if (chunk.size() == 1) {
          inserted.addAll(insertPlain(table, columns, chunk.get(0), key, e));
        } else {
          for (GenRow row : chunk) {
            try {
              inserted.addAll(execute(table, columns, List.of(row), key));
            } catch (SQLException rejected) {
              inserted.addAll(insertPlain(table, columns, row, key, rejected));
            }
          }
        }
      }
      start = end;
    }
    return inserted;
  }

  /** The plain twin of a rejected row, or nothing (the rejection counted) where it has none. */
  private List<List<String>> insertPlain(
      TableInfo table, List<ColumnInfo> columns, GenRow row, List<String> key, SQLException e)
      throws SQLException {
    if (row.plain() != null) {
      try {
        List<List<String>> inserted = execute(table, columns, List.of(row.plain()), key);
        String[] reason = MySqlErrors.describe(e, table);
        report.replacedRow(table.qualifiedName(), reason[0], reason[1]);
        return inserted;
      } catch (SQLException alsoRejected) {
        // counted as the row's own rejection below
      }
    }
    skipped(table, e);
    return List.of();
  }

  /** Where the statement that starts at {@code start} ends: below the parameter and byte limits. */
  private static int chunkEnd(List<ColumnInfo> columns, List<GenRow> rows, int start) {
    int perChunk = columns.isEmpty() ? 1_000 : Math.max(1, MAX_PARAMETERS / columns.size());
    long bytes = 0;
    int end = start;
    while (end < rows.size() && end - start < perChunk && (end == start || bytes < MAX_BYTES)) {
      for (String value : rows.get(end).values()) {
        bytes += value == null ? 4 : value.length();
      }
      end++;
    }
    return end;
  }

  private List<List<String>> execute(
      TableInfo table, List<ColumnInfo> columns, List<GenRow> rows, List<String> key)
      throws SQLException {
    StringBuilder sql = new StringBuilder("INSERT INTO ");
    sql.append(tables.sqlName(table.qualifiedName())).append(" (");
    sql.append(String.join(", ", columns.stream().map(c -> MySqlTables.quote(c.name())).toList()));
    sql.append(") VALUES ");
    for (int r = 0; r < rows.size(); r++) {
      sql.append(r == 0 ? "(" : ", (");
      for (int i = 0; i < columns.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append(rows.get(r).defaults()[i] ? "DEFAULT" : "?");
      }
      sql.append(')');
    }
    int keys = key == null ? Statement.NO_GENERATED_KEYS : Statement.RETURN_GENERATED_KEYS;
    try (PreparedStatement insert = connection.prepareStatement(sql.toString(), keys)) {
      int parameter = 1;
      for (GenRow row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          if (!row.defaults()[i]) {
            bind(insert, parameter++, columns.get(i), row.values()[i]);
          }
        }
      }
      insert.executeUpdate();
      List<List<String>> inserted = new ArrayList<>();
      if (key == null) {
        rows.forEach(row -> inserted.add(null));
        return inserted;
      }
      String generated = null;
      if (rows.size() == 1) {
        try (ResultSet generatedKeys = insert.getGeneratedKeys()) {
          if (generatedKeys.next()) {
            generated = generatedKeys.getString(1);
          }
        }
      }
      for (GenRow row : rows) {
        inserted.add(keyValues(table, columns, row, key, generated));
      }
      return inserted;
    }
  }

  /** The row's values of the key, or null when one of them is not known. */
  private static List<String> keyValues(
      TableInfo table, List<ColumnInfo> columns, GenRow row, List<String> key, String generated) {
    List<String> values = new ArrayList<>();
    for (String name : key) {
      ColumnInfo column = table.column(name).orElseThrow();
      int p = columns.indexOf(column);
      String value;
      if (column.defaultKind() == DefaultKind.SEQUENCE && p < 0) {
        value = generated;
      } else {
        value = p < 0 || row.defaults()[p] ? null : row.values()[p];
      }
      if (value == null) {
        return null;
      }
      values.add(value);
    }
    return values;
  }

  /**
   * The columns rows are found by: the primary key, else a unique key without NULLs or prefixes.
   */
  private static List<String> rowKey(TableInfo table) {
    if (!table.primaryKey().isEmpty()) {
      return table.primaryKey();
    }
    for (UniqueKey key : table.uniqueKeys()) {
      if (key.prefixLengths().stream().allMatch(p -> p == 0)
          && key.columns().stream()
              .allMatch(c -> table.column(c).map(ColumnInfo::notNull).orElse(false))) {
        return key.columns();
      }
    }
    return null;
  }

  /**
   * Sets the columns of the rows (found by their key values) to the values, row by row, leaving
   * columns set by ON UPDATE CURRENT_TIMESTAMP as they are. Returns the rejected updates as one
   * line each.
   */
  List<String> update(
      TableInfo table, List<String> columns, List<List<String>> rows, List<List<String>> values)
      throws SQLException {
    List<String> key = rowKey(table);
    List<String> rejections = new ArrayList<>();
    if (key == null) {
      values.stream()
          .filter(v -> v != null)
          .forEach(
              v -> rejections.add("no key: the table has no primary key or NOT NULL unique key"));
      return rejections;
    }
    StringBuilder sql = new StringBuilder("UPDATE ");
    sql.append(tables.sqlName(table.qualifiedName())).append(" SET ");
    List<String> sets = new ArrayList<>();
    columns.forEach(c -> sets.add(MySqlTables.quote(c) + " = ?"));
    for (String kept : tables.onUpdate().getOrDefault(table.qualifiedName(), List.of())) {
      if (!columns.contains(kept)) {
        sets.add(MySqlTables.quote(kept) + " = " + MySqlTables.quote(kept));
      }
    }
    sql.append(String.join(", ", sets)).append(" WHERE ");
    sql.append(String.join(" AND ", key.stream().map(c -> MySqlTables.quote(c) + " = ?").toList()));
    try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
      for (int r = 0; r < rows.size(); r++) {
        if (values.get(r) == null) {
          continue;
        }
        if (rows.get(r) == null) {
          rejections.add("no key: the row's key was left to a default the seeder does not know");
          continue;
        }
        int parameter = 1;
        for (int i = 0; i < columns.size(); i++) {
          bind(
              update,
              parameter++,
              table.column(columns.get(i)).orElseThrow(),
              values.get(r).get(i));
        }
        for (int i = 0; i < key.size(); i++) {
          ColumnInfo column = table.column(key.get(i)).orElseThrow();
          String value = rows.get(r).get(i);
          bind(
              update,
              parameter++,
              column,
              "char".equals(column.type().base()) ? value.stripTrailing() : value);
        }
        try {
          if (update.executeUpdate() == 0) {
            rejections.add("no row: no row has the key " + rows.get(r));
          }
        } catch (SQLException rejected) {
          String[] reason = MySqlErrors.describe(rejected, table);
          rejections.add(reason[0] + ": " + reason[1]);
        }
      }
    }
    return rejections;
  }

  /** Binds a generated value: bytes for binary strings, a number for BIT, else text. */
  private static void bind(PreparedStatement statement, int index, ColumnInfo column, String value)
      throws SQLException {
    GenType type = column.type();
    if (value == null) {
      statement.setNull(index, MySqlValues.TYPES.bytes(type) ? Types.VARBINARY : Types.VARCHAR);
    } else if (MySqlValues.TYPES.bytes(type)) {
      statement.setBytes(index, HexFormat.of().parseHex(value.substring(2)));
    } else if (MySqlTypes.bits(type)) {
      statement.setBigDecimal(index, new BigDecimal(new BigInteger(value, 2)));
    } else {
      statement.setString(index, value);
    }
  }

  private void skipped(TableInfo table, SQLException rejected) {
    String[] reason = MySqlErrors.describe(rejected, table);
    report.skippedRow(table.qualifiedName(), reason[0], reason[1]);
  }
}
