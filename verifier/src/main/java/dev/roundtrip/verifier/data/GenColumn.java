package dev.roundtrip.verifier.data;

/**
 * A column (or an array's element) as the value generator sees it.
 *
 * @param name the column name, for messages
 * @param type its type
 * @param rule what the understood CHECKs allow
 * @param nullable whether NULL may be generated
 * @param salt mixes the seed and the column name: moves boundary values between rows and varies the
 *     regular values
 * @param unicode whether the database encoding takes any character (UTF8)
 */
public record GenColumn(
    String name, GenType type, GenRule rule, boolean nullable, long salt, boolean unicode) {

  /** The array element or range subtype as a column of its own. */
  GenColumn inner() {
    return new GenColumn(
        name + "[]",
        type.element(),
        GenCheckParser.domainRule(type.element()),
        true,
        salt * 31 + 7,
        unicode);
  }

  /** A non-negative number from the salt, below {@code bound}. */
  public int pick(int bound) {
    return Math.floorMod(salt, bound);
  }

  /** Mixes the salt with a name, deterministically. */
  static long mix(long seed, String name) {
    long h = seed ^ 0x9E3779B97F4A7C15L;
    for (int i = 0; i < name.length(); i++) {
      h = (h ^ name.charAt(i)) * 0x100000001B3L;
    }
    h ^= h >>> 31;
    return h & 0x7fff_ffff_ffffL;
  }
}
