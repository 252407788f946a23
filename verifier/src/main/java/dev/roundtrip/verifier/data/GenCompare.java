package dev.roundtrip.verifier.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comparable keys for the literals of ordered types, so that bounds and column-to-column CHECKs can
 * be tested in Java: numbers as themselves, dates as days since 1970, timestamps as microseconds
 * since 1970 (in UTC for {@code timestamp with time zone}; MySQL's datetime and timestamp as
 * written), times as microseconds since midnight (MySQL's TIME, a duration, from -838:59:59 to
 * 838:59:59). Literals this class cannot read (NaN, infinity, BC dates, time zone names) have no
 * key.
 */
public final class GenCompare {
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4,})-(\\d\\d)-(\\d\\d)(?:[ T](\\d\\d):(\\d\\d)(?::(\\d\\d)(?:\\.(\\d{1,6}))?)?)?"
              + "(?:([+-])(\\d\\d)(?::?(\\d\\d))?)?");
  private static final Pattern TIME =
      Pattern.compile("(-?)(\\d{2,3}):(\\d\\d)(?::(\\d\\d)(?:\\.(\\d{1,6}))?)?");
  private static final long MICROS_PER_DAY = 86_400_000_000L;

  private GenCompare() {}

  /** Whether the type has keys, so bounds on it can be understood. */
  static boolean ordered(GenType type) {
    return (type.kind() == GenType.Kind.BASE || type.kind() == GenType.Kind.OWN)
        && family(type) != null;
  }

  /** The key of a literal of the type, or null when it has none. */
  public static BigDecimal key(GenType type, String literal) {
    String family = family(type);
    if (literal == null || family == null) {
      return null;
    }
    return switch (family) {
      case "number" -> number(literal);
      case "time" -> time(literal);
      default -> dateTime(literal, family);
    };
  }

  private static String family(GenType type) {
    if (type.kind() == GenType.Kind.OWN) {
      return type.own().family(type);
    }
    return switch (type.base()) {
      case "smallint", "integer", "bigint", "numeric", "real", "double precision", "money", "oid" ->
          "number";
      case "date" -> "date";
      case "timestamp" -> "timestamp";
      case "timestamp with time zone" -> "timestamp with time zone";
      case "time" -> "time";
      default -> null;
    };
  }

  public static BigDecimal number(String literal) {
    String text = literal.trim();
    if (!text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      return null;
    }
    return new BigDecimal(text);
  }

  private static BigDecimal time(String literal) {
    Matcher m = TIME.matcher(literal.trim());
    if (!m.matches()) {
      return null;
    }
    long micros =
        (Long.parseLong(m.group(2)) * 3600 + Long.parseLong(m.group(3)) * 60 + seconds(m, 4))
                * 1_000_000L
            + fraction(m.group(5));
    return BigDecimal.valueOf(m.group(1).isEmpty() ? micros : -micros);
  }

  private static BigDecimal dateTime(String literal, String family) {
    Matcher m = DATE_TIME.matcher(literal.trim());
    if (!m.matches()) {
      return null;
    }
    long day;
    try {
      day =
          LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3)))
              .toEpochDay();
    } catch (java.time.DateTimeException e) {
      return null;
    }
    if ("date".equals(family)) {
      return BigDecimal.valueOf(day);
    }
    long micros = day * MICROS_PER_DAY;
    if (m.group(4) != null) {
      micros +=
          (Long.parseLong(m.group(4)) * 3600 + Long.parseLong(m.group(5)) * 60 + seconds(m, 6))
                  * 1_000_000L
              + fraction(m.group(7));
    }
    if (m.group(8) != null && "timestamp with time zone".equals(family)) {
      long offset = Long.parseLong(m.group(9)) * 3600 + seconds(m, 10) * 60;
      micros -= ("-".equals(m.group(8)) ? -offset : offset) * 1_000_000L;
    }
    return BigDecimal.valueOf(micros);
  }

  private static long seconds(Matcher m, int group) {
    return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
  }

  private static long fraction(String digits) {
    return digits == null ? 0 : Long.parseLong((digits + "00000").substring(0, 6));
  }
}
