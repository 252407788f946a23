package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.ColumnInfo;
import dev.roundtrip.verifier.data.GenType;
import dev.roundtrip.verifier.data.TableInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows already in MySQL and MariaDB tables: keys to keep apart and parents to point at.
 */
final class MySqlSeedReader {
  private final Connection connection;
  private final MySqlTables tables;

  MySqlSeedReader(Connection connection, MySqlTables tables) {
    this.connection = connection;
    this.tables = tables;
  }

  /**
   * Existing rows' values of the columns, non-NULL, distinct, in order, at most {@code limit}; as
   * the generator writes them ({@code \x} and hex digits for binary strings, binary digits for
   * BIT).
   *
   * @param types the columns' types: the table's own, or the referencing columns of a foreign key
   */
  List<List<String>> values(
      String qualifiedTable, List<String> columns, List<ColumnInfo> types, int limit)
      throws SQLException {
    List<String> quoted = columns.stream().map(MySqlTables::quote).toList();
    List<String> selected = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      GenType type = types.get(i).type();
      selected.add(
          MySqlValues.TYPES.bytes(type)
              ? "HEX(" + quoted.get(i) + ")"
              : MySqlTypes.bits(type)
                  ? "BIN(" + quoted.get(i) + " + 0)"
                  : "CAST(" + quoted.get(i) + " AS CHAR)");
    }
    String sql =
        "SELECT "
            + String.join(", ", selected)
            + " FROM "
            + tables.sqlName(qualifiedTable)
            + " WHERE "
            + String.join(" AND ", quoted.stream().map(c -> c + " IS NOT NULL").toList())
            + " GROUP BY "
            + String.join(", ", quoted)
            + " ORDER BY "
            + String.join(", ", quoted)
            + " LIMIT "
            + limit;
    List<List<String>> values = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        List<String> tuple = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          GenType type = types.get(i).type();
          String value = row.getString(i + 1);
          if (MySqlValues.TYPES.bytes(type)) {
            value = "\\x" + value.toLowerCase(Locale.ROOT);
          } else if (MySqlTypes.bits(type)) {
            value = "0".repeat(Math.max(0, type.length() - value.length())) + value;
          }
          tuple.add(value);
        }
        values.add(tuple);
      }
    }
    return values;
  }

  long count(TableInfo table) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM " + tables.sqlName(table.qualifiedName()));
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }
}
