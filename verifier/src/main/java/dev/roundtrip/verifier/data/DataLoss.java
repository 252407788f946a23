package dev.roundtrip.verifier.data;

import java.util.List;

/**
 * Data of a snapshot that is not in the database as it was: which table and column, how many of how
 * many values, and a few sample rows with their keys as evidence.
 *
 * @param kind what was lost
 * @param table the table, {@code schema.table}
 * @param column the column, or null when the loss is about whole rows or a whole table
 * @param count how many rows or values are affected
 * @param total out of how many: the rows of the table, or for a dropped column its non-NULL values
 * @param samples a few affected rows, e.g. {@code id=3: '2024-02-29 13:45:00+00' -> NULL}
 * @param movedTo where the data now lives, when it was moved rather than lost; otherwise null
 */
public record DataLoss(
    Kind kind,
    String table,
    String column,
    long count,
    long total,
    List<String> samples,
    String movedTo) {

  /** The kinds of loss. */
  public enum Kind {
    /** The table is gone while it held rows. */
    TABLE_DROPPED,
    /** The column is gone while it held non-NULL values. */
    COLUMN_DROPPED,
    /** Rows (by primary key) are gone. */
    ROWS_MISSING,
    /** Values are different (rounded, truncated, replaced). */
    VALUES_CHANGED,
    /** Values became NULL. */
    VALUES_NULLED,
    /** Rows of a table without a primary key are gone or different. */
    ROWS_CHANGED
  }

  public DataLoss {
    samples = List.copyOf(samples);
  }

  /** {@code schema.table.column}, or the table when there is no column. */
  public String target() {
    return column == null ? table : table + "." + column;
  }

  public boolean moved() {
    return movedTo != null;
  }

  /** The same loss, found to have moved to {@code where}. */
  DataLoss movedTo(String where) {
    return new DataLoss(kind, table, column, count, total, samples, where);
  }
}
