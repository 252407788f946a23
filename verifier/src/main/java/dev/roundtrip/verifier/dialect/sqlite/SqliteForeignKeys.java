package dev.roundtrip.verifier.dialect.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table's foreign keys as {@code pragma_foreign_key_list} gives them, one per key, for the
 * catalog of the schema diff and the seeder's alike.
 *
 * @param id the key's number among the table's
 * @param parent the referenced table, unqualified
 * @param from the referencing columns, in key order
 * @param to the referenced columns, in key order; null where the key names none (the parent's
 *     primary key)
 * @param onUpdate the {@code ON UPDATE} action, e.g. {@code NO ACTION}
 * @param onDelete the {@code ON DELETE} action
 */
record SqliteForeignKeys(
    int id, String parent, List<String> from, List<String> to, String onUpdate, String onDelete) {

  /** The foreign keys of the table, by number. */
  static List<SqliteForeignKeys> of(Connection c, String schema, String table) throws SQLException {
    Map<Integer, List<String[]>> byId = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM"
                + " pragma_foreign_key_list(?, ?) ORDER BY id, seq")) {
      ps.setString(1, table);
      ps.setString(2, schema);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byId.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
              .add(
                  new String[] {
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)
                  });
        }
      }
    }
    List<SqliteForeignKeys> keys = new ArrayList<>();
    for (Map.Entry<Integer, List<String[]>> key : byId.entrySet()) {
      List<String[]> parts = key.getValue();
      String[] first = parts.get(0);
      keys.add(
          new SqliteForeignKeys(
              key.getKey(),
              first[0],
              parts.stream().map(p -> p[1]).toList(),
              first[2] == null ? null : parts.stream().map(p -> p[2]).toList(),
              first[3],
              first[4]));
    }
    return keys;
  }
}
