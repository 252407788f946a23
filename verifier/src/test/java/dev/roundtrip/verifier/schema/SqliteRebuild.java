package dev.roundtrip.verifier.schema;

/**
 * A rebuild of a SQLite table, as SQLite teams change a column or a constraint (its {@code ALTER
 * TABLE} can do neither): the new table made, the rows copied, the old one dropped, the new one
 * renamed, then what else the table had (its indexes) made again.
 */
final class SqliteRebuild {

  private SqliteRebuild() {}

  /** {@code table} rebuilt with {@code columns}, all its columns copied, then {@code after}. */
  static String of(String table, String columns, String after) {
    return of(table, columns, "*", after);
  }

  /** A rebuild copying only the {@code copied} columns (a generated column takes no value). */
  static String of(String table, String columns, String copied, String after) {
    String into = copied.equals("*") ? "" : " (" + copied + ")";
    return "CREATE TABLE "
        + table
        + "_new ("
        + columns
        + ");\n"
        + "INSERT INTO "
        + table
        + "_new"
        + into
        + " SELECT "
        + copied
        + " FROM "
        + table
        + ";\n"
        + "DROP TABLE "
        + table
        + ";\n"
        + "ALTER TABLE "
        + table
        + "_new RENAME TO "
        + table
        + ";\n"
        + after;
  }
}
