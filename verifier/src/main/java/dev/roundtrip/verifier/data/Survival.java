package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Whether data copied from a table or column that is gone still stands elsewhere in the database
 * now: in another column of the same rows (a column renamed back), or in another table with exactly
 * the same columns (a table renamed back).
 */
final class Survival {
  private final DataSql sql;
  private final Map<String, Table> now;

  Survival(DataSql sql, Map<String, Table> now) {
    this.sql = sql;
    this.now = now;
  }

  boolean columnSurvives(TableData copy, Column gone, Table current) throws SQLException {
    if (!CopyQueries.keyUsable(copy, current)) {
      return false;
    }
    for (Column candidate : current.columns()) {
      String value = sql.text("t." + sql.quote(candidate.name()), candidate);
      if (CopyQueries.valuesStayInTheirRows(sql, copy, gone, current, value)) {
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
      if (columns != null && CopyQueries.allRowsIn(sql, copy, candidate, columns)) {
        return true;
      }
    }
    return false;
  }
}
