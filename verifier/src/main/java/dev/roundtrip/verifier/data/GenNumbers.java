package dev.roundtrip.verifier.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Integers, numeric, money and floating point. Values are built as unscaled integers at the type's
 * scale, so {@code numeric(8,3)} gets {@code 12.345} and {@code 99999.999} exactly as typed, and
 * are kept inside the type's range and the bounds of understood CHECKs.
 */
public final class GenNumbers {
  private static final BigDecimal UNCONSTRAINED = new BigDecimal("99999999999999999999.9999");
  private static final String FRACTION_DIGITS = "3456789123456789";

  private GenNumbers() {}

  public static boolean handles(String base) {
    return switch (base) {
      case "smallint", "integer", "bigint", "oid", "numeric", "money", "real", "double precision" ->
          true;
      default -> false;
    };
  }

  /** Boundary values, most telling first: max, a full-scale fraction, min, zero, negatives. */
  public static List<String> specials(GenColumn column) {
    GenType type = column.type();
    List<String> floats = floatSpecials(type.base());
    Range range = range(column);
    if (range == null) {
      return floats;
    }
    Set<BigInteger> unscaled = new LinkedHashSet<>();
    BigInteger ulpsPerUnit = BigInteger.TEN.pow(Math.max(range.scale, 0));
    BigInteger fullScale = fullScale(range);
    unscaled.add(range.high);
    unscaled.add(fullScale);
    unscaled.add(range.low);
    unscaled.add(BigInteger.ZERO);
    unscaled.add(fullScale.negate());
    unscaled.add(BigInteger.ONE);
    unscaled.add(ulpsPerUnit.negate());
    unscaled.add(range.high.subtract(BigInteger.ONE));
    unscaled.add(range.low.add(BigInteger.ONE));
    List<String> values = new ArrayList<>(floats);
    for (BigInteger u : unscaled) {
      if (u.compareTo(range.low) >= 0 && u.compareTo(range.high) <= 0) {
        values.add(render(u, range.scale));
      }
    }
    if ("numeric".equals(type.base()) && type.precision() < 0 && !column.rule().hasBounds()) {
      values.addAll(
          List.of(
              "123456789012345678901234567890.123456789012345678901234567890",
              "-0.000000000000000000000000000001",
              "NaN"));
    }
    return values;
  }

  /** A value that differs for each ordinal as long as the range holds enough of them. */
  public static String regular(GenColumn column, long ordinal) {
    Range range = range(column);
    if (range == null) {
      return "0";
    }
    BigInteger span = range.high.subtract(range.low).add(BigInteger.ONE);
    BigInteger unit = BigInteger.TEN.pow(Math.max(range.scale, 0));
    BigInteger anchor =
        range.low.signum() <= 0 && range.high.signum() >= 0 ? BigInteger.ZERO : range.low;
    BigInteger step =
        unit.multiply(BigInteger.valueOf(37)).add(BigInteger.valueOf(1 + column.pick(9)));
    BigInteger offset = unit.multiply(BigInteger.valueOf(column.pick(1000)));
    BigInteger value = anchor.add(offset).add(step.multiply(BigInteger.valueOf(ordinal)));
    if (value.compareTo(range.high) > 0 || value.compareTo(range.low) < 0) {
      value = range.low.add(value.subtract(range.low).mod(span));
    }
    return render(value, range.scale);
  }

  private static List<String> floatSpecials(String base) {
    return switch (base) {
      case "real" ->
          List.of(
              "3.4028235e+38",
              "-1.5",
              "1.1754944e-38",
              "-3.4028235e+38",
              "0",
              "Infinity",
              "-Infinity",
              "NaN",
              "3.1415927");
      case "double precision" ->
          List.of(
              "1.7976931348623157e+308",
              "-1.5",
              "2.2250738585072014e-308",
              "-1.7976931348623157e+308",
              "0",
              "Infinity",
              "-Infinity",
              "NaN",
              "3.141592653589793");
      default -> List.of();
    };
  }

  /** A value whose fractional digits are all used and non-zero: 12.345 for numeric(8,3). */
  private static BigInteger fullScale(Range range) {
    if (range.scale <= 0) {
      return BigInteger.valueOf(12).min(range.high);
    }
    String fraction = FRACTION_DIGITS.repeat(range.scale / FRACTION_DIGITS.length() + 1);
    BigInteger value = new BigInteger("12" + fraction.substring(0, range.scale));
    while (value.compareTo(range.high) > 0) {
      value = value.divide(BigInteger.TEN);
    }
    return value;
  }

  private static String render(BigInteger unscaled, int scale) {
    return new BigDecimal(unscaled, scale).toPlainString();
  }

  /** Allowed unscaled values at a scale. */
  private record Range(BigInteger low, BigInteger high, int scale) {}

  /** The type's range narrowed by the rule, or null when nothing is left. */
  private static Range range(GenColumn column) {
    GenType type = column.type();
    int scale;
    BigDecimal low;
    BigDecimal high;
    switch (type.base()) {
      case "smallint" -> {
        scale = 0;
        low = BigDecimal.valueOf(Short.MIN_VALUE);
        high = BigDecimal.valueOf(Short.MAX_VALUE);
      }
      case "integer" -> {
        scale = 0;
        low = BigDecimal.valueOf(Integer.MIN_VALUE);
        high = BigDecimal.valueOf(Integer.MAX_VALUE);
      }
      case "bigint" -> {
        scale = 0;
        low = BigDecimal.valueOf(Long.MIN_VALUE);
        high = BigDecimal.valueOf(Long.MAX_VALUE);
      }
      case "oid" -> {
        scale = 0;
        low = BigDecimal.ZERO;
        high = new BigDecimal("4294967295");
      }
      case "money" -> {
        scale = 2;
        low = new BigDecimal("-92233720368547758.08");
        high = new BigDecimal("92233720368547758.07");
      }
      case "real", "double precision" -> {
        scale = 2;
        low = new BigDecimal("-1e15");
        high = new BigDecimal("1e15");
      }
      default -> {
        int precision = type.precision();
        if (precision > 0) {
          scale = type.scale();
          high = new BigDecimal(BigInteger.TEN.pow(precision).subtract(BigInteger.ONE), scale);
          low = high.negate();
        } else {
          scale = 4;
          high = UNCONSTRAINED;
          low = UNCONSTRAINED.negate();
        }
      }
    }
    GenRule rule = column.rule();
    BigInteger lowUnscaled = unscaled(low, scale, RoundingMode.CEILING);
    BigInteger highUnscaled = unscaled(high, scale, RoundingMode.FLOOR);
    if (rule.lowerBound() != null) {
      BigInteger bound = unscaled(rule.lowerBound(), scale, RoundingMode.CEILING);
      if (!rule.lowerInclusive()
          && new BigDecimal(bound, scale).compareTo(rule.lowerBound()) == 0) {
        bound = bound.add(BigInteger.ONE);
      }
      lowUnscaled = lowUnscaled.max(bound);
    }
    if (rule.upperBound() != null) {
      BigInteger bound = unscaled(rule.upperBound(), scale, RoundingMode.FLOOR);
      if (!rule.upperInclusive()
          && new BigDecimal(bound, scale).compareTo(rule.upperBound()) == 0) {
        bound = bound.subtract(BigInteger.ONE);
      }
      highUnscaled = highUnscaled.min(bound);
    }
    if (lowUnscaled.compareTo(highUnscaled) > 0) {
      return null;
    }
    return new Range(lowUnscaled, highUnscaled, scale);
  }

  private static BigInteger unscaled(BigDecimal value, int scale, RoundingMode rounding) {
    return value.setScale(scale, rounding).unscaledValue();
  }
}
