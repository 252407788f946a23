package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.Connection;
import java.sql.SQLException;
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
    if (!CopyQueries.keyUsable(copy, current)) {
      return false;
    }
    String value = "s." + Sql.quote(gone.name());
    for (Column candidate : current.columns()) {
      String sql =
          "SELECT 1 FROM "
              + copy.copy()
              + " s LEFT JOIN "
              + current.sqlName()
              + " t ON "
              + CopyQueries.keyJoin(copy)
              + " WHERE "
              + value
              + " IS NOT NULL AND "
              + value
              + " IS DISTINCT FROM t."
              + Sql.quote(candidate.name())
              + "::text";
      if (CopyQueries.count(c, sql) == 0) {
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
      List<Column> columns = CopyQueries.allColumnsIn(copy, candidate);
      if (columns != null
          && CopyQueries.count(c, CopyQueries.missingRows(copy, candidate, columns)) == 0) {
        return true;
      }
    }
    return false;
  }
}
