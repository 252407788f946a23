package dev.roundtrip.verifier.dialect.mysql;

/** Identifiers on the MySQL family. */
final class MySqlIdentifiers {
  private MySqlIdentifiers() {}

  /** {@code identifier} in backticks, a backtick in it doubled. */
  static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }
}
