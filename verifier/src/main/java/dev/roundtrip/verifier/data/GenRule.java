package dev.roundtrip.verifier.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the understood CHECK constraints allow in one column: bounds (numbers, and dates and times
 * as {@link GenCompare#key comparable keys}), a list of allowed values, excluded values, a length
 * range, NOT NULL. Built up one conjunct at a time; an empty rule allows everything.
 */
public final class GenRule {
  private BigDecimal lower;
  private boolean lowerInclusive;
  private BigDecimal upper;
  private boolean upperInclusive;
  private List<String> allowed;
  private final Set<String> excluded = new TreeSet<>();
  private final List<BigDecimal> excludedKeys = new ArrayList<>();
  private int minLength;
  private int maxLength = -1;
  private int distinctPrefix;
  private boolean notNull;

  void lower(BigDecimal value, boolean inclusive) {
    int order = lower == null ? 1 : value.compareTo(lower);
    if (order > 0 || (order == 0 && !inclusive)) {
      lower = value;
      lowerInclusive = inclusive;
    }
  }

  void upper(BigDecimal value, boolean inclusive) {
    int order = upper == null ? -1 : value.compareTo(upper);
    if (order < 0 || (order == 0 && !inclusive)) {
      upper = value;
      upperInclusive = inclusive;
    }
  }

  void allow(List<String> values) {
    if (allowed == null) {
      allowed = new ArrayList<>(values);
    } else {
      allowed.retainAll(values);
    }
  }

  /** Excludes a value; {@code key} is its comparable key (so 0 also excludes 0.00), or null. */
  void exclude(String value, BigDecimal key) {
    excluded.add(value);
    if (key != null) {
      excludedKeys.add(key);
    }
  }

  public void minLength(int length) {
    minLength = Math.max(minLength, length);
  }

  public void maxLength(int length) {
    maxLength = maxLength < 0 ? length : Math.min(maxLength, length);
  }

  /**
   * Asks for regular values that differ within their first {@code length} characters, for a unique
   * key on a prefix of the column.
   */
  public void distinctPrefix(int length) {
    distinctPrefix = distinctPrefix == 0 ? length : Math.min(distinctPrefix, length);
  }

  /** The prefix length regular values differ within, or 0. */
  public int distinctPrefix() {
    return distinctPrefix;
  }

  void notNull() {
    notNull = true;
  }

  boolean isNotNull() {
    return notNull;
  }

  /** The lower bound, or null; see {@link #lowerInclusive()}. */
  public BigDecimal lowerBound() {
    return lower;
  }

  public boolean lowerInclusive() {
    return lowerInclusive;
  }

  /** The upper bound, or null; see {@link #upperInclusive()}. */
  public BigDecimal upperBound() {
    return upper;
  }

  public boolean upperInclusive() {
    return upperInclusive;
  }

  boolean hasBounds() {
    return lower != null || upper != null;
  }

  /** The allowed values without the excluded ones, or null when any value may do. */
  public List<String> allowedValues() {
    return allowed == null ? null : allowed.stream().filter(v -> !excluded.contains(v)).toList();
  }

  public int minLength() {
    return minLength;
  }

  public int maxLength() {
    return maxLength;
  }

  /** Whether the literal satisfies the rule; {@code key} is its comparable key, or null. */
  public boolean accepts(String literal, BigDecimal key) {
    if (literal == null) {
      return !notNull;
    }
    if (excluded.contains(literal) || (allowed != null && !allowed.contains(literal))) {
      return false;
    }
    int length = literal.codePointCount(0, literal.length());
    if (length < minLength || (maxLength >= 0 && length > maxLength)) {
      return false;
    }
    if (key != null && excludedKeys.stream().anyMatch(k -> k.compareTo(key) == 0)) {
      return false;
    }
    if (!hasBounds()) {
      return true;
    }
    if (key == null) {
      return false;
    }
    if (lower != null) {
      int order = key.compareTo(lower);
      if (order < 0 || (order == 0 && !lowerInclusive)) {
        return false;
      }
    }
    if (upper != null) {
      int order = key.compareTo(upper);
      return order < 0 || (order == 0 && upperInclusive);
    }
    return true;
  }
}
