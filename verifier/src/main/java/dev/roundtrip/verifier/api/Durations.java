package dev.roundtrip.verifier.api;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time limits as users write them: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h}, a number of
 * seconds ({@code 45}), or ISO-8601 ({@code PT2M30S}).
 */
public final class Durations {
  private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

  private Durations() {}

  /**
   * The duration {@code text} says.
   *
   * @param setting the name of the setting, for the message, e.g. {@code statementTimeout}
   * @throws RoundtripException when the text is no duration, or not a positive one
   */
  public static Duration parse(String text, String setting) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Duration d;
    Matcher m = SIMPLE.matcher(t);
    if (m.matches()) {
      long n;
      try {
        n = Long.parseLong(m.group(1));
      } catch (NumberFormatException tooLong) {
        throw invalid(text, setting);
      }
      String unit = m.group(2) == null ? "s" : m.group(2);
      d =
          switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
          };
    } else {
      try {
        d = Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw invalid(text, setting);
      }
    }
    if (d.isNegative() || d.isZero()) {
      throw new RoundtripException(
          "<" + setting + ">: '" + text + "' is not a positive duration",
          "Give a limit above zero, e.g. 30s or 10m.");
    }
    return d;
  }

  /** {@code 250 ms}, {@code 30 s}, {@code 10 min}: how a limit is shown in messages. */
  public static String show(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0) {
      return ms / 60_000 + " min";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " s";
    }
    return ms + " ms";
  }

  /** {@code 42 s}, {@code 1 min 23 s}, {@code 2 h 5 min}: how long a run has taken so far. */
  public static String elapsed(Duration d) {
    long s = Math.max(0, d.toSeconds());
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min " + s % 60 + " s";
    }
    return s / 3600 + " h " + s % 3600 / 60 + " min";
  }

  private static RoundtripException invalid(String text, String setting) {
    return new RoundtripException(
        "<" + setting + ">: '" + text + "' is not a duration",
        "Write it as 500ms, 30s, 10m, 1h, a number of seconds, or ISO-8601 such as PT2M30S.");
  }
}
