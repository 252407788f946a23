package dev.roundtrip.verifier.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One-dimensional arrays of any generated element type, and ranges over integers, numeric, dates
 * and timestamps. Array elements are always written quoted, so quotes, backslashes, commas and
 * braces inside them survive.
 */
final class GenArrays {
  private GenArrays() {}

  static boolean handlesRange(GenType type) {
    return switch (type.element().base()) {
      case "integer", "bigint", "numeric", "date", "timestamp", "timestamp with time zone" -> true;
      default -> false;
    };
  }

  static List<String> arraySpecials(GenColumn column) {
    GenColumn element = column.inner();
    List<String> elements = ValueGenerator.specials(element);
    List<String> values = new ArrayList<>();
    values.add(array(elements.subList(0, Math.min(3, elements.size()))));
    values.add("{}");
    values.add("{NULL}");
    if (elements.size() > 3) {
      values.add(array(elements.subList(3, elements.size())));
    }
    List<String> withNull = new ArrayList<>();
    withNull.add(ValueGenerator.regular(element, 0));
    withNull.add(null);
    values.add(array(withNull));
    return values;
  }

  static String arrayRegular(GenColumn column, long ordinal) {
    GenColumn element = column.inner();
    List<String> elements = new ArrayList<>();
    for (long i = 0; i < 1 + Math.floorMod(ordinal, 3); i++) {
      elements.add(ValueGenerator.regular(element, ordinal * 3 + i));
    }
    return array(elements);
  }

  private static String array(List<String> elements) {
    StringBuilder text = new StringBuilder("{");
    for (String element : elements) {
      if (text.length() > 1) {
        text.append(',');
      }
      if (element == null) {
        text.append("NULL");
      } else {
        text.append('"').append(element.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
    }
    return text.append('}').toString();
  }

  static List<String> rangeSpecials(GenColumn column) {
    String first =
        switch (column.type().element().base()) {
          case "integer" -> "[-2147483648,2147483647)";
          case "bigint" -> "[-9223372036854775808,9223372036854775807)";
          case "numeric" -> "[-1.5,2.25]";
          case "date" -> "[2000-02-29,2000-03-01)";
          default -> "[\"2000-02-29 12:34:56.789012\",\"2000-03-01 00:00:00\")";
        };
    return List.of(first, "empty", "(,)");
  }

  static String rangeRegular(GenColumn column, long ordinal) {
    long start = ordinal * 10 + column.pick(1000);
    return switch (column.type().element().base()) {
      case "integer", "bigint" -> "[" + start + "," + (start + 5) + ")";
      case "numeric" -> "[" + start + ".5," + (start + 5) + ".25)";
      default -> {
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(Math.floorMod(start, 36_500));
        yield "date".equals(column.type().element().base())
            ? "[" + day + "," + day.plusDays(5) + ")"
            : "[\"" + day + " 08:15:30.25\",\"" + day.plusDays(5) + " 17:45:00\")";
      }
    };
  }
}
