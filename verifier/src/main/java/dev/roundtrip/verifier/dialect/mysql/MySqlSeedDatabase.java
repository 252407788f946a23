package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.ColumnInfo;
import dev.roundtrip.verifier.data.ForeignKeyInfo;
import dev.roundtrip.verifier.data.SeedDatabase;
import dev.roundtrip.verifier.data.SeedReport;
import dev.roundtrip.verifier.data.SeedRows.GenRow;
import dev.roundtrip.verifier.data.Seeder;
import dev.roundtrip.verifier.data.TableInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * MySQL and MariaDB for the {@link Seeder}: a "schema" is a database, tables are named {@code
 * db.table} without quotes, and rows are found again by their primary key (or a NOT NULL unique
 * key). The catalog comes from {@link MySqlTableCatalog}, the session from {@link
 * MySqlSeedSession}, reading and writing rows from {@link MySqlSeedReader} and {@link
 * MySqlSeedWriter}. The MySQL family has no session setting that keeps user triggers from firing,
 * so {@link MySqlTriggers} takes them out while seeding and puts them back on {@link #commit()} or
 * {@link #close()}; where the seeder joins the caller's transaction, which {@code DROP TRIGGER}
 * would commit, they stay and fire, and the report says so.
 */
final class MySqlSeedDatabase implements SeedDatabase<List<String>> {
  private final Connection connection;
  private final SeedReport.Builder report;
  private final MySqlSeedSession session;
  private MySqlTables tables;
  private MySqlSeedWriter writer;
  private MySqlSeedReader reader;
  private String firstDatabase;
  private MySqlTriggers triggers;

  private MySqlSeedDatabase(
      Connection connection, SeedReport.Builder report, MySqlSeedSession session) {
    this.connection = connection;
    this.report = report;
    this.session = session;
  }

  static MySqlSeedDatabase open(Connection connection, SeedReport.Builder report)
      throws SQLException {
    return new MySqlSeedDatabase(connection, report, MySqlSeedSession.open(connection, report));
  }

  @Override
  public void prepare(List<String> schemas, List<TableInfo> catalog) throws SQLException {
    firstDatabase = schemas.get(0);
    tables = MySqlTables.of(catalog);
    writer = new MySqlSeedWriter(connection, report, tables);
    reader = new MySqlSeedReader(connection, tables);
    triggers = MySqlTriggers.read(connection, schemas, report);
    if (session.ownsTransaction()) {
      triggers.takeOut();
    } else {
      triggers.leaveIn(
          "the seeder joined the caller's transaction, which taking them out would have"
              + " committed (DROP TRIGGER commits on MySQL and MariaDB); seed in auto-commit mode"
              + " to keep them from firing");
    }
  }

  /** The table's name, qualified only when it is not in the first database. */
  @Override
  public String seedName(TableInfo table) {
    return table.schema().equals(firstDatabase) ? table.name() : table.qualifiedName();
  }

  @Override
  public boolean unicode(ColumnInfo column) {
    return MySqlTypes.unicode(column.collation());
  }

  @Override
  public List<List<String>> parentValues(TableInfo table, ForeignKeyInfo fk, int limit)
      throws SQLException {
    TableInfo parent = tables.table(fk.parent());
    List<ColumnInfo> types =
        parent != null && fk.parentColumns().stream().allMatch(c -> parent.column(c).isPresent())
            ? fk.parentColumns().stream().map(c -> parent.column(c).orElseThrow()).toList()
            : fk.columns().stream().map(c -> table.column(c).orElseThrow()).toList();
    return reader.values(fk.parent(), fk.parentColumns(), types, limit);
  }

  @Override
  public List<List<String>> values(TableInfo table, List<String> columns, int limit)
      throws SQLException {
    List<ColumnInfo> types = columns.stream().map(c -> table.column(c).orElseThrow()).toList();
    return reader.values(table.qualifiedName(), columns, types, limit);
  }

  @Override
  public long count(TableInfo table) throws SQLException {
    return reader.count(table);
  }

  @Override
  public List<List<String>> insert(
      TableInfo table, List<ColumnInfo> columns, List<GenRow> rows, boolean identify)
      throws SQLException {
    return writer.insert(table, columns, rows, identify);
  }

  @Override
  public List<String> update(
      TableInfo table, List<String> columns, List<List<String>> rows, List<List<String>> values)
      throws SQLException {
    return writer.update(table, columns, rows, values);
  }

  @Override
  public String message(SQLException e) {
    return MySqlErrors.message(e);
  }

  /** Commits the rows, then puts the triggers back. */
  @Override
  public void commit() throws SQLException {
    session.commit();
    if (triggers != null) {
      triggers.putBack();
    }
  }

  /**
   * Rolls back what was not committed, then puts back the triggers still out; losing one of those
   * is the failure thrown, with the session's attached.
   */
  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    try {
      session.close();
    } catch (SQLException e) {
      failure = e;
    }
    if (triggers != null) {
      try {
        triggers.putBack();
      } catch (SQLException e) {
        if (failure != null) {
          e.addSuppressed(failure);
        }
        throw e;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
