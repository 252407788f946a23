package dev.roundtrip.verifier.data;

import java.util.List;

/**
 * Makes the value of one column in one generated row, as the text the database reads for its type
 * (for a type of the dialect's own, the text the dialect's {@link OwnTypes} makes).
 *
 * <p>Rows take turns by their place among all rows of the table: in each run of five, one is NULL
 * (when the column allows it), two or three carry boundary values (the {@code specials} of the
 * type, in order) and two carry regular values that differ from row to row. Each boundary value is
 * used once in the table's life, so rows generated after later migrations do not repeat the ones
 * before them (a unique index added later meets distinct values); once they are used up, boundary
 * turns carry regular values too. Which row gets which turn depends on the seed and the column. A
 * value the understood CHECKs reject is not used; an allowed list (IN, enum labels narrowed by a
 * CHECK) is cycled through.
 */
public final class ValueGenerator {
  private static final int CYCLE = 5;

  private ValueGenerator() {}

  /** Whether values of the type can be generated. */
  public static boolean supported(GenType type) {
    return switch (type.kind()) {
      case ENUM -> !type.labels().isEmpty();
      case ARRAY -> supported(type.element()) && !"box".equals(type.element().base());
      case RANGE -> GenArrays.handlesRange(type);
      case OWN -> type.own().handles(type);
      case BASE ->
          GenNumbers.handles(type.base())
              || GenText.handles(type)
              || GenTime.handles(type.base())
              || GenMisc.handles(type.base());
      case OTHER -> false;
    };
  }

  /**
   * The value for a row, or null for SQL NULL.
   *
   * @param row the row's position among the rows generated now, from 0
   * @param ordinal the row's position among all rows of the table (existing rows first): regular
   *     values differ between ordinals
   * @param attempt 0 first; higher when an earlier value broke a unique key or a CHECK
   */
  public static String value(GenColumn column, int row, long ordinal, int attempt) {
    int slot = slot(column, ordinal);
    if (attempt == 0 && slot == 0 && column.nullable()) {
      return null;
    }
    List<String> allowed = column.rule().allowedValues();
    if (allowed != null && !allowed.isEmpty()) {
      return allowed.get(
          Math.floorMod(row + attempt + column.pick(allowed.size()), allowed.size()));
    }
    if (attempt == 0 && special(slot)) {
      List<String> specials = specials(column).stream().filter(v -> accepts(column, v)).toList();
      long before = specialsBefore(column, ordinal);
      if (before < specials.size()) {
        return specials.get((int) before);
      }
    }
    return plain(column, ordinal + attempt * 1_000_003L);
  }

  /**
   * Whether the first value of the column for the row is not a regular one: NULL or a boundary
   * value, which a CHECK the generator does not read may reject.
   */
  static boolean boundary(GenColumn column, long ordinal) {
    List<String> allowed = column.rule().allowedValues();
    if (allowed != null && !allowed.isEmpty()) {
      return false;
    }
    int slot = slot(column, ordinal);
    if (slot == 0 && column.nullable()) {
      return true;
    }
    return special(slot)
        && specialsBefore(column, ordinal)
            < specials(column).stream().filter(v -> accepts(column, v)).count();
  }

  /** A regular value for the ordinal that the understood CHECKs accept, where one is found. */
  static String plain(GenColumn column, long ordinal) {
    for (int k = 0; k < 8; k++) {
      String value = regular(column, ordinal + k * 7_919L);
      if (accepts(column, value)) {
        return value;
      }
    }
    return regular(column, ordinal);
  }

  static boolean accepts(GenColumn column, String value) {
    return column.rule().accepts(value, GenCompare.key(column.type(), value));
  }

  /** The boundary values of the column's type, most telling first. */
  static List<String> specials(GenColumn column) {
    GenType type = column.type();
    return switch (type.kind()) {
      case ENUM -> type.labels();
      case ARRAY -> GenArrays.arraySpecials(column);
      case RANGE -> GenArrays.rangeSpecials(column);
      case OWN -> type.own().specials(column);
      default -> {
        String base = type.base();
        if (GenNumbers.handles(base)) {
          yield GenNumbers.specials(column);
        } else if (GenTime.handles(base)) {
          yield GenTime.specials(column);
        } else if (GenMisc.handles(base)) {
          yield GenMisc.specials(column);
        }
        yield GenText.specials(column);
      }
    };
  }

  /** A regular value, distinct for distinct ordinals as far as the type allows. */
  public static String regular(GenColumn column, long ordinal) {
    GenType type = column.type();
    return switch (type.kind()) {
      case ENUM -> GenMisc.regular(column, ordinal);
      case ARRAY -> GenArrays.arrayRegular(column, ordinal);
      case RANGE -> GenArrays.rangeRegular(column, ordinal);
      case OWN -> type.own().regular(column, ordinal);
      default -> {
        String base = type.base();
        if (GenNumbers.handles(base)) {
          yield GenNumbers.regular(column, ordinal);
        } else if (GenTime.handles(base)) {
          yield GenTime.regular(column, ordinal);
        } else if (GenMisc.handles(base)) {
          yield GenMisc.regular(column, ordinal);
        }
        yield GenText.regular(column, ordinal);
      }
    };
  }

  private static int slot(GenColumn column, long ordinal) {
    return (int) Math.floorMod(ordinal + column.pick(CYCLE), (long) CYCLE);
  }

  private static boolean special(int slot) {
    return slot == 0 || slot == 1 || slot == 3;
  }

  /** How many earlier rows of the table had a boundary turn. */
  private static long specialsBefore(GenColumn column, long ordinal) {
    long perCycle = 0;
    for (int r = 0; r < CYCLE; r++) {
      if (boundaryTurn(column, r)) {
        perCycle++;
      }
    }
    long count = ordinal / CYCLE * perCycle;
    for (long r = ordinal - ordinal % CYCLE; r < ordinal; r++) {
      if (boundaryTurn(column, r)) {
        count++;
      }
    }
    return count;
  }

  private static boolean boundaryTurn(GenColumn column, long ordinal) {
    int slot = slot(column, ordinal);
    return special(slot) && !(slot == 0 && column.nullable());
  }
}
