package dev.roundtrip.verifier.migration;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration version as Flyway reads it: numeric parts separated by dots or underscores, compared
 * part by part ({@code 1.10 > 1.9}), trailing zero parts not counting ({@code 1.0 == 1}).
 */
public final class MigrationVersion implements Comparable<MigrationVersion> {
  private final String text;
  private final List<BigInteger> parts;

  private MigrationVersion(String text, List<BigInteger> parts) {
    this.text = text;
    this.parts = parts;
  }

  /**
   * Parses the version part of a file name, e.g. {@code 2_1} or {@code 2.1}.
   *
   * @throws IllegalArgumentException when a part is not a number
   */
  public static MigrationVersion parse(String raw) {
    String text = raw.replace('_', '.');
    if (text.isEmpty() || text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
      throw new IllegalArgumentException("'" + raw + "' is not a version");
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.split("\\.")) {
      if (!part.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("'" + raw + "' is not a version: '" + part + "'");
      }
      parts.add(new BigInteger(part));
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
      parts.remove(parts.size() - 1);
    }
    return new MigrationVersion(text, List.copyOf(parts));
  }

  @Override
  public int compareTo(MigrationVersion other) {
    int n = Math.max(parts.size(), other.parts.size());
    for (int i = 0; i < n; i++) {
      BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
      BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
      int c = a.compareTo(b);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MigrationVersion v && compareTo(v) == 0;
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  /** The version as written, with dots: {@code 2.1}. */
  @Override
  public String toString() {
    return text;
  }
}
