package dev.roundtrip.verifier.dialect.mysql;

import java.util.regex.Pattern;

/**
 * Recognizes the names MySQL and MariaDB make up for objects created without one. A name the
 * project chose that happens to follow the same pattern cannot be told apart and is treated the
 * same.
 *
 * <ul>
 *   <li>a foreign key: {@code <table>_ibfk_<n>} (InnoDB);
 *   <li>a table check constraint: {@code CONSTRAINT_<n>} (MariaDB) or {@code <table>_chk_<n>}
 *       (MySQL);
 *   <li>an index, unique or not: its first column, or that with {@code _<n>} when the name was
 *       taken ({@code email}, {@code email_2}); {@code functional_index} and {@code
 *       functional_index_<n>} for one that starts with an expression (MySQL).
 * </ul>
 */
final class MySqlNames {
  private static final String NUMBER = "[1-9][0-9]*";
  private static final Pattern MARIADB_CHECK = Pattern.compile("CONSTRAINT_" + NUMBER);

  private MySqlNames() {}

  static boolean foreignKey(String table, String name) {
    return matches(name, Pattern.quote(table) + "_ibfk_" + NUMBER);
  }

  static boolean check(String table, String name) {
    return MARIADB_CHECK.matcher(name).matches()
        || matches(name, Pattern.quote(table) + "_chk_" + NUMBER);
  }

  /**
   * @param firstColumn the column of the index's first key part, or null when that is an expression
   */
  static boolean index(String firstColumn, String name) {
    String base = firstColumn == null ? "functional_index" : firstColumn;
    return matches(name, Pattern.quote(base) + "(_" + NUMBER + ")?");
  }

  /** Names of tables, columns and indexes compare without regard to case in MySQL. */
  private static boolean matches(String name, String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(name)
        .matches();
  }
}
