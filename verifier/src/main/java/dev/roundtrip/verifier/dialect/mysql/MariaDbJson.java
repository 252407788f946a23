package dev.roundtrip.verifier.dialect.mysql;

/**
 * How MariaDB's information_schema shows a JSON column: a {@code longtext} column with a
 * column-level CHECK named after it, {@code json_valid(`column`)}. The schema snapshot and the
 * seeder both read a column as JSON, and leave that CHECK out of the table's own checks, by these
 * conditions, so that they agree on which columns are JSON.
 */
public final class MariaDbJson {
  /**
   * A {@code LEFT JOIN}, after {@code information_schema.COLUMNS} aliased {@code c}, of the JSON
   * checks of the databases read ({@code {databases}}, as {@link MySqlCatalog#query} binds it),
   * aliased {@code json_check}: read once per query, where a subquery per column would make the
   * server read the checks of every database again for each column.
   */
  public static final String JSON_CHECKS_JOIN =
      """
      LEFT JOIN (SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME
                 FROM information_schema.CHECK_CONSTRAINTS
                 WHERE CONSTRAINT_SCHEMA IN ({databases}) AND LEVEL = 'Column'
                   AND CHECK_CLAUSE = CONCAT('json_valid(`', CONSTRAINT_NAME, '`)')) json_check
        ON json_check.CONSTRAINT_SCHEMA = c.TABLE_SCHEMA AND json_check.TABLE_NAME = c.TABLE_NAME
          AND json_check.CONSTRAINT_NAME = c.COLUMN_NAME
      """;

  /** An SQL condition, with {@link #JSON_CHECKS_JOIN}, true where the column is a JSON column. */
  public static final String IS_JSON_COLUMN = "json_check.CONSTRAINT_NAME IS NOT NULL";

  /**
   * An SQL condition, over {@code information_schema.CHECK_CONSTRAINTS} unaliased, true where the
   * check is the one MariaDB adds to a JSON column rather than one a migration wrote.
   */
  public static final String IS_JSON_CHECK =
      "(LEVEL = 'Column' AND CHECK_CLAUSE = CONCAT('json_valid(`', CONSTRAINT_NAME, '`)'))";

  private MariaDbJson() {}
}
