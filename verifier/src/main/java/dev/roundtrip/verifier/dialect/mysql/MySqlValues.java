package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.GenColumn;
import dev.roundtrip.verifier.data.GenNumbers;
import dev.roundtrip.verifier.data.GenTime;
import dev.roundtrip.verifier.data.GenType;
import dev.roundtrip.verifier.data.OwnTypes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values of the MySQL-family types of kind {@link GenType.Kind#OWN}, as MySQL and MariaDB read them
 * in strict mode: dates from 1000 to 9999, TIMESTAMP from {@code 1970-01-01 00:00:01} to {@code
 * 2038-01-19 03:14:07.999999} (UTC, the seeding session's time zone), TIME as a duration up to
 * ±838:59:59, FLOAT and DOUBLE within their finite range, binary strings as {@code \x} and hex
 * digits (written as bytes) within their length, SET values as members in declaration order.
 * Fractional seconds are cut, never rounded, to the column's precision. Regular values of dates,
 * times and floating point come from {@link GenTime} and {@link GenNumbers}, kept in range by the
 * type's domain-like CHECK.
 */
final class MySqlValues implements OwnTypes {
  /** The MySQL family's own types. */
  static final MySqlValues TYPES = new MySqlValues();

  private static final Set<String> BINARY =
      Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");
  private static final int UNBOUNDED_BYTES = 256;

  private MySqlValues() {}

  @Override
  public String family(GenType type) {
    return switch (type.base()) {
      case "float", "double" -> "number";
      case "date" -> "date";
      case "datetime", "timestamp" -> "timestamp";
      case "time" -> "time";
      default -> null;
    };
  }

  @Override
  public boolean handles(GenType type) {
    return switch (type.base()) {
      case "date", "datetime", "timestamp", "time", "float", "double", "inet4", "inet6" -> true;
      case "set" -> !type.labels().isEmpty();
      default -> BINARY.contains(type.base());
    };
  }

  /** Whether the type holds bytes, written as {@code \x} and hex digits. */
  @Override
  public boolean bytes(GenType type) {
    return type.kind() == GenType.Kind.OWN && BINARY.contains(type.base());
  }

  @Override
  public List<String> specials(GenColumn column) {
    GenType type = column.type();
    int precision = type.secondsPrecision();
    return switch (type.base()) {
      case "date" ->
          List.of(
              "2000-02-29", "1000-01-01", "9999-12-31", "1970-01-01", "1900-02-28", "2099-12-31");
      case "datetime" ->
          cut(
              precision,
              "2000-02-29 12:34:56.789012",
              "1000-01-01 00:00:00",
              "9999-12-31 23:59:59.999999",
              "1970-01-01 00:00:00",
              "1900-02-28 23:59:59.999999",
              "2024-03-31 02:30:00.5");
      case "timestamp" ->
          cut(
              precision,
              "2000-02-29 12:34:56.789012",
              "1970-01-01 00:00:01",
              "2038-01-19 03:14:07.999999",
              "1999-12-31 23:59:59.999999",
              "2024-03-31 02:30:00.5");
      case "time" ->
          cut(
              precision,
              "12:34:56.789012",
              "00:00:00",
              "838:59:59",
              "-838:59:59",
              "23:59:59.999999",
              "24:00:00",
              "-00:00:01.5");
      case "float" ->
          List.of("3.40282e38", "-1.5", "1.2e-38", "-3.40282e38", "0", "3.14159", "0.1");
      case "double" ->
          List.of(
              "1.7976931348623157e308",
              "-1.5",
              "2.2250738585072014e-308",
              "-1.7976931348623157e308",
              "0",
              "3.141592653589793",
              "0.1");
      case "set" -> setSpecials(type.labels());
      case "inet4" -> List.of("0.0.0.0", "255.255.255.255", "192.168.1.1", "127.0.0.1");
      case "inet6" ->
          List.of(
              "::",
              "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
              "::1",
              "2001:db8::ff00:42:8329",
              "::ffff:10.0.0.1");
      default -> binarySpecials(type);
    };
  }

  @Override
  public String regular(GenColumn column, long ordinal) {
    GenType type = column.type();
    return switch (type.base()) {
      case "date", "time" -> GenTime.regular(as(column, type.base()), ordinal);
      case "datetime", "timestamp" -> GenTime.regular(as(column, "timestamp"), ordinal);
      case "float" -> GenNumbers.regular(as(column, "real"), ordinal);
      case "double" -> GenNumbers.regular(as(column, "double precision"), ordinal);
      case "set" -> setRegular(column, ordinal);
      case "inet4" -> {
        long n = ordinal + column.pick(1 << 16);
        yield "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
      }
      case "inet6" ->
          String.format(
              Locale.ROOT,
              "fd00::%x:%x:%x",
              column.pick(0x10000),
              ordinal >> 16 & 0xffff,
              ordinal & 0xffff);
      default -> {
        String hex = String.format(Locale.ROOT, "%012x%04x", ordinal, column.pick(0x10000));
        yield fit(type, "\\x" + hex, true);
      }
    };
  }

  /** The column as the model's type whose generator makes its regular values. */
  private static GenColumn as(GenColumn column, String base) {
    GenType type = GenType.base(column.type().display(), base, column.type().size());
    return new GenColumn(
        column.name(), type, column.rule(), column.nullable(), column.salt(), column.unicode());
  }

  private static List<String> cut(int precision, String... values) {
    List<String> cut = new ArrayList<>();
    for (String value : values) {
      int dot = value.indexOf('.');
      if (dot < 0) {
        cut.add(value);
        continue;
      }
      String digits = (value.substring(dot + 1) + "000000").substring(0, precision);
      cut.add(
          value.substring(0, dot) + (digits.isEmpty() || digits.matches("0+") ? "" : "." + digits));
    }
    return cut;
  }

  private static List<String> setSpecials(List<String> members) {
    Set<String> values = new LinkedHashSet<>();
    values.add("");
    values.add(String.join(",", members));
    values.add(members.get(0));
    values.add(members.get(members.size() - 1));
    List<String> alternate = new ArrayList<>();
    for (int i = 0; i < members.size(); i += 2) {
      alternate.add(members.get(i));
    }
    values.add(String.join(",", alternate));
    return List.copyOf(values);
  }

  /** The members picked by the bits of the ordinal, in declaration order (as MySQL keeps them). */
  private static String setRegular(GenColumn column, long ordinal) {
    List<String> members = column.type().labels();
    int width = Math.min(members.size(), 62);
    long bits = Math.floorMod(ordinal + 1 + column.pick(1 << 10), 1L << width);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      if ((bits >> i & 1) == 1) {
        chosen.add(members.get(i));
      }
    }
    return String.join(",", chosen);
  }

  private static List<String> binarySpecials(GenType type) {
    StringBuilder all = new StringBuilder("\\x");
    for (int i = 0; i < 256; i++) {
      all.append(String.format(Locale.ROOT, "%02x", i));
    }
    Set<String> values = new LinkedHashSet<>();
    values.add(fit(type, "\\x", false));
    values.add(fit(type, "\\x00", false));
    values.add(fit(type, "\\xdeadbeef00ff", false));
    values.add(fit(type, "\\x5c27", false));
    values.add(fit(type, all.toString(), false));
    if (type.length() > 0) {
      values.add(fit(type, "\\x" + "ff".repeat(type.length()), false));
    }
    return List.copyOf(values);
  }

  /**
   * The value within the column's length: cut to its bytes (keeping the last ones when {@code
   * fromEnd}), and padded with zero bytes to the length of a {@code binary(n)}, as MySQL pads it.
   */
  private static String fit(GenType type, String value, boolean fromEnd) {
    int max = type.length() > 0 ? type.length() : UNBOUNDED_BYTES;
    String hex = value.substring(2);
    if (hex.length() > 2 * max) {
      hex = fromEnd ? hex.substring(hex.length() - 2 * max) : hex.substring(0, 2 * max);
    }
    if ("binary".equals(type.base())) {
      hex = hex + "00".repeat(max - hex.length() / 2);
    }
    return "\\x" + hex;
  }
}
