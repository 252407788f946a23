package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells data that moved from data that was lost: a dropped column whose every value now stands in a
 * column the migration added (in the same rows, or anywhere in another table), or a dropped table
 * whose every row now stands in a table the migration created (a rename, a copy).
 */
final class MoveDetector {
  private static final int MAX_CANDIDATES = 50;

  private final DataSql sql;
  private final DataSnapshot before;
  private final Map<String, Table> now;

  MoveDetector(DataSql sql, DataSnapshot before, Map<String, Table> now) {
    this.sql = sql;
    this.before = before;
    this.now = now;
  }

  /** Columns that did not exist in the snapshot: where moved data can have gone. */
  private List<String[]> newColumns() {
    List<String[]> added = new ArrayList<>();
    for (Table t : now.values()) {
      TableData old = before.tables().get(t.qualifiedName());
      for (Column col : t.columns()) {
        if (old == null || old.table().column(col.name()) == null) {
          added.add(new String[] {t.qualifiedName(), col.name()});
        }
      }
    }
    return added.size() > MAX_CANDIDATES ? added.subList(0, MAX_CANDIDATES) : added;
  }

  DataLoss columnMoved(TableData old, Column dropped, Table current, DataLoss loss)
      throws SQLException {
    String value = "s." + sql.quote(dropped.name());
    for (String[] candidate : newColumns()) {
      Table target = now.get(candidate[0]);
      String other = candidate[1];
      boolean moved;
      if (target == current && CopyQueries.keyUsable(old, current)) {
        moved =
            CopyQueries.valuesStayInTheirRows(
                sql,
                old,
                dropped,
                current,
                sql.text("t." + sql.quote(other), current.column(other)));
      } else if (target != current) {
        moved =
            sql.setMissingCount(
                    CopyQueries.copyRows(sql, old, List.of(dropped), value + " IS NOT NULL"),
                    CopyQueries.tableRows(sql, target, List.of(other), null),
                    1)
                == 0;
      } else {
        continue;
      }
      if (moved) {
        return loss.movedTo(candidate[0] + "." + candidate[1]);
      }
    }
    return loss;
  }

  DataLoss tableMoved(TableData old, DataLoss loss) throws SQLException {
    for (Table candidate : now.values()) {
      if (before.tables().containsKey(candidate.qualifiedName())) {
        continue;
      }
      List<Column> columns = CopyQueries.allColumnsIn(old, candidate);
      if (columns != null && CopyQueries.allRowsIn(sql, old, candidate, columns)) {
        return loss.movedTo(candidate.qualifiedName());
      }
    }
    return loss;
  }
}
