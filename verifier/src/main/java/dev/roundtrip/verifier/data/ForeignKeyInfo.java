package dev.roundtrip.verifier.data;

import java.util.List;

/**
 * A foreign key of a table.
 *
 * @param name the constraint name
 * @param columns the referencing columns, in key order
 * @param parent the referenced table, qualified as {@link TableInfo#qualifiedName()}
 * @param parentColumns the referenced columns, in key order
 * @param parentSqlName the referenced table as written in SQL, qualified and quoted (it may be in a
 *     schema the catalog was not read for)
 */
public record ForeignKeyInfo(
    String name,
    List<String> columns,
    String parent,
    List<String> parentColumns,
    String parentSqlName) {
  public ForeignKeyInfo {
    columns = List.copyOf(columns);
    parentColumns = List.copyOf(parentColumns);
  }

  /**
   * A foreign key whose parent's SQL name is {@code parent} (which must then be valid SQL for it,
   * as PostgreSQL's {@code quote_ident} form is).
   */
  public ForeignKeyInfo(
      String name, List<String> columns, String parent, List<String> parentColumns) {
    this(name, columns, parent, parentColumns, parent);
  }

  boolean selfReference(TableInfo table) {
    return parent.equals(table.qualifiedName());
  }
}
