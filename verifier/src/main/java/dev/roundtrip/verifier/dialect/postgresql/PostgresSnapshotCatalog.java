package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.data.SnapshotCatalog;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

/** The data checks' {@link SnapshotCatalog} on PostgreSQL, in one catalog query. */
final class PostgresSnapshotCatalog {
  private PostgresSnapshotCatalog() {}

  private static final String POSTGRES =
      "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
          + " a.attgenerated <> '', "
          + " (SELECT array_agg(k.attname ORDER BY x.ord) FROM pg_index i"
          + "    CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS x(attnum, ord)"
          + "    JOIN pg_attribute k ON k.attrelid = i.indrelid AND k.attnum = x.attnum"
          + "   WHERE i.indrelid = c.oid AND i.indisprimary)"
          + " FROM pg_class c"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " JOIN pg_attribute a ON a.attrelid = c.oid"
          + " WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
          + "   AND a.attnum > 0 AND NOT a.attisdropped"
          + "   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
          + "                   AND d.objid = c.oid AND d.deptype = 'e')"
          + " ORDER BY n.nspname, c.relname, a.attnum";

  /** The tables of PostgreSQL schemas. */
  static Map<String, Table> read(
      Connection c,
      List<String> schemas,
      Set<String> excludedTables,
      BinaryOperator<String> qualify)
      throws SQLException {
    SnapshotCatalog.Builder tables = new SnapshotCatalog.Builder(excludedTables, qualify);
    try (PreparedStatement ps = c.prepareStatement(POSTGRES)) {
      Array array = c.createArrayOf("text", schemas.toArray());
      ps.setArray(1, array);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Array key = rs.getArray(6);
          tables.add(
              rs.getString(1),
              rs.getString(2),
              new Column(rs.getString(3), rs.getString(4), rs.getBoolean(5)),
              key == null ? List.of() : List.of((String[]) key.getArray()));
        }
      }
    }
    return tables.build();
  }
}
