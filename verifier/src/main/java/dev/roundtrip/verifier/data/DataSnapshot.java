package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import dev.roundtrip.verifier.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The data of every table at one step of the round trip: row counts and non-NULL counts per column,
 * and (unless taken as counts only) a copy of every value as text, keyed like the table. The copies
 * stay on the server: on PostgreSQL in a schema of the disposable database itself, on MySQL and
 * MariaDB in a companion database that is dropped with the disposable one. Comparisons then run in
 * the database and stream only differences, so memory does not grow with the tables. {@link
 * #close()} drops the copies.
 */
public final class DataSnapshot implements AutoCloseable {
  private final Dialect dialect;
  private final ConnectionSource database;
  private final Map<String, TableData> tables;
  private boolean closed;

  /**
   * One table's data.
   *
   * @param table the table, its columns and primary key at the time of the snapshot
   * @param rows the number of rows
   * @param nonNull non-NULL values per column name
   * @param copy the copy's qualified SQL name, or null for a counts-only snapshot
   */
  public record TableData(Table table, long rows, Map<String, Long> nonNull, String copy) {}

  private DataSnapshot(Dialect dialect, ConnectionSource database, Map<String, TableData> tables) {
    this.dialect = dialect;
    this.database = database;
    this.tables = tables;
  }

  /**
   * Takes a snapshot of the tables of {@code schemas}.
   *
   * @param schemas the schemas; on MySQL and MariaDB the databases (there a database is a schema),
   *     the first of which names the companion database that holds the copies
   * @param excludedTables names of tables left out, in any of the schemas
   * @param tag a short name unique among the snapshots alive at once, e.g. {@code before}
   * @param copyValues whether to copy the values (false: counts only)
   */
  public static DataSnapshot take(
      Dialect dialect,
      ConnectionSource database,
      List<String> schemas,
      Set<String> excludedTables,
      String tag,
      boolean copyValues)
      throws SQLException {
    List<TableInfo> tables;
    try (Connection c = database.open()) {
      tables = dialect.catalogReader().tables(c, schemas, excludedTables);
    }
    return take(dialect, database, schemas, tables, tag, copyValues);
  }

  /**
   * Takes a snapshot of {@code catalogTables}, the tables of {@code schemas} in the database as it
   * is (as {@link dev.roundtrip.verifier.catalog.Catalog#tables()} reads them); otherwise as the
   * snapshot that reads them itself.
   */
  public static DataSnapshot take(
      Dialect dialect,
      ConnectionSource database,
      List<String> schemas,
      List<TableInfo> catalogTables,
      String tag,
      boolean copyValues)
      throws SQLException {
    Map<String, TableData> tables = new LinkedHashMap<>();
    try (Connection c = database.open()) {
      DataSql sql = DataSql.open(dialect, c);
      Map<String, Table> catalog = SnapshotCatalog.of(catalogTables);
      if (copyValues && !catalog.isEmpty()) {
        sql.prepareCopies(schemas);
      }
      List<String> copies = new ArrayList<>();
      try {
        for (Table t : catalog.values()) {
          String copy = copyValues ? sql.copyName(schemas, tag + "_" + copies.size()) : null;
          if (copy != null) {
            copies.add(copy);
          }
          tables.put(t.qualifiedName(), read(sql, t, copy));
        }
      } catch (SQLException e) {
        try {
          sql.dropCopies(copies);
        } catch (SQLException cleanup) {
          e.addSuppressed(cleanup);
        }
        throw e;
      }
    }
    return new DataSnapshot(dialect, database, tables);
  }

  private static TableData read(DataSql sql, Table t, String copy) throws SQLException {
    StringJoiner counts = new StringJoiner(", ", "SELECT count(*), ", " FROM " + t.sqlName());
    for (Column col : t.columns()) {
      counts.add("count(" + sql.quote(col.name()) + ")");
    }
    Map<String, Long> nonNull = new LinkedHashMap<>();
    long rows;
    try (Statement s = sql.connection().createStatement();
        ResultSet rs = s.executeQuery(counts.toString())) {
      rs.next();
      rows = rs.getLong(1);
      for (int i = 0; i < t.columns().size(); i++) {
        nonNull.put(t.columns().get(i).name(), rs.getLong(i + 2));
      }
    }
    if (copy != null) {
      sql.copy(t, copy);
    }
    return new TableData(t, rows, Map.copyOf(nonNull), copy);
  }

  Dialect dialect() {
    return dialect;
  }

  /** The tables, keyed by {@code schema.table}. */
  Map<String, TableData> tables() {
    return tables;
  }

  /**
   * The tables that need generated rows after a migration: those that are new since {@code before}
   * (all of them when {@code before} is null), that gained columns, or that are empty. Named {@code
   * schema.table}, unquoted (on MySQL and MariaDB {@code database.table}).
   */
  public Set<String> tablesToSeed(DataSnapshot before) {
    Set<String> names = new LinkedHashSet<>();
    for (TableData t : tables.values()) {
      TableData old = before == null ? null : before.tables.get(t.table().qualifiedName());
      boolean gainedColumns =
          old != null
              && t.table().columns().stream()
                  .anyMatch(col -> old.table().column(col.name()) == null);
      if (old == null || gainedColumns || t.rows() == 0) {
        names.add(t.table().qualifiedName());
      }
    }
    return names;
  }

  /** Drops the copies. */
  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    List<String> copies = new ArrayList<>();
    for (TableData t : tables.values()) {
      if (t.copy() != null) {
        copies.add(t.copy());
      }
    }
    if (copies.isEmpty()) {
      return;
    }
    try (Connection c = database.open()) {
      DataSql.open(dialect, c).dropCopies(copies);
    }
  }
}
