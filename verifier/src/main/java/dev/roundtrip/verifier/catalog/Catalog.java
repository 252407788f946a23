package dev.roundtrip.verifier.catalog;

import dev.roundtrip.verifier.data.ConnectionSource;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The catalog of a database in one state, between two steps that change its schema: the schema
 * diff, the data checks and the seeder all take the tables and objects from here, so that each is
 * read from the database once per state. Each part is read the first time it is asked for, through
 * the dialect's {@link CatalogReader}; writing rows does not change it, running DDL does, and
 * whoever runs DDL takes a new one.
 */
public final class Catalog {
  private final CatalogReader reader;
  private final ConnectionSource database;
  private final List<String> schemas;
  private final Set<String> excludedTables;
  private List<TableInfo> tables;
  private SchemaSnapshot schema;

  /**
   * The catalog of {@code schemas} of the database, without {@code excludedTables} (unqualified
   * names), read through {@code reader}.
   */
  public Catalog(
      CatalogReader reader,
      ConnectionSource database,
      List<String> schemas,
      Set<String> excludedTables) {
    this.reader = reader;
    this.database = database;
    this.schemas = List.copyOf(schemas);
    this.excludedTables = Set.copyOf(excludedTables);
  }

  /** The schemas it covers. */
  public List<String> schemas() {
    return schemas;
  }

  /** The tables, in name order. */
  public synchronized List<TableInfo> tables() throws SQLException {
    if (tables == null) {
      try (Connection c = database.open()) {
        tables = List.copyOf(reader.tables(c, schemas, excludedTables));
      }
    }
    return tables;
  }

  /** The schema objects, as the diff compares them. */
  public synchronized SchemaSnapshot schema() throws SQLException {
    if (schema == null) {
      try (Connection c = database.open()) {
        schema = reader.read(c, schemas, excludedTables);
      }
    }
    return schema;
  }
}
