package dev.roundtrip.verifier.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Character strings (text, varchar(n), char(n), name, citext and other string types), bytea, bit
 * and varbit. Strings respect the declared length and the understood length CHECKs, counted in
 * characters as PostgreSQL counts them. Regular values look like the data the column's name
 * announces ({@link GenShape}: addresses in an email, hex keys in a key or token, names, labels),
 * where they fit; others are words that carry their distinguishing tag last, or first where a
 * unique key holds only a prefix of the column.
 */
public final class GenText {
  private static final List<String> WORDS =
      List.of(
          "amber", "birch", "cobalt", "delta", "ember", "fjord", "garnet", "harbor", "indigo",
          "juniper", "kelp", "lumen", "meadow", "nectar", "onyx", "pebble", "quartz", "river",
          "saffron", "tundra", "umber", "violet", "willow", "xenon", "yarrow", "zephyr");
  private static final String FILLER = "Lorem ipsum dolor sit amet, café straße 日本 ";
  private static final String ASCII_FILLER = "Lorem ipsum dolor sit amet, consectetur ";
  private static final int UNBOUNDED_LONG = 300;

  private GenText() {}

  public static boolean handles(GenType type) {
    return switch (type.base()) {
      case "text", "varchar", "char", "name", "binary", "bit", "bit varying" -> true;
      default -> "S".equals(type.category());
    };
  }

  /** Boundary values, most telling first. */
  public static List<String> specials(GenColumn column) {
    return switch (column.type().base()) {
      case "binary" ->
          List.of("\\x", "\\x00", "\\xdeadbeef00ff", "\\x" + hexOfAllBytes(), "\\x5c27");
      case "bit" -> bits(column, true);
      case "bit varying" -> bits(column, false);
      default -> strings(column);
    };
  }

  /** A value that differs for each ordinal, as far as the length allows. */
  public static String regular(GenColumn column, long ordinal) {
    String base = column.type().base();
    if ("binary".equals(base)) {
      return "\\x" + String.format(Locale.ROOT, "%012x%04x", ordinal, column.pick(0x10000));
    }
    if ("bit".equals(base) || "bit varying".equals(base)) {
      int length = bitLength(column);
      String bits = Long.toBinaryString(ordinal + 1 + column.pick(1 << 10));
      return fit(bits, length, "bit".equals(base) ? length : 0, '0');
    }
    int max = maxLength(column);
    String shaped = shaped(column, ordinal, max);
    if (shaped != null) {
      return pad(shaped, column);
    }
    String tag = Long.toString(ordinal, 36);
    int pick = column.pick(WORDS.size());
    String words =
        WORDS.get(Math.floorMod(pick + ordinal, WORDS.size()))
            + " "
            + WORDS.get(Math.floorMod(pick * 7 + ordinal * 3, WORDS.size()));
    String text = column.rule().distinctPrefix() > 0 ? tag + " " + words : words + " " + tag;
    if (max >= 0 && text.length() > max) {
      text = Long.toString(ordinal + column.pick(1000), 36);
      text = text.length() > max ? text.substring(text.length() - max) : text;
    }
    return pad(text, column);
  }

  /**
   * The value of the shape the column's name gives ({@link GenShape}), or null where it has none or
   * the value does not fit: longer than the column, or not distinct in the prefix a unique key
   * holds.
   */
  private static String shaped(GenColumn column, long ordinal, int max) {
    GenShape shape = GenShape.of(column.name());
    String value = shape.value(ordinal, column.pick(1024));
    if (value == null) {
      return null;
    }
    int prefix = column.rule().distinctPrefix();
    if (shape == GenShape.TOKEN) {
      int length = max < 0 ? value.length() : Math.min(max, value.length());
      boolean distinct =
          length >= GenShape.TOKEN_DISTINCT && (prefix <= 0 || prefix >= GenShape.TOKEN_DISTINCT);
      return distinct ? value.substring(0, length) : null;
    }
    return prefix > 0 || max >= 0 && value.length() > max ? null : value;
  }

  private static List<String> strings(GenColumn column) {
    int max = maxLength(column);
    String filler = column.unicode() ? FILLER : ASCII_FILLER;
    int longest = max >= 0 ? max : UNBOUNDED_LONG;
    List<String> values = new ArrayList<>();
    values.add("");
    values.add(truncate(filler.repeat(longest / filler.length() + 1), longest));
    values.add("it's a \"quoted\" value");
    if (column.unicode()) {
      values.add("Ünïcödé é ß 日本 😀");
    }
    values.add("several words of plain text");
    values.add("back\\slash C:\\temp\\new");
    values.add("  padded with spaces  ");
    values.add("x");
    values.add("line one\nline two\ttabbed");
    List<String> fitted = new ArrayList<>();
    for (String value : values) {
      String candidate = pad(truncate(value, max), column);
      if (!fitted.contains(candidate)) {
        fitted.add(candidate);
      }
    }
    return fitted;
  }

  private static String truncate(String value, int max) {
    if (max < 0 || value.codePointCount(0, value.length()) <= max) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, max));
  }

  private static String pad(String value, GenColumn column) {
    int min = column.rule().minLength();
    int length = value.codePointCount(0, value.length());
    return length >= min ? value : value + "x".repeat(min - length);
  }

  private static int maxLength(GenColumn column) {
    int declared = column.type().length();
    if ("name".equals(column.type().base())) {
      declared = 63;
    }
    int ruled = column.rule().maxLength();
    if (declared < 0) {
      return ruled;
    }
    return ruled < 0 ? declared : Math.min(declared, ruled);
  }

  private static int bitLength(GenColumn column) {
    int length = column.type().length();
    if (length < 0) {
      return "bit".equals(column.type().base()) ? 1 : -1;
    }
    return length;
  }

  private static List<String> bits(GenColumn column, boolean fixed) {
    int length = bitLength(column);
    int shown = length < 0 ? 64 : length;
    List<String> values = new ArrayList<>();
    if (!fixed) {
      values.add("");
    }
    values.add("1".repeat(shown));
    values.add("0".repeat(fixed ? shown : 1));
    values.add("10".repeat(shown).substring(0, shown));
    return values;
  }

  private static String fit(String bits, int max, int exact, char pad) {
    String value = max >= 0 && bits.length() > max ? bits.substring(bits.length() - max) : bits;
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < exact) {
      padded.insert(0, pad);
    }
    return padded.toString();
  }

  private static String hexOfAllBytes() {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < 256; i++) {
      hex.append(String.format(Locale.ROOT, "%02x", i));
    }
    return hex.toString();
  }
}
