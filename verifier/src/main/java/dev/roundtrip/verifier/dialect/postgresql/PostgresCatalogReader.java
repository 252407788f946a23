package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.catalog.CatalogReader;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a {@link SchemaSnapshot} from the PostgreSQL catalog (PostgreSQL 13 and later), with one
 * query per group of object kinds however large the schema.
 *
 * <p>What is compared is what a migration means: names, types, constraints, expressions as
 * PostgreSQL prints them back, with every user object schema-qualified. What is not: OIDs, column
 * order, ownership and privileges (one user runs all migrations of a run), comments, statistics,
 * tablespaces, the current values of sequences, and objects that belong to extensions (an extension
 * is recorded by name and version).
 */
public final class PostgresCatalogReader implements CatalogReader {

  /** The listed schemas that exist. */
  static final CatalogQuery SCHEMAS =
      new CatalogQuery(
          "SELECT ns.qname FROM ns",
          row -> new SchemaObject(ObjectKind.SCHEMA, row.getString("qname"), "", null));

  /** Extensions installed into a listed schema, by name and version. */
  static final CatalogQuery EXTENSIONS =
      new CatalogQuery(
          """
          SELECT quote_ident(e.extname) AS name, e.extversion, ns.qname AS schema_qname
          FROM pg_extension e JOIN ns ON ns.oid = e.extnamespace
          """,
          row ->
              new SchemaObject(
                  ObjectKind.EXTENSION,
                  row.getString("name"),
                  "version " + row.getString("extversion"),
                  RelationQueries.schema(row)));

  private static final List<CatalogQuery> QUERIES =
      Stream.of(
              List.of(SCHEMAS, EXTENSIONS),
              RelationQueries.ALL,
              TableObjectQueries.ALL,
              TypeQueries.ALL,
              RoutineQueries.ALL)
          .flatMap(List::stream)
          .toList();

  @Override
  public SchemaSnapshot read(
      Connection connection, List<String> schemas, Set<String> excludedTables) throws SQLException {
    Objects.requireNonNull(connection, "connection");
    if (schemas.isEmpty()) {
      throw new IllegalArgumentException("no schemas to read: name at least one, e.g. public");
    }
    Array schemaArray = connection.createArrayOf("text", List.copyOf(schemas).toArray());
    Array excludedArray = connection.createArrayOf("text", Set.copyOf(excludedTables).toArray());
    List<SchemaObject> objects = new ArrayList<>();
    try (PinnedSession pinned = PinnedSession.pin(connection)) {
      for (CatalogQuery query : QUERIES) {
        query.run(pinned.connection(), schemaArray, excludedArray, objects::add);
      }
    } finally {
      schemaArray.free();
      excludedArray.free();
    }
    return SchemaSnapshot.of(objects);
  }

  @Override
  public List<TableInfo> tables(
      Connection connection, List<String> schemas, Set<String> excludedTables) throws SQLException {
    try (PinnedSession pinned = PinnedSession.pinFormats(connection)) {
      return TableCatalog.read(pinned.connection(), schemas, excludedTables);
    }
  }
}
