package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL shared by the comparisons of a copy ({@code s}) with a table as it is now ({@code t}): the
 * join on the copy's primary key, and the rows of the copy missing from a table, as a bag.
 */
final class CopyQueries {
  private CopyQueries() {}

  /** Whether the copy's primary key still exists, column by column, in {@code current}. */
  static boolean keyUsable(TableData copy, Table current) {
    List<String> key = copy.table().key();
    return !key.isEmpty() && key.stream().allMatch(k -> current.column(k) != null);
  }

  /** {@code s.k1 = t.k1::text AND ...} over the copy's primary key. */
  static String keyJoin(TableData copy) {
    List<String> on = new ArrayList<>();
    for (String k : copy.table().key()) {
      on.add("s." + Sql.quote(k) + " = t." + Sql.quote(k) + "::text");
    }
    return String.join(" AND ", on);
  }

  /**
   * A query for the rows of the copy, over {@code columns}, that {@code target} does not hold as
   * many times: {@code SELECT ... FROM copy s EXCEPT ALL SELECT ... FROM target t}.
   */
  static String missingRows(TableData copy, Table target, List<Column> columns) {
    List<String> oldCols = new ArrayList<>();
    List<String> newCols = new ArrayList<>();
    for (Column col : columns) {
      oldCols.add("s." + Sql.quote(col.name()));
      newCols.add("t." + Sql.quote(col.name()) + "::text");
    }
    return "SELECT "
        + String.join(", ", oldCols)
        + " FROM "
        + copy.copy()
        + " s EXCEPT ALL SELECT "
        + String.join(", ", newCols)
        + " FROM "
        + target.sqlName()
        + " t";
  }

  /** The copy's columns that {@code target} also has, or null when it lacks any of them. */
  static List<Column> allColumnsIn(TableData copy, Table target) {
    for (Column col : copy.table().columns()) {
      if (target.column(col.name()) == null) {
        return null;
      }
    }
    return copy.table().columns();
  }

  static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + sql + ") counted")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
