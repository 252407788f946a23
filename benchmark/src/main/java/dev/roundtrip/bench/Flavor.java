package dev.roundtrip.bench;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL a generated migration is written in, for one dialect: the statements differ where the
 * dialects do (identity columns, changing a column's type, dropping a foreign key or an index).
 */
interface Flavor {

  /** The dialect id, as Roundtrip names it. */
  String id();

  /** The type as this dialect writes it. */
  String typeSql(ColumnType type);

  /** The definition of the primary key column {@code id}. */
  String idColumn();

  /** The statements that create {@code table}, its foreign keys and their indexes. */
  List<String> createTable(Table table);

  /** The statements that change {@code column} (holding its old type) to {@code wider}. */
  List<String> widen(Table table, Column column, ColumnType wider);

  /**
   * The statements that change {@code column} (holding the wider type) back to {@code narrower},
   * values written after the widening cut to what the narrower type holds.
   */
  List<String> narrow(Table table, Column column, ColumnType narrower);

  /** The statements that add the nullable column and its foreign key, with an index on it. */
  List<String> addForeignKey(Table child, Table.ForeignKey fk, String indexName);

  /** The statements that drop the foreign key, its index and its column. */
  List<String> dropForeignKey(Table child, Table.ForeignKey fk, String indexName);

  /** The statement that drops index {@code name} of {@code table}. */
  String dropIndex(Table table, String name);

  /** The definition of a column of this dialect, with its type. */
  default String columnSql(Column column, ColumnType type) {
    return column.name
        + " "
        + typeSql(type)
        + (column.nullable ? "" : " NOT NULL")
        + (column.defaultLiteral == null ? "" : " DEFAULT " + column.defaultLiteral);
  }

  default String columnSql(Column column) {
    return columnSql(column, column.type);
  }

  default String addColumn(Table table, Column column) {
    return "ALTER TABLE " + table.name + " ADD COLUMN " + columnSql(column);
  }

  default String dropColumn(Table table, Column column) {
    return "ALTER TABLE " + table.name + " DROP COLUMN " + column.name;
  }

  default String renameColumn(Table table, String from, String to) {
    return "ALTER TABLE " + table.name + " RENAME COLUMN " + from + " TO " + to;
  }

  default String createIndex(Table table, Table.Index index) {
    return "CREATE INDEX "
        + index.name()
        + " ON "
        + table.name
        + " ("
        + index.columns().stream().map(c -> c.name).collect(Collectors.joining(", "))
        + ")";
  }

  default String dropTable(Table table) {
    return "DROP TABLE " + table.name;
  }

  /** {@code CREATE TABLE} with the columns and foreign keys the table has now. */
  default String createTableStatement(Table table) {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table.name).append(" (\n");
    sql.append("  ").append(idColumn());
    for (Column column : table.columns) {
      sql.append(",\n  ").append(columnSql(column));
    }
    for (Table.ForeignKey fk : table.foreignKeys) {
      sql.append(",\n  CONSTRAINT ")
          .append(fk.name())
          .append(" FOREIGN KEY (")
          .append(fk.column().name)
          .append(") REFERENCES ")
          .append(fk.parent().name)
          .append(" (id) ON DELETE CASCADE");
    }
    return sql.append("\n)").toString();
  }

  /** The flavor of the dialect {@code id}: {@code postgresql} or {@code mariadb}. */
  static Flavor of(String id) {
    return switch (id) {
      case "postgresql" -> new PostgresFlavor();
      case "mariadb" -> new MariaDbFlavor();
      default ->
          throw new IllegalArgumentException(
              "no benchmark history for dialect '" + id + "': use postgresql or mariadb");
    };
  }
}
