package dev.roundtrip.verifier.dialect.postgresql;

/** Identifiers on PostgreSQL. */
final class PostgresIdentifiers {
  private PostgresIdentifiers() {}

  /** {@code identifier} in double quotes, a double quote in it doubled. */
  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  /** {@code schema.name}, both quoted. */
  static String qualified(String schema, String name) {
    return quote(schema) + "." + quote(name);
  }
}
