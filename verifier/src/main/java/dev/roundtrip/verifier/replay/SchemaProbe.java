package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Redaction;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.schema.CatalogReader;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/** Takes schema snapshots of the run's schemas, leaving Flyway's history table out. */
final class SchemaProbe {
  private final DisposableDatabase database;
  private final List<String> configuredSchemas;
  private final Set<String> excluded;
  private final Dialect dialect;
  private final CatalogReader reader;

  SchemaProbe(DisposableDatabase database, RoundtripConfig config, Dialect dialect) {
    this.database = database;
    this.dialect = dialect;
    this.reader = dialect.catalogReader();
    this.configuredSchemas = config.schemas();
    this.excluded = Set.of(config.table());
  }

  SchemaSnapshot snapshot() {
    try (Connection c = database.connect()) {
      List<String> schemas =
          configuredSchemas.isEmpty() ? List.of(currentSchema(c)) : configuredSchemas;
      return reader.read(c, schemas, excluded);
    } catch (SQLException e) {
      throw unreadable(e);
    }
  }

  /** The schema Flyway treats as default: the first configured one, else the connection's. */
  String defaultSchema() {
    if (!configuredSchemas.isEmpty()) {
      return configuredSchemas.get(0);
    }
    try (Connection c = database.connect()) {
      return currentSchema(c);
    } catch (SQLException e) {
      throw unreadable(e);
    }
  }

  private RoundtripException unreadable(SQLException e) {
    return new RoundtripException(
        "cannot read the schema of "
            + database.describe()
            + ": "
            + Redaction.redact(e.getMessage(), database.password()),
        "This is a problem of the database, not of your migrations; run again with -X for"
            + " details.",
        e);
  }

  private String currentSchema(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        var rs = s.executeQuery(dialect.currentSchemaQuery())) {
      rs.next();
      return rs.getString(1);
    }
  }
}
