package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataLoss.Kind;
import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * differences are streamed from the database; a few of them are kept as samples.
 */
final class RowComparison {
  static final int SAMPLES = 3;
  private static final String PRESENT = "roundtrip present";

  private final Connection c;
  private final TableData old;
  private final Table current;
  private final List<Column> compared;

  RowComparison(Connection c, TableData old, Table current, List<Column> compared) {
    this.c = c;
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

  /** The new value as text, cast back to the old type where the type changed and still exists. */
  private String newValue(Column col, boolean castBack) throws SQLException {
    Column now = current.column(col.name());
    String ref = "t." + Sql.quote(col.name());
    if (castBack && !now.type().equals(col.type()) && typeExists(col.type())) {
      return "((" + ref + ")::" + col.type() + ")::text";
    }
    return ref + "::text";
  }

  private boolean typeExists(String type) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regtype(?) IS NOT NULL")) {
      ps.setString(1, type);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private List<DataLoss> keyed(boolean castBack) throws SQLException {
    List<String> key = old.table().key();
    StringBuilder sql =
        new StringBuilder("SELECT t.").append(Sql.quote(PRESENT)).append(" IS NULL");
    for (String k : key) {
      sql.append(", s.").append(Sql.quote(k));
    }
    List<String> newValues = new ArrayList<>();
    for (Column col : compared) {
      String v = newValue(col, castBack);
      newValues.add(v);
      sql.append(", s.").append(Sql.quote(col.name())).append(", ").append(v);
    }
    sql.append(" FROM ")
        .append(old.copy())
        .append(" s LEFT JOIN (SELECT true AS ")
        .append(Sql.quote(PRESENT))
        .append(", * FROM ")
        .append(current.sqlName())
        .append(") t ON ");
    sql.append(CopyQueries.keyJoin(old))
        .append(" WHERE t.")
        .append(Sql.quote(PRESENT))
        .append(" IS NULL");
    for (int i = 0; i < compared.size(); i++) {
      sql.append(" OR s.")
          .append(Sql.quote(compared.get(i).name()))
          .append(" IS DISTINCT FROM ")
          .append(newValues.get(i));
    }
    c.setAutoCommit(false);
    Tally missing = new Tally(Kind.ROWS_MISSING, null, old.rows());
    Map<String, Tally> changed = new LinkedHashMap<>();
    Map<String, Tally> nulled = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      s.setFetchSize(500);
      try (ResultSet rs = s.executeQuery(sql.toString())) {
        while (rs.next()) {
          String keyText = keyText(rs, key);
          if (rs.getBoolean(1)) {
            missing.add(keyText);
            continue;
          }
          int base = 2 + key.size();
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
        }
      }
    }
    c.commit();
    List<DataLoss> losses = new ArrayList<>();
    missing.addTo(losses, old);
    changed.values().forEach(t -> t.addTo(losses, old));
    nulled.values().forEach(t -> t.addTo(losses, old));
    return losses;
  }

  private static String keyText(ResultSet rs, List<String> key) throws SQLException {
    if (key.size() == 1) {
      return key.get(0) + "=" + rs.getString(2);
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      values.add(rs.getString(2 + i));
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
    long rowsNow = CopyQueries.count(c, "SELECT 1 FROM " + current.sqlName());
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
    String except = CopyQueries.missingRows(old, current, columns);
    long count;
    List<String> samples = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      count = CopyQueries.count(c, except);
      if (count > 0) {
        try (ResultSet rs = s.executeQuery(except + " LIMIT " + SAMPLES)) {
          while (rs.next()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
              values.add(columns.get(i).name() + "=" + Sql.show(rs.getString(i + 1)));
            }
            samples.add("(" + String.join(", ", values) + ")");
          }
        }
      }
    }
    if (count > 0) {
      losses.add(
          new DataLoss(
              Kind.ROWS_CHANGED,
              old.table().qualifiedName(),
              null,
              count,
              old.rows(),
              samples,
              null));
    }
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
