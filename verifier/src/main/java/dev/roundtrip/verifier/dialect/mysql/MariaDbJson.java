package dev.roundtrip.verifier.dialect.mysql;

/**
 * How MariaDB's information_schema shows a JSON column: a {@code longtext} column with a
 * column-level CHECK named after it, {@code json_valid(`column`)}. The schema snapshot and the
 * seeder both read a column as JSON, and leave that CHECK out of the table's own checks, by these
 * conditions, so that they agree on which columns are JSON.
 */
public final class MariaDbJson {
  /**
   * An SQL condition, over {@code information_schema.COLUMNS} aliased {@code c}, true where the
   * column is a JSON column.
   */
  public static final String IS_JSON_COLUMN =
      """
      EXISTS (SELECT 1 FROM information_schema.CHECK_CONSTRAINTS k
              WHERE k.CONSTRAINT_SCHEMA = c.TABLE_SCHEMA AND k.TABLE_NAME = c.TABLE_NAME
                AND k.LEVEL = 'Column' AND k.CONSTRAINT_NAME = c.COLUMN_NAME
                AND k.CHECK_CLAUSE = CONCAT('json_valid(`', c.COLUMN_NAME, '`)'))
      """;

  /**
   * An SQL condition, over {@code information_schema.CHECK_CONSTRAINTS} unaliased, true where the
   * check is the one MariaDB adds to a JSON column rather than one a migration wrote.
   */
  public static final String IS_JSON_CHECK =
      "(LEVEL = 'Column' AND CHECK_CLAUSE = CONCAT('json_valid(`', CONSTRAINT_NAME, '`)'))";

  private MariaDbJson() {}
}
