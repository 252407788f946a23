package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL shared by the comparisons of a copy ({@code s}) with a table as it is now ({@code t}): rows
 * and values by the copy's primary key, and the rows of the copy as a bag.
 */
final class CopyQueries {
  private CopyQueries() {}

  /** Whether the copy's primary key still exists, column by column, in {@code current}. */
  static boolean keyUsable(TableData copy, Table current) {
    List<String> key = copy.table().key();
    return !key.isEmpty() && key.stream().allMatch(k -> current.column(k) != null);
  }

  /**
   * A query for the primary keys of the copy's rows that have no row in {@code current} with the
   * same {@code keys} (expressions over {@code t}, one per key column). The keys of {@code current}
   * are distinct, so that MySQL and MariaDB build them into a table with an index rather than look
   * each key up in all of {@code current}.
   */
  static String missingKeys(DataSql sql, TableData copy, Table current, List<String> keys) {
    List<String> key = copy.table().key();
    List<String> select = new ArrayList<>();
    List<String> project = new ArrayList<>();
    List<String> on = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String alias = sql.quote("k" + i);
      select.add(keys.get(i) + " AS " + alias);
      project.add("s." + sql.quote(key.get(i)));
      on.add("n." + alias + " = s." + sql.quote(key.get(i)));
    }
    return "SELECT "
        + String.join(", ", project)
        + " FROM "
        + copy.copy()
        + " s LEFT JOIN (SELECT DISTINCT "
        + String.join(", ", select)
        + " FROM "
        + current.sqlName()
        + " t) n ON "
        + String.join(" AND ", on)
        + " WHERE n."
        + sql.quote("k0")
        + " IS NULL";
  }

  /**
   * Whether every non-NULL value of the copy's {@code column} stands, unchanged, in the same row of
   * {@code current} as {@code value} (an expression over {@code t}).
   */
  static boolean valuesStayInTheirRows(
      DataSql sql, TableData copy, Column column, Table current, String value) throws SQLException {
    String old = "s." + sql.quote(column.name());
    long kept =
        sql.countMatched(
            copy,
            current,
            keyText(sql, copy, current),
            old + " IS NOT NULL AND NOT (" + sql.distinct(old, value) + ")");
    return kept == copy.nonNull().getOrDefault(column.name(), 0L);
  }

  /** The primary key of the copy, as text of the columns of {@code current}. */
  static List<String> keyText(DataSql sql, TableData copy, Table current) {
    List<String> keys = new ArrayList<>();
    for (String k : copy.table().key()) {
      keys.add(sql.text("t." + sql.quote(k), current.column(k)));
    }
    return keys;
  }

  /** {@code SELECT s.a AS c0, ... FROM copy s}, with a condition if {@code where} is not null. */
  static String copyRows(DataSql sql, TableData copy, List<Column> columns, String where) {
    List<String> select = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      select.add("s." + sql.quote(columns.get(i).name()) + " AS " + sql.quote(DataSql.alias(i)));
    }
    return "SELECT "
        + String.join(", ", select)
        + " FROM "
        + copy.copy()
        + " s"
        + (where == null ? "" : " WHERE " + where);
  }

  /**
   * {@code SELECT <text of t.a> AS c0, ... FROM target t} over {@code columns} of {@code target},
   * with a condition if {@code where} is not null.
   */
  static String tableRows(DataSql sql, Table target, List<String> columns, String where) {
    List<String> select = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i);
      select.add(
          sql.text("t." + sql.quote(name), target.column(name))
              + " AS "
              + sql.quote(DataSql.alias(i)));
    }
    return "SELECT "
        + String.join(", ", select)
        + " FROM "
        + target.sqlName()
        + " t"
        + (where == null ? "" : " WHERE " + where);
  }

  /** Whether {@code target} holds every row of the copy over {@code columns}, as many times. */
  static boolean allRowsIn(DataSql sql, TableData copy, Table target, List<Column> columns)
      throws SQLException {
    return sql.bagMissingCount(
            copyRows(sql, copy, columns, null),
            tableRows(sql, target, names(columns), null),
            columns.size())
        == 0;
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

  static List<String> names(List<Column> columns) {
    return columns.stream().map(Column::name).toList();
  }

  /** The number of rows of {@code query}. */
  static long count(DataSql sql, String query) throws SQLException {
    return sql.number("SELECT count(*) FROM (" + query + ") counted");
  }
}
