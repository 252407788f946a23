package dev.roundtrip.verifier.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Identifier quoting and the session settings under which values are read as text. */
final class Sql {
  /** The schema holding data snapshots inside the disposable database. */
  static final String SHADOW_SCHEMA = "roundtrip_shadow";

  private Sql() {}

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String qualified(String schema, String name) {
    return quote(schema) + "." + quote(name);
  }

  /**
   * Fixes the settings that change how values print, so that the text of a value is the same in
   * every session: UTC, ISO dates, shortest exact floats.
   */
  static void pinTextSettings(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres';"
              + " SET extra_float_digits = 1; SET bytea_output = 'hex'");
    }
  }

  /** A value for a message: quoted, shortened, NULL as NULL. */
  static String show(String value) {
    if (value == null) {
      return "NULL";
    }
    String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return "'" + v.replace("\n", "\\n") + "'";
  }
}
