package dev.roundtrip.verifier.data;

import java.util.List;

/**
 * A foreign key of a table.
 *
 * @param name the constraint name
 * @param columns the referencing columns, in key order
 * @param parent the referenced table, qualified as {@link TableInfo#qualifiedName()}
 * @param parentColumns the referenced columns, in key order
 */
public record ForeignKeyInfo(
    String name, List<String> columns, String parent, List<String> parentColumns) {
  public ForeignKeyInfo {
    columns = List.copyOf(columns);
    parentColumns = List.copyOf(parentColumns);
  }

  boolean selfReference(TableInfo table) {
    return parent.equals(table.qualifiedName());
  }
}
