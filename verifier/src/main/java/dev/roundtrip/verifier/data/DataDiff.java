package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataLoss.Kind;
import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import dev.roundtrip.verifier.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the data of a snapshot with the database as it is now and names what is lost.
 *
 * <p>Values are compared as the database prints them, in fixed session settings. Where a column's
 * type changed, the new value is first cast back to the old type, so that a widening ({@code
 * numeric(10,2)} to {@code numeric(14,2)}, {@code int} to {@code bigint}) is no loss while
 * rounding, truncation or a lost time of day is. On MySQL and MariaDB text is compared in a binary
 * collation, so that a change of case, accents or trailing spaces is a change.
 */
public final class DataDiff {
  /** What to compare. */
  public enum Mode {
    /**
     * After an up: tables and columns dropped while holding data (unless the data moved to a new
     * column or table), rows deleted, and values changed by a change of their column's type. Other
     * value changes are data migrations, not losses.
     */
    UP,
    /** After a down or a second up: every row and value of the snapshot must be there unchanged. */
    EXACT,
    /**
     * After a down that follows writes under the new schema: every row of the snapshot must be
     * there (by primary key; a table without one must hold at least as many rows), its values free
     * to carry what was written after the up, as a rollback lets them.
     */
    ROWS
  }

  private final Dialect dialect;
  private final ConnectionSource database;
  private final List<String> schemas;
  private final Set<String> excludedTables;

  /**
   * Comparisons on {@code schemas} (on MySQL and MariaDB: databases) of {@code dialect}, with
   * snapshots taken as {@link DataSnapshot#take(Dialect, ConnectionSource, List, Set, String,
   * boolean)} on the same dialect, schemas and excluded tables.
   */
  public DataDiff(
      Dialect dialect,
      ConnectionSource database,
      List<String> schemas,
      Set<String> excludedTables) {
    this.dialect = dialect;
    this.database = database;
    this.schemas = List.copyOf(schemas);
    this.excludedTables = Set.copyOf(excludedTables);
  }

  /** What of {@code before}'s data is lost in the database now. */
  public List<DataLoss> lost(DataSnapshot before, Mode mode) throws SQLException {
    sameDialect(before);
    return lost(before, mode, tablesNow());
  }

  /**
   * What of {@code before}'s data is lost in the database now, whose tables are {@code tables} (as
   * {@link dev.roundtrip.verifier.catalog.Catalog#tables()} reads them).
   */
  public List<DataLoss> lost(DataSnapshot before, Mode mode, List<TableInfo> tables)
      throws SQLException {
    sameDialect(before);
    List<DataLoss> losses = new ArrayList<>();
    try (Connection c = database.open()) {
      DataSql sql = DataSql.open(dialect, c);
      Map<String, Table> now = SnapshotCatalog.of(tables);
      MoveDetector moves = new MoveDetector(sql, before, now);
      for (TableData old : before.tables().values()) {
        Table current = now.get(old.table().qualifiedName());
        if (current == null) {
          if (old.rows() > 0) {
            DataLoss loss =
                new DataLoss(
                    Kind.TABLE_DROPPED,
                    old.table().qualifiedName(),
                    null,
                    old.rows(),
                    old.rows(),
                    List.of(),
                    null);
            losses.add(mode == Mode.UP ? moves.tableMoved(old, loss) : loss);
          }
          continue;
        }
        List<Column> compared = new ArrayList<>();
        for (Column col : old.table().columns()) {
          Column now1 = current.column(col.name());
          long values = old.nonNull().getOrDefault(col.name(), 0L);
          if (now1 == null) {
            if (values > 0) {
              DataLoss loss =
                  new DataLoss(
                      Kind.COLUMN_DROPPED,
                      old.table().qualifiedName(),
                      col.name(),
                      values,
                      values,
                      List.of(),
                      null);
              losses.add(mode == Mode.UP ? moves.columnMoved(old, col, current, loss) : loss);
            }
          } else if (mode == Mode.EXACT || (mode == Mode.UP && !now1.type().equals(col.type()))) {
            compared.add(col);
          }
        }
        if (old.rows() > 0) {
          losses.addAll(new RowComparison(sql, old, current, compared).run());
        }
      }
    }
    return losses;
  }

  /**
   * Data written after an up into tables or columns that only the up created and that are gone now,
   * their values nowhere else (a down that renames a column back keeps them): what any rollback
   * discards. Counts what {@code written} holds beyond what the up itself put there ({@code
   * afterUp}), since the up puts that back when applied again. {@code written} must hold copies of
   * the values.
   */
  public List<DataLoss> discarded(DataSnapshot before, DataSnapshot afterUp, DataSnapshot written)
      throws SQLException {
    sameDialect(before);
    sameDialect(afterUp);
    sameDialect(written);
    return discarded(before, afterUp, written, tablesNow());
  }

  /**
   * {@link #discarded(DataSnapshot, DataSnapshot, DataSnapshot)}, the tables now being {@code
   * tables}.
   */
  public List<DataLoss> discarded(
      DataSnapshot before, DataSnapshot afterUp, DataSnapshot written, List<TableInfo> tables)
      throws SQLException {
    sameDialect(before);
    sameDialect(afterUp);
    sameDialect(written);
    List<DataLoss> discarded = new ArrayList<>();
    try (Connection c = database.open()) {
      DataSql sql = DataSql.open(dialect, c);
      Map<String, Table> now = SnapshotCatalog.of(tables);
      Survival survival = new Survival(sql, now);
      for (TableData t : written.tables().values()) {
        String name = t.table().qualifiedName();
        TableData old = before.tables().get(name);
        TableData up = afterUp.tables().get(name);
        Table current = now.get(name);
        if (current == null && old == null) {
          long rows = t.rows() - (up == null ? 0 : up.rows());
          if (rows > 0 && !survival.tableSurvives(t)) {
            discarded.add(
                new DataLoss(Kind.TABLE_DROPPED, name, null, rows, t.rows(), List.of(), null));
          }
          continue;
        }
        if (current == null || old == null) {
          continue;
        }
        for (Column col : t.table().columns()) {
          if (old.table().column(col.name()) != null || current.column(col.name()) != null) {
            continue;
          }
          long values =
              t.nonNull().getOrDefault(col.name(), 0L)
                  - (up == null ? 0 : up.nonNull().getOrDefault(col.name(), 0L));
          if (values > 0 && !survival.columnSurvives(t, col, current)) {
            discarded.add(
                new DataLoss(
                    Kind.COLUMN_DROPPED,
                    name,
                    col.name(),
                    values,
                    t.nonNull().get(col.name()),
                    List.of(),
                    null));
          }
        }
      }
    }
    return discarded;
  }

  private void sameDialect(DataSnapshot snapshot) {
    if (snapshot.dialect() != dialect) {
      throw new IllegalArgumentException(
          "a snapshot taken on "
              + snapshot.dialect().displayName()
              + " cannot be compared on "
              + dialect.displayName());
    }
  }

  private List<TableInfo> tablesNow() throws SQLException {
    try (Connection c = database.open()) {
      return dialect.catalogReader().tables(c, schemas, excludedTables);
    }
  }
}
