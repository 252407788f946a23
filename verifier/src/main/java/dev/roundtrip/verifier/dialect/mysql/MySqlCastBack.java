package dev.roundtrip.verifier.dialect.mysql;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code CAST} target that brings a value back to a MySQL-family column type it had before a
 * migration changed it, so that the value can be compared with the old one: a widening ({@code int}
 * to {@code bigint}, {@code decimal(10,2)} to {@code decimal(14,2)}, {@code datetime} to {@code
 * datetime(6)}) then reads as before, while rounding, truncation or a lost time of day do not.
 *
 * <p>{@code CAST} knows only some targets ({@code CHAR(n)}, {@code BINARY(n)}, {@code
 * DECIMAL(p,s)}, {@code SIGNED}, {@code UNSIGNED}, {@code DATE}, {@code DATETIME(n)}, {@code
 * TIME(n)}, and depending on the server {@code DOUBLE}, {@code FLOAT}, {@code JSON}, {@code YEAR});
 * each old type maps to the nearest one, or to none, and then values are compared as text.
 */
final class MySqlCastBack {
  private static final Pattern TYPE =
      Pattern.compile("^([a-z0-9]+)(?:\\(([^)]*)\\))?((?:\\s+[a-z]+)*)$");
  private static final Set<String> INTEGERS =
      Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint", "bool", "boolean");
  private static final Set<String> DECIMALS = Set.of("decimal", "numeric", "dec", "fixed");
  private static final Set<String> DOUBLES = Set.of("double", "real");
  private static final Set<String> TEXTS = Set.of("tinytext", "text", "mediumtext", "longtext");
  private static final Set<String> BLOBS =
      Set.of("varbinary", "tinyblob", "blob", "mediumblob", "longblob");
  private static final Set<String> TEMPORALS = Set.of("datetime", "timestamp", "time");

  private MySqlCastBack() {}

  /**
   * The {@code CAST} target for values of {@code type} (a {@code COLUMN_TYPE}, e.g. {@code
   * decimal(10,2) unsigned}, {@code varchar(20) character set utf8mb4}), or null when none fits.
   */
  static String target(String type, MySqlServer server) {
    String t = withoutCharacterSet(type);
    if (t.startsWith("enum(") || t.startsWith("set(")) {
      return "CHAR CHARACTER SET utf8mb4";
    }
    Matcher m = TYPE.matcher(t);
    if (!m.matches()) {
      return null;
    }
    String base = m.group(1);
    String args = m.group(2) == null ? null : m.group(2).replace(" ", "");
    String attributes = m.group(3);
    boolean unsigned = attributes.contains("unsigned") || attributes.contains("zerofill");
    if (INTEGERS.contains(base)) {
      return unsigned ? "UNSIGNED" : "SIGNED";
    }
    if (base.equals("bit")) {
      return "UNSIGNED";
    }
    if (DECIMALS.contains(base)) {
      return decimal(args == null ? "10,0" : args);
    }
    if (base.equals("float") || DOUBLES.contains(base)) {
      if (args != null && args.contains(",")) {
        // float(7,3) and double(10,2) print a fixed number of decimals, as the decimal would
        return decimal(args);
      }
      if (base.equals("float") && (args == null || Integer.parseInt(args) <= 24)) {
        return server.castsToFloat() ? "FLOAT" : null;
      }
      return server.castsToDouble() ? "DOUBLE" : null;
    }
    if (base.equals("char") || base.equals("varchar")) {
      return "CHAR" + (args == null ? "" : "(" + args + ")") + " CHARACTER SET utf8mb4";
    }
    if (TEXTS.contains(base)) {
      return "CHAR CHARACTER SET utf8mb4";
    }
    if (base.equals("binary")) {
      return "BINARY" + (args == null ? "" : "(" + args + ")");
    }
    if (BLOBS.contains(base)) {
      return "BINARY";
    }
    if (base.equals("date")) {
      return "DATE";
    }
    if (TEMPORALS.contains(base)) {
      return (base.equals("time") ? "TIME" : "DATETIME") + (args == null ? "" : "(" + args + ")");
    }
    if (base.equals("year")) {
      return server.castsToYear() ? "YEAR" : null;
    }
    if (base.equals("json")) {
      return server.castsToJson() ? "JSON" : null;
    }
    return null;
  }

  /** Whether values of the target are bytes, to be compared as hexadecimal. */
  static boolean binary(String target) {
    return target.startsWith("BINARY");
  }

  private static String decimal(String args) {
    return "DECIMAL(" + (args.contains(",") ? args : args + ",0") + ")";
  }

  private static String withoutCharacterSet(String type) {
    int at = type.indexOf(" character set ");
    return at < 0 ? type : type.substring(0, at);
  }
}
