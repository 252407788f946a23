package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.TableInfo.UniqueKey;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Values as a unique key compares them, so that the seeder does not offer the database a row it
 * will reject as a duplicate: trailing spaces dropped from PostgreSQL's {@code char(n)}; a prefix
 * index's leading characters (bytes for binary strings); and on the MySQL family, where most
 * collations ignore trailing spaces, case and accents, the value without them. Where the collation
 * tells two values apart that this form takes for the same, the seeder only tries another value.
 */
final class GenKeys {
  private GenKeys() {}

  /** The values of the key's columns (in key order) in the form the key compares them. */
  static List<String> tuple(TableInfo table, UniqueKey key, List<String> values) {
    List<String> tuple = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      ColumnInfo column = table.column(key.columns().get(i)).orElse(null);
      String value = values.get(i);
      tuple.add(
          column == null || value == null
              ? value
              : form(column, value, key.prefixLengths().get(i)));
    }
    return tuple;
  }

  private static boolean bytes(GenType type) {
    return type.kind() == GenType.Kind.OWN && type.own().bytes(type);
  }

  /** One value as the key compares it; {@code prefix} is the prefix length, or 0. */
  static String form(ColumnInfo column, String value, int prefix) {
    String text = value;
    if (prefix > 0) {
      text = bytes(column.type()) ? prefixBytes(text, prefix) : prefix(text, prefix);
    }
    if (column.collation() != null) {
      text = stripTrailingSpaces(text);
      String collation = column.collation().toLowerCase(Locale.ROOT);
      if (!collation.endsWith("_bin") && !collation.contains("_cs")) {
        text =
            Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
      }
      return text;
    }
    return "char".equals(column.type().base()) ? stripTrailingSpaces(text) : text;
  }

  private static String prefix(String text, int characters) {
    return text.codePointCount(0, text.length()) <= characters
        ? text
        : text.substring(0, text.offsetByCodePoints(0, characters));
  }

  /** The first bytes of a binary value written {@code \x} and hex digits. */
  private static String prefixBytes(String text, int bytes) {
    return text.length() <= 2 + 2 * bytes ? text : text.substring(0, 2 + 2 * bytes);
  }

  private static String stripTrailingSpaces(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(0, end);
  }
}
