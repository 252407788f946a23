package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.catalog.CatalogReader;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.schema.SchemaObject;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a {@link SchemaSnapshot} from {@code information_schema} of a MySQL (8.0 and later) or
 * MariaDB (10.6 and later) server, with one query per object kind however large the schema. The
 * schemas to read are databases; names are qualified as {@code database.table.column}, with
 * identifiers back-quoted only where SQL requires it.
 *
 * <p>What is compared is what a migration means: tables with engine and collation; columns with
 * type, collation (where not the table's), nullability, default, AUTO_INCREMENT, ON UPDATE and
 * generation; primary keys and indexes; foreign keys; check constraints; views; triggers;
 * procedures and functions; events. MySQL's and MariaDB's ways of printing the same thing are
 * brought together (defaults, {@code current_timestamp}, integer display widths, JSON columns).
 *
 * <p>What is not: column order, AUTO_INCREMENT counters, statistics, create and update times, row
 * formats, comments, partition definitions, definer accounts, privileges, the SQL mode objects were
 * created with, and MariaDB sequences.
 */
public final class MySqlCatalogReader implements CatalogReader {

  private static final List<MySqlCatalog.Query> QUERIES =
      Stream.of(MySqlRelationQueries.ALL, MySqlConstraintQueries.ALL, MySqlRoutineQueries.ALL)
          .flatMap(List::stream)
          .toList();

  private final boolean mariaDb;

  /** A reader for MariaDB's catalog when {@code mariaDb}, else MySQL's. */
  public MySqlCatalogReader(boolean mariaDb) {
    this.mariaDb = mariaDb;
  }

  /**
   * Reads the given databases.
   *
   * @param schemas the databases to read (e.g. the run's own database); at least one
   */
  @Override
  public SchemaSnapshot read(
      Connection connection, List<String> schemas, Set<String> excludedTables) throws SQLException {
    Objects.requireNonNull(connection, "connection");
    if (schemas.isEmpty()) {
      throw new IllegalArgumentException(
          "no databases to read: name at least one, e.g. the database the migrations run in");
    }
    MySqlCatalog catalog = new MySqlCatalog(connection, schemas, excludedTables, mariaDb);
    List<SchemaObject> objects = new ArrayList<>();
    for (MySqlCatalog.Query query : QUERIES) {
      query.read(catalog, objects::add);
    }
    return SchemaSnapshot.of(objects);
  }

  @Override
  public List<TableInfo> tables(
      Connection connection, List<String> schemas, Set<String> excludedTables) throws SQLException {
    return MySqlTableCatalog.read(connection, schemas, excludedTables, mariaDb);
  }
}
