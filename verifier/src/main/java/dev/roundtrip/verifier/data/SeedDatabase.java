package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.SeedRows.GenRow;
import java.sql.SQLException;
import java.util.List;

/**
 * What the {@link Seeder} needs from one kind of database: the rows already there, and writing new
 * ones; the tables come from the catalog model. Opened with the session settings the seeder runs
 * with; {@link #close()} restores the caller's.
 *
 * @param <I> how an inserted row is found again to point its deferred foreign keys at other rows
 *     (PostgreSQL: its {@code ctid}; the MySQL family: its key values)
 */
public interface SeedDatabase<I> extends AutoCloseable {

  /**
   * Gets ready to seed {@code tables}, the tables of {@code schemas} as the dialect's catalog
   * reader read them in the database as it is (triggers are taken out here where the dialect does
   * so).
   */
  void prepare(List<String> schemas, List<TableInfo> tables) throws SQLException;

  /**
   * The table's name as it goes into the generator's seed: the same for the same table in databases
   * created for separate runs (on the MySQL family, without the database's name, which differs from
   * run to run).
   */
  String seedName(TableInfo table);

  /** Whether the column takes any character (else strings are generated in ASCII). */
  boolean unicode(ColumnInfo column);

  /**
   * Existing values of the parent columns of a foreign key, non-NULL, distinct, in order; at most
   * {@code limit}.
   */
  List<List<String>> parentValues(TableInfo table, ForeignKeyInfo fk, int limit)
      throws SQLException;

  /**
   * Existing values of columns of the table, non-NULL, distinct, in order; at most {@code limit}.
   */
  List<List<String>> values(TableInfo table, List<String> columns, int limit) throws SQLException;

  /** The rows in the table. */
  long count(TableInfo table) throws SQLException;

  /**
   * Inserts the rows; rows the database rejects are counted in the report. Returns one entry per
   * row inserted: how to find it again when {@code identify} is set (null where it cannot be found
   * again), else whatever comes cheap.
   */
  List<I> insert(TableInfo table, List<ColumnInfo> columns, List<GenRow> rows, boolean identify)
      throws SQLException;

  /**
   * Sets the columns of inserted rows to the values, leaving rows whose values are null alone.
   * Returns the rejected updates as one line each (constraint and message); those rows keep their
   * columns as they were.
   */
  List<String> update(
      TableInfo table, List<String> columns, List<I> rows, List<List<String>> values)
      throws SQLException;

  /** The database's words for an error, on one line. */
  String message(SQLException e);

  /** Restores the caller's session settings and makes the rows permanent. */
  void commit() throws SQLException;

  /** Restores the caller's session; without {@link #commit()}, rolls back what it began. */
  @Override
  void close() throws SQLException;
}
