package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.SnapshotCatalog;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;

/** The data checks' {@link SnapshotCatalog} on the MySQL family, in one catalog query. */
final class MySqlSnapshotCatalog {
  private MySqlSnapshotCatalog() {}

  /** Base tables (system-versioned ones included, sequences and views not) of the databases. */
  private static final String MYSQL =
      "SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.CHARACTER_SET_NAME,"
          + " c.EXTRA, k.SEQ_IN_INDEX"
          + " FROM information_schema.COLUMNS c"
          + " JOIN information_schema.TABLES t"
          + "   ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
          + " LEFT JOIN information_schema.STATISTICS k"
          + "   ON k.TABLE_SCHEMA = c.TABLE_SCHEMA AND k.TABLE_NAME = c.TABLE_NAME"
          + "  AND k.COLUMN_NAME = c.COLUMN_NAME AND k.INDEX_NAME = 'PRIMARY'"
          + " WHERE c.TABLE_SCHEMA IN ({databases})"
          + "   AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')"
          + " ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION";

  private static final Pattern INTEGER_WIDTH =
      Pattern.compile("^(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)");
  private static final Pattern GENERATED =
      Pattern.compile("\\b(VIRTUAL|STORED|PERSISTENT) GENERATED\\b", Pattern.CASE_INSENSITIVE);

  /** The tables of MySQL or MariaDB databases. */
  static Map<String, Table> read(
      Connection c,
      List<String> databases,
      Set<String> excludedTables,
      BinaryOperator<String> qualify)
      throws SQLException {
    SnapshotCatalog.Builder tables = new SnapshotCatalog.Builder(excludedTables, qualify);
    String sql =
        MYSQL.replace("{databases}", String.join(", ", Collections.nCopies(databases.size(), "?")));
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < databases.size(); i++) {
        ps.setString(i + 1, databases.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String column = rs.getString(3);
          String extra = rs.getString(6);
          tables.add(
              rs.getString(1),
              rs.getString(2),
              new Column(
                  column,
                  mySqlType(rs.getString(4), rs.getString(5)),
                  extra != null && GENERATED.matcher(extra).find()),
              List.of());
          int keyPosition = rs.getInt(7);
          if (!rs.wasNull()) {
            tables.keyColumn(rs.getString(1), rs.getString(2), keyPosition, column);
          }
        }
      }
    }
    return tables.build();
  }

  /**
   * A MySQL-family column type as the data checks compare it: {@code COLUMN_TYPE} (which both
   * servers print in lower case, but for the labels of an enum or set) without the display width of
   * integer types, which MySQL 8.0.19 no longer prints and which changes no value (kept with {@code
   * zerofill}, where it pads), and with the character set of a character type, whose change can
   * change values.
   */
  static String mySqlType(String columnType, String characterSet) {
    String type = columnType;
    if (!type.contains("zerofill")) {
      type = INTEGER_WIDTH.matcher(type).replaceFirst("$1");
    }
    return characterSet == null ? type : type + " character set " + characterSet;
  }
}
