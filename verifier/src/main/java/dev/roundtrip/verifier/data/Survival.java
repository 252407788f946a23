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
import java.util.Map;

/**
 * Whether data copied from a table or column that is gone still stands elsewhere in the database
 * now: in another column of the same rows (a column renamed back), or in another table with exactly
 * the same columns (a table renamed back).
 */
final class Survival {
  private final Connection c;
  private final Map<String, Table> now;

  Survival(Connection c, Map<String, Table> now) {
    this.c = c;
    this.now = now;
  }

  boolean columnSurvives(TableData copy, Column gone, Table current) throws SQLException {
    List<String> key = copy.table().key();
    if (key.isEmpty() || !key.stream().allMatch(k -> current.column(k) != null)) {
      return false;
    }
    List<String> on = new ArrayList<>();
    for (String k : key) {
      on.add("s." + Sql.quote(k) + " = t." + Sql.quote(k) + "::text");
    }
    String value = "s." + Sql.quote(gone.name());
    for (Column candidate : current.columns()) {
      String sql =
          "SELECT count(*) FROM "
              + copy.copy()
              + " s LEFT JOIN "
              + current.sqlName()
              + " t ON "
              + String.join(" AND ", on)
              + " WHERE "
              + value
              + " IS NOT NULL AND "
              + value
              + " IS DISTINCT FROM t."
              + Sql.quote(candidate.name())
              + "::text";
      if (count(sql) == 0) {
        return true;
      }
    }
    return false;
  }

  boolean tableSurvives(TableData copy) throws SQLException {
    for (Table candidate : now.values()) {
      if (candidate.columns().size() != copy.table().columns().size()) {
        continue;
      }
      List<String> oldCols = new ArrayList<>();
      List<String> newCols = new ArrayList<>();
      for (Column col : copy.table().columns()) {
        if (candidate.column(col.name()) == null) {
          break;
        }
        oldCols.add("s." + Sql.quote(col.name()));
        newCols.add("t." + Sql.quote(col.name()) + "::text");
      }
      if (oldCols.size() != copy.table().columns().size()) {
        continue;
      }
      String sql =
          "SELECT count(*) FROM (SELECT "
              + String.join(", ", oldCols)
              + " FROM "
              + copy.copy()
              + " s EXCEPT ALL SELECT "
              + String.join(", ", newCols)
              + " FROM "
              + candidate.sqlName()
              + " t) x";
      if (count(sql) == 0) {
        return true;
      }
    }
    return false;
  }

  private long count(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
