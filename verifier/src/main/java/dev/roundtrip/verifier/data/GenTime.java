package dev.roundtrip.verifier.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dates, times, timestamps (with and without time zone) and intervals. Values carry a time of day
 * with microseconds, cut (never rounded) to the column's precision; {@code timestamp with time
 * zone} values are written with offsets other than UTC. Bounds from understood CHECKs are kept.
 */
public final class GenTime {
  private static final long MICROS_PER_DAY = 86_400_000_000L;
  private static final long MIN_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final List<String> OFFSETS =
      List.of("+05:30", "-08:00", "+00:00", "+14:00", "-03:30", "+09:00", "-12:00", "+01:00");

  private GenTime() {}

  public static boolean handles(String base) {
    return switch (base) {
      case "date",
          "time",
          "time with time zone",
          "timestamp",
          "timestamp with time zone",
          "interval" ->
          true;
      default -> false;
    };
  }

  public static List<String> specials(GenColumn column) {
    int precision = column.type().secondsPrecision();
    return switch (column.type().base()) {
      case "date" ->
          List.of(
              "0001-01-01", "2000-02-29", "1900-02-28", "2099-12-31", "1970-01-01", "9999-12-31");
      case "timestamp" ->
          instants(
              precision,
              null,
              "2000-02-29T12:34:56.789012",
              "0001-01-01T00:00:00",
              "1900-02-28T23:59:59.999999",
              "2099-12-31T23:59:59.999999",
              "1970-01-01T00:00:00",
              "2024-03-31T02:30:00.5");
      case "timestamp with time zone" ->
          instants(
              precision,
              OFFSETS,
              "2000-02-29T12:34:56.789012",
              "1999-12-31T23:59:59.999999",
              "0001-01-01T00:00:00",
              "2099-12-31T23:59:59.999999",
              "1970-01-01T00:00:00",
              "2038-01-19T03:14:07.999999",
              "2024-03-31T02:30:00.5");
      case "time" ->
          List.of(
              "12:34:56" + fraction(789_012, precision),
              "00:00:00",
              "23:59:59" + fraction(999_999, precision),
              "24:00:00");
      case "time with time zone" ->
          List.of(
              "12:34:56" + fraction(789_012, precision) + "+05:45",
              "00:00:00+00:00",
              "23:59:59" + fraction(999_999, precision) + "-12:00",
              "06:00:00+14:00");
      default ->
          List.of(
              "1 year 2 mons 3 days 04:05:06.789012",
              "00:00:00",
              "-1 days",
              "177999999 years",
              "-177999999 years",
              "00:00:00.000001",
              "-2 days +03:00:00");
    };
  }

  public static String regular(GenColumn column, long ordinal) {
    int precision = column.type().secondsPrecision();
    long micros =
        Math.floorMod(column.pick(1 << 20) * 1_000_003L + ordinal * 4_123_456_789L, MICROS_PER_DAY);
    long day = LocalDate.of(1990, 1, 1).toEpochDay() + column.pick(3000) + ordinal * 37;
    String base = column.type().base();
    if ("interval".equals(base)) {
      return ordinal + " days " + clock(micros, precision);
    }
    if ("time".equals(base) || "time with time zone".equals(base)) {
      String offset =
          "time with time zone".equals(base)
              ? OFFSETS.get(Math.floorMod(ordinal, OFFSETS.size()))
              : "";
      return clock(micros, precision) + offset;
    }
    return fromKey(column, inRange(column, key(base, day, micros)), ordinal);
  }

  /** The key moved inside the rule's bounds, if the column has a rule with bounds. */
  private static long inRange(GenColumn column, long key) {
    GenRule rule = column.rule();
    String base = column.type().base();
    long unit = "date".equals(base) ? 1 : 1_000_000;
    long low = "date".equals(base) ? MIN_DAY : MIN_DAY * MICROS_PER_DAY;
    long high = "date".equals(base) ? MAX_DAY : (MAX_DAY - 1) * MICROS_PER_DAY;
    if (rule.lowerBound() != null) {
      low = Math.max(low, rule.lowerBound().longValue() + (rule.lowerInclusive() ? 0 : unit));
    }
    if (rule.upperBound() != null) {
      high = Math.min(high, rule.upperBound().longValue() - (rule.upperInclusive() ? 0 : unit));
    }
    if (key >= low && key <= high || high < low) {
      return key;
    }
    return low + Math.floorMod(key - low, high - low + 1);
  }

  private static long key(String base, long day, long micros) {
    return "date".equals(base) ? day : day * MICROS_PER_DAY + micros;
  }

  private static String fromKey(GenColumn column, long key, long ordinal) {
    String base = column.type().base();
    if ("date".equals(base)) {
      return LocalDate.ofEpochDay(key).toString();
    }
    int precision = column.type().secondsPrecision();
    if ("timestamp".equals(base)) {
      return stamp(key, precision);
    }
    String offset = OFFSETS.get(Math.floorMod(ordinal + column.pick(8), OFFSETS.size()));
    long local = key + offsetMicros(offset);
    return stamp(local, precision) + offset;
  }

  private static List<String> instants(int precision, List<String> offsets, String... locals) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < locals.length; i++) {
      LocalDateTime time = LocalDateTime.parse(locals[i]);
      long micros = time.toLocalTime().toNanoOfDay() / 1000;
      String value = time.toLocalDate() + " " + clock(micros, precision);
      values.add(offsets == null ? value : value + offsets.get(i % offsets.size()));
    }
    return values;
  }

  private static String stamp(long key, int precision) {
    long day = Math.floorDiv(key, MICROS_PER_DAY);
    return LocalDate.ofEpochDay(day) + " " + clock(Math.floorMod(key, MICROS_PER_DAY), precision);
  }

  private static String clock(long micros, int precision) {
    long seconds = micros / 1_000_000;
    return String.format(
            Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        + fraction(micros % 1_000_000, precision);
  }

  private static String fraction(long micros, int precision) {
    if (precision <= 0) {
      return "";
    }
    String digits = String.format(Locale.ROOT, "%06d", micros).substring(0, precision);
    return micros == 0 ? "" : "." + digits;
  }

  private static long offsetMicros(String offset) {
    long minutes =
        Long.parseLong(offset.substring(1, 3)) * 60 + Long.parseLong(offset.substring(4, 6));
    return (offset.charAt(0) == '-' ? -minutes : minutes) * 60_000_000L;
  }
}
