package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.schema.ObjectKind;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the names PostgreSQL makes up for objects created without one: {@code
 * <table>_<columns>_<label>}, where the columns are joined with {@code _} and the label says what
 * the object is ({@code pkey}, {@code key}, {@code fkey}, {@code check}, {@code excl}, {@code idx},
 * {@code seq}), cut to 63 bytes as PostgreSQL cuts it, with a number after the label when the name
 * was taken ({@code orders_customer_id_fkey1}). A name the project chose that happens to follow the
 * same pattern cannot be told apart and is treated the same.
 */
final class PostgresNames {
  /** PostgreSQL's {@code NAMEDATALEN - 1}: the longest identifier, in bytes. */
  private static final int MAX_BYTES = 63;

  private static final Pattern NUMBERED = Pattern.compile("(.*?)([1-9][0-9]*)?");

  private PostgresNames() {}

  /**
   * Whether the object read from the row has a name PostgreSQL made up, reading the columns {@code
   * relname} (the table, unqualified), {@code bare_name} (the object's own name, unquoted) and
   * {@code key_columns} (a {@code text[]} of the columns it is built on, null for expressions).
   */
  static boolean generated(ObjectKind kind, ResultSet row) throws SQLException {
    Array array = row.getArray("key_columns");
    List<String> columns;
    try {
      columns = array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    } finally {
      if (array != null) {
        array.free();
      }
    }
    return generated(kind, row.getString("bare_name"), row.getString("relname"), columns);
  }

  /** The label PostgreSQL gives an unnamed constraint of the kind, or null for none. */
  static String label(ObjectKind kind) {
    return switch (kind) {
      case PRIMARY_KEY -> "pkey";
      case UNIQUE_CONSTRAINT -> "key";
      case FOREIGN_KEY -> "fkey";
      case CHECK_CONSTRAINT -> "check";
      case EXCLUSION_CONSTRAINT -> "excl";
      case INDEX -> "idx";
      case SEQUENCE -> "seq";
      default -> null;
    };
  }

  /**
   * Whether PostgreSQL would have chosen {@code name} for an object of the kind on the table, over
   * the given columns.
   *
   * @param table the table's name, unqualified
   * @param columns the names of the columns the object is built on, in order; null where an element
   *     is an expression (PostgreSQL then names it after the function, or {@code expr})
   */
  static boolean generated(ObjectKind kind, String name, String table, List<String> columns) {
    String label = label(kind);
    if (label == null || table == null || name == null) {
      return false;
    }
    int cut = name.lastIndexOf("_" + label);
    if (cut < 0) {
      return false;
    }
    Matcher number = NUMBERED.matcher(name.substring(cut + 1 + label.length()));
    if (!number.matches() || !number.group(1).isEmpty()) {
      return false;
    }
    String numberedLabel = name.substring(cut + 1);
    for (String middle : middles(kind, name, table, columns, cut)) {
      if (makeObjectName(table, middle, numberedLabel).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The parts PostgreSQL may have put between table and label. */
  private static List<String> middles(
      ObjectKind kind, String name, String table, List<String> columns, int cut) {
    List<String> middles = new ArrayList<>();
    List<String> known = columns == null ? List.of() : columns;
    switch (kind) {
      case PRIMARY_KEY -> middles.add(null);
      case CHECK_CONSTRAINT -> {
        // a column constraint is named after its column, a table constraint after nothing
        middles.add(null);
        known.stream().filter(Objects::nonNull).forEach(middles::add);
      }
      default -> {
        boolean expressions = known.stream().anyMatch(Objects::isNull);
        if (known.isEmpty()) {
          break;
        }
        if (!expressions) {
          middles.add(String.join("_", known));
        } else if (name.startsWith(table + "_") && cut > table.length() + 1) {
          // expressions are named by PostgreSQL's choice: take the name's own middle
          middles.add(name.substring(table.length() + 1, cut));
        }
      }
    }
    return middles;
  }

  /**
   * {@code name1_name2_label} cut to 63 bytes the way PostgreSQL cuts it: the longer of the two
   * names loses a byte at a time, never splitting a character. {@code name2} may be null.
   */
  static String makeObjectName(String name1, String name2, String label) {
    byte[] first = name1.getBytes(StandardCharsets.UTF_8);
    byte[] second = name2 == null ? new byte[0] : name2.getBytes(StandardCharsets.UTF_8);
    int overhead = (name2 == null ? 0 : 1) + label.getBytes(StandardCharsets.UTF_8).length + 1;
    int available = MAX_BYTES - overhead;
    int firstBytes = first.length;
    int secondBytes = second.length;
    while (firstBytes + secondBytes > available) {
      if (firstBytes > secondBytes) {
        firstBytes--;
      } else {
        secondBytes--;
      }
    }
    StringBuilder out = new StringBuilder(clip(first, firstBytes));
    if (name2 != null) {
      out.append('_').append(clip(second, secondBytes));
    }
    return out.append('_').append(label).toString();
  }

  /** The first {@code length} bytes of UTF-8 text, less any character they would split. */
  private static String clip(byte[] utf8, int length) {
    int end = length;
    while (end > 0 && end < utf8.length && (utf8[end] & 0xC0) == 0x80) {
      end--;
    }
    return new String(utf8, 0, end, StandardCharsets.UTF_8);
  }
}
