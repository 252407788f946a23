package dev.roundtrip.verifier.data;

/** Values in messages. */
public final class Sql {
  private Sql() {}

  /** A value for a message: quoted, shortened, NULL as NULL. */
  public static String show(String value) {
    if (value == null) {
      return "NULL";
    }
    String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return "'" + v.replace("\n", "\\n") + "'";
  }
}
