package dev.roundtrip.verifier.catalog;

import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * A dialect's one reader of its catalog, into the model a {@link Catalog} holds: the tables with
 * their columns, types, keys and constraints (what the seeder fills and the data checks compare),
 * and the normalized objects the schema diff compares.
 *
 * <p>Both reads take the same arguments:
 *
 * <ul>
 *   <li>{@code connection}, an open connection; it is left as it was found (session settings the
 *       reader changes are restored);
 *   <li>{@code schemas}, the schemas to include (e.g. {@code public}; on the MySQL family the
 *       databases); nothing outside them is read; at least one;
 *   <li>{@code excludedTables}, unqualified names of tables to leave out, together with everything
 *       that belongs to them (columns, constraints, indexes, triggers, owned sequences), e.g.
 *       {@code flyway_schema_history}.
 * </ul>
 */
public interface CatalogReader {

  /**
   * The schema objects of the connected database as the diff compares them: tables, columns,
   * constraints, indexes, views, routines, triggers, sequences, types; whether each schema exists
   * is recorded.
   */
  SchemaSnapshot read(Connection connection, List<String> schemas, Set<String> excludedTables)
      throws SQLException;

  /** The tables of the schemas (base tables, partitioned ones by their parent), in name order. */
  List<TableInfo> tables(Connection connection, List<String> schemas, Set<String> excludedTables)
      throws SQLException;
}
