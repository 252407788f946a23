package dev.roundtrip.bench;

import java.util.List;

/**
 * Migrations in MariaDB's SQL. A type change restates the whole column ({@code MODIFY}); a down
 * that narrows a type first cuts the values written after the widening, since MariaDB in strict
 * mode refuses to truncate them.
 */
final class MariaDbFlavor implements Flavor {

  @Override
  public String id() {
    return "mariadb";
  }

  @Override
  public String typeSql(ColumnType type) {
    return switch (type.kind()) {
      case VARCHAR -> "VARCHAR(" + type.size() + ")";
      case INT -> "INT";
      case BIGINT -> "BIGINT";
      case NUMERIC -> "DECIMAL(" + type.size() + ", " + type.scale() + ")";
      case TEXT -> "TEXT";
      case BOOLEAN -> "BOOLEAN";
      case TIMESTAMP -> "DATETIME(6)";
      case DATE -> "DATE";
    };
  }

  @Override
  public String idColumn() {
    return "id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY";
  }

  @Override
  public List<String> createTable(Table table) {
    // InnoDB indexes each foreign key itself, under the constraint's name
    return List.of(createTableStatement(table));
  }

  @Override
  public List<String> widen(Table table, Column column, ColumnType wider) {
    return List.of(modify(table, column, wider));
  }

  @Override
  public List<String> narrow(Table table, Column column, ColumnType narrower) {
    String c = column.name;
    String cut =
        switch (narrower.kind()) {
          case VARCHAR ->
              "UPDATE "
                  + table.name
                  + " SET "
                  + c
                  + " = LEFT("
                  + c
                  + ", "
                  + narrower.size()
                  + ") WHERE CHAR_LENGTH("
                  + c
                  + ") > "
                  + narrower.size();
          case INT, NUMERIC ->
              "UPDATE "
                  + table.name
                  + " SET "
                  + c
                  + " = CASE WHEN "
                  + c
                  + " > 0 THEN "
                  + narrower.maxLiteral()
                  + " ELSE "
                  + narrower.minLiteral()
                  + " END WHERE "
                  + c
                  + " > "
                  + narrower.maxLiteral()
                  + " OR "
                  + c
                  + " < "
                  + narrower.minLiteral();
          default -> throw new IllegalArgumentException("no narrowing to " + narrower);
        };
    return List.of(cut, modify(table, column, narrower));
  }

  private String modify(Table table, Column column, ColumnType type) {
    return "ALTER TABLE " + table.name + " MODIFY COLUMN " + columnSql(column, type);
  }

  @Override
  public List<String> addForeignKey(Table child, Table.ForeignKey fk, String indexName) {
    return List.of(
        "ALTER TABLE "
            + child.name
            + " ADD COLUMN "
            + fk.column().name
            + " BIGINT NULL, ADD INDEX "
            + indexName
            + " ("
            + fk.column().name
            + "), ADD CONSTRAINT "
            + fk.name()
            + " FOREIGN KEY ("
            + fk.column().name
            + ") REFERENCES "
            + fk.parent().name
            + " (id) ON DELETE SET NULL");
  }

  @Override
  public List<String> dropForeignKey(Table child, Table.ForeignKey fk, String indexName) {
    return List.of(
        "ALTER TABLE "
            + child.name
            + " DROP FOREIGN KEY "
            + fk.name()
            + ", DROP INDEX "
            + indexName
            + ", DROP COLUMN "
            + fk.column().name);
  }

  @Override
  public String dropIndex(Table table, String name) {
    return "DROP INDEX " + name + " ON " + table.name;
  }
}
