package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Redaction;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.catalog.Catalog;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;

/**
 * Takes schema snapshots of the run's schemas, leaving Flyway's history table out, from the
 * session's catalog.
 */
final class SchemaProbe {
  private final DisposableDatabase database;
  private final List<String> configuredSchemas;
  private final Dialect dialect;
  private final Supplier<Catalog> catalog;

  SchemaProbe(
      DisposableDatabase database,
      RoundtripConfig config,
      Dialect dialect,
      Supplier<Catalog> catalog) {
    this.database = database;
    this.dialect = dialect;
    this.catalog = catalog;
    this.configuredSchemas = config.schemas();
  }

  /** The schema of the database as it is, from its catalog. */
  SchemaSnapshot snapshot() {
    try {
      return catalog.get().schema();
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
