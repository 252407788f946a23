package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataLoss.Kind;
import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares one table's copy with the table as it is now: by primary key where the key survived
 * (rows gone, values changed or nulled, per column), as a multiset of rows otherwise. Only the
 * differences are streamed from the database; a few of them are kept as samples. The key is
 * compared like the values: cast back to its old type where its type changed.
 */
final class RowComparison {
  static final int SAMPLES = 3;

  private final DataSql sql;
  private final Connection c;
  private final TableData old;
  private final Table current;
  private final List<Column> compared;

  RowComparison(DataSql sql, TableData old, Table current, List<Column> compared) {
    this.sql = sql;
    this.c = sql.connection();
    this.old = old;
    this.current = current;
    this.compared = compared;
  }

  List<DataLoss> run() throws SQLException {
    if (!CopyQueries.keyUsable(old, current)) {
      return multiset();
    }
    try {
      return keyed(true);
    } catch (SQLException castFailed) {
      if (!c.getAutoCommit()) {
        c.rollback();
      }
      return keyed(false);
    } finally {
      c.setAutoCommit(true);
    }
  }

  /**
   * The value of {@code col} now as text, cast back to its old type where the type changed and a
   * cast to it exists.
   */
  private String newValue(Column col, boolean castBack) throws SQLException {
    Column now = current.column(col.name());
    String ref = "t." + sql.quote(col.name());
    if (castBack && !now.type().equals(col.type())) {
      String cast = sql.castBack(ref, col);
      if (cast != null) {
        return cast;
      }
    }
    return sql.text(ref, now);
  }

  private List<DataLoss> keyed(boolean castBack) throws SQLException {
    List<String> key = old.table().key();
    List<String> keys = new ArrayList<>();
    for (String k : key) {
      keys.add(newValue(old.table().column(k), castBack));
    }
    Tally missing = new Tally(Kind.ROWS_MISSING, null, old.rows());
    Map<String, Tally> changed = new LinkedHashMap<>();
    Map<String, Tally> nulled = new LinkedHashMap<>();
    c.setAutoCommit(false);
    if (!compared.isEmpty()) {
      List<String> select = new ArrayList<>();
      for (String k : key) {
        select.add("s." + sql.quote(k));
      }
      List<String> differs = new ArrayList<>();
      for (Column col : compared) {
        String before = "s." + sql.quote(col.name());
        String after = newValue(col, castBack);
        select.add(before);
        select.add(after);
        differs.add(sql.distinct(before, after));
      }
      stream(
          "SELECT "
              + String.join(", ", select)
              + " FROM "
              + sql.keyedJoin(old, current, keys)
              + " WHERE "
              + String.join(" OR ", differs),
          rs -> {
            String keyText = keyText(rs, key);
            int base = 1 + key.size();
            for (int i = 0; i < compared.size(); i++) {
              String before = rs.getString(base + 2 * i);
              String after = rs.getString(base + 2 * i + 1);
              if (before == null ? after == null : before.equals(after)) {
                continue;
              }
              String name = compared.get(i).name();
              long total = old.rows();
              Map<String, Tally> into = after == null ? nulled : changed;
              into.computeIfAbsent(
                      name,
                      n ->
                          new Tally(
                              after == null ? Kind.VALUES_NULLED : Kind.VALUES_CHANGED, n, total))
                  .add(keyText + ": " + Sql.show(before) + " -> " + Sql.show(after));
            }
          });
    }
    if (sql.countMatched(old, current, keys, null) < old.rows()) {
      stream(CopyQueries.missingKeys(sql, old, current, keys), rs -> missing.add(keyText(rs, key)));
    }
    c.commit();
    List<DataLoss> losses = new ArrayList<>();
    missing.addTo(losses, old);
    changed.values().forEach(t -> t.addTo(losses, old));
    nulled.values().forEach(t -> t.addTo(losses, old));
    return losses;
  }

  /** What to do with one row of a result. */
  @FunctionalInterface
  private interface RowHandler {
    void accept(ResultSet rs) throws SQLException;
  }

  private void stream(String query, RowHandler handler) throws SQLException {
    try (Statement s = c.createStatement()) {
      sql.stream(s);
      try (ResultSet rs = s.executeQuery(query)) {
        while (rs.next()) {
          handler.accept(rs);
        }
      }
    }
  }

  private static String keyText(ResultSet rs, List<String> key) throws SQLException {
    if (key.size() == 1) {
      return key.get(0) + "=" + rs.getString(1);
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      values.add(rs.getString(1 + i));
    }
    return "(" + String.join(", ", key) + ")=(" + String.join(", ", values) + ")";
  }

  /** Rows of a table without a usable key: the copy's rows missing from the table, as a bag. */
  private List<DataLoss> multiset() throws SQLException {
    List<Column> columns = new ArrayList<>();
    for (Column col : old.table().columns()) {
      if (current.column(col.name()) != null && compared.contains(col)) {
        columns.add(col);
      }
    }
    List<DataLoss> losses = new ArrayList<>();
    long rowsNow = CopyQueries.count(sql, "SELECT 1 FROM " + current.sqlName());
    if (columns.isEmpty()) {
      if (rowsNow < old.rows()) {
        losses.add(
            new DataLoss(
                Kind.ROWS_MISSING,
                old.table().qualifiedName(),
                null,
                old.rows() - rowsNow,
                old.rows(),
                List.of(),
                null));
      }
      return losses;
    }
    String left = CopyQueries.copyRows(sql, old, columns, null);
    String right = CopyQueries.tableRows(sql, current, CopyQueries.names(columns), null);
    long count = sql.bagMissingCount(left, right, columns.size());
    if (count == 0) {
      return losses;
    }
    List<String> samples = new ArrayList<>();
    for (DataSql.MissingRow row : sql.bagMissingSamples(left, right, columns.size(), SAMPLES)) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        values.add(columns.get(i).name() + "=" + Sql.show(row.values().get(i)));
      }
      String sample = "(" + String.join(", ", values) + ")";
      for (long times = row.times(); times > 0 && samples.size() < SAMPLES; times--) {
        samples.add(sample);
      }
    }
    losses.add(
        new DataLoss(
            Kind.ROWS_CHANGED,
            old.table().qualifiedName(),
            null,
            count,
            old.rows(),
            samples,
            null));
    return losses;
  }

  /** Counts one kind of difference and keeps the first samples. */
  private static final class Tally {
    private final Kind kind;
    private final String column;
    private final long total;
    private final List<String> samples = new ArrayList<>();
    private long count;

    Tally(Kind kind, String column, long total) {
      this.kind = kind;
      this.column = column;
      this.total = total;
    }

    void add(String sample) {
      count++;
      if (samples.size() < SAMPLES) {
        samples.add(sample);
      }
    }

    void addTo(List<DataLoss> losses, TableData old) {
      if (count > 0) {
        losses.add(
            new DataLoss(kind, old.table().qualifiedName(), column, count, total, samples, null));
      }
    }
  }
}
