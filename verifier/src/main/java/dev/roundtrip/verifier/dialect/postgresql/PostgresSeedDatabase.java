package dev.roundtrip.verifier.dialect.postgresql;

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
 * PostgreSQL for the {@link Seeder}: {@link TableCatalog}, {@link SeedSession}, {@link SeedWriter}.
 */
final class PostgresSeedDatabase implements SeedDatabase<String> {
  private final Connection connection;
  private final SeedSession session;
  private final SeedWriter writer;

  private PostgresSeedDatabase(Connection connection, SeedSession session, SeedWriter writer) {
    this.connection = connection;
    this.session = session;
    this.writer = writer;
  }

  static PostgresSeedDatabase open(Connection connection, SeedReport.Builder report)
      throws SQLException {
    SeedSession session = SeedSession.open(connection, report);
    return new PostgresSeedDatabase(connection, session, new SeedWriter(connection, report));
  }

  @Override
  public void prepare(List<String> schemas, List<TableInfo> tables) {
    // nothing to get ready: the session keeps user triggers from firing where the role may
  }

  @Override
  public String seedName(TableInfo table) {
    return table.qualifiedName();
  }

  @Override
  public boolean unicode(ColumnInfo column) {
    return session.unicode();
  }

  @Override
  public List<List<String>> parentValues(TableInfo table, ForeignKeyInfo fk, int limit)
      throws SQLException {
    return writer.values(fk.parent(), fk.parentColumns(), limit);
  }

  @Override
  public List<List<String>> values(TableInfo table, List<String> columns, int limit)
      throws SQLException {
    return writer.values(
        PostgresIdentifiers.qualified(table.schema(), table.name()), columns, limit);
  }

  @Override
  public long count(TableInfo table) throws SQLException {
    return writer.count(table);
  }

  @Override
  public List<String> insert(
      TableInfo table, List<ColumnInfo> columns, List<GenRow> rows, boolean identify)
      throws SQLException {
    return writer.insert(table, columns, rows);
  }

  @Override
  public List<String> update(
      TableInfo table, List<String> columns, List<String> rows, List<List<String>> values)
      throws SQLException {
    return writer.update(table, columns, rows, values);
  }

  @Override
  public String message(SQLException e) {
    return e.getMessage();
  }

  @Override
  public void commit() throws SQLException {
    session.commit();
  }

  @Override
  public void close() throws SQLException {
    session.close();
  }
}
