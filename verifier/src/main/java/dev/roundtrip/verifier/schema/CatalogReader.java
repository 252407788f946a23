package dev.roundtrip.verifier.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Takes a {@link SchemaSnapshot} of a live database through its catalog. */
public interface CatalogReader {

  /**
   * Reads the schema of the connected database.
   *
   * @param connection an open connection; it is left as it was found (session settings the reader
   *     changes are restored)
   * @param schemas the schemas to include (e.g. {@code public}); nothing outside them is read, but
   *     whether each of them exists is recorded; at least one
   * @param excludedTables unqualified names of tables to leave out, together with everything that
   *     belongs to them (columns, constraints, indexes, triggers, owned sequences), e.g. {@code
   *     flyway_schema_history}
   */
  SchemaSnapshot read(Connection connection, List<String> schemas, Set<String> excludedTables)
      throws SQLException;
}
