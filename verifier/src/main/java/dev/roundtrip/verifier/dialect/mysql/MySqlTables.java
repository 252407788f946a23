package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.ColumnInfo;
import dev.roundtrip.verifier.data.TableInfo;
import java.util.HashMap;
import java.util.HashSet;
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

  /** The seeder's view of tables read by {@link MySqlTableCatalog}. */
  static MySqlTables of(List<TableInfo> tables) {
    Map<String, String> sqlNames = new HashMap<>();
    Set<String> nonTransactional = new HashSet<>();
    Map<String, List<String>> onUpdate = new HashMap<>();
    for (TableInfo t : tables) {
      sqlNames.put(t.qualifiedName(), t.sqlName());
      t.foreignKeys().forEach(fk -> sqlNames.putIfAbsent(fk.parent(), fk.parentSqlName()));
      if (!t.transactional()) {
        nonTransactional.add(t.qualifiedName());
      }
      List<String> set =
          t.columns().stream().filter(ColumnInfo::onUpdate).map(ColumnInfo::name).toList();
      if (!set.isEmpty()) {
        onUpdate.put(t.qualifiedName(), set);
      }
    }
    return new MySqlTables(tables, sqlNames, nonTransactional, onUpdate);
  }

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
