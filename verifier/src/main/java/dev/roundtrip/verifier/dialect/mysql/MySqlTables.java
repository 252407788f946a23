package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.TableInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of MySQL-family databases as the seeder sees them, with what only the MySQL family
 * has.
 *
 * @param tables the tables, in name order
 * @param sqlNames each table's name and each foreign key's parent's, as {@code `db`.`table`}, by
 *     qualified name
 * @param nonTransactional qualified names of tables whose engine does not roll a failed statement
 *     back (MyISAM, Aria, MEMORY, ...)
 * @param onUpdate per qualified table name, the columns set to the current time by {@code ON UPDATE
 *     CURRENT_TIMESTAMP} when a row changes
 */
record MySqlTables(
    List<TableInfo> tables,
    Map<String, String> sqlNames,
    Set<String> nonTransactional,
    Map<String, List<String>> onUpdate) {

  MySqlTables {
    tables = List.copyOf(tables);
    sqlNames = Map.copyOf(sqlNames);
    nonTransactional = Set.copyOf(nonTransactional);
    onUpdate = Map.copyOf(onUpdate);
  }

  /** {@code `db`.`table`} for a qualified name. */
  String sqlName(String qualifiedName) {
    String name = sqlNames.get(qualifiedName);
    if (name == null) {
      throw new IllegalArgumentException("no table " + qualifiedName + " in the catalog");
    }
    return name;
  }

  /** The table with the qualified name, or null when it is in a database not read. */
  TableInfo table(String qualifiedName) {
    return tables.stream()
        .filter(t -> t.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElse(null);
  }

  /** A name in back quotes, inner back quotes doubled. */
  static String quote(String identifier) {
    return MySqlIdentifiers.quote(identifier);
  }
}
