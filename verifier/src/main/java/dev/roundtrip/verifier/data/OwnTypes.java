package dev.roundtrip.verifier.data;

import java.util.List;

/**
 * The values of the types a dialect has of its own ({@link GenType.Kind#OWN}), which the shared
 * generators do not make: the dialect's dates with their own limits, its binary strings, its sets.
 * A type of that kind carries the dialect's instance ({@link GenType#own()}).
 */
public interface OwnTypes {

  /** Whether values of the type can be generated. */
  boolean handles(GenType type);

  /** The boundary values of the column's type, most telling first. */
  List<String> specials(GenColumn column);

  /** A regular value, distinct for distinct ordinals as far as the type allows. */
  String regular(GenColumn column, long ordinal);

  /**
   * How literals of the type compare, so that bounds on it can be understood: {@code number},
   * {@code date}, {@code timestamp} or {@code time}; null when they are not ordered.
   */
  String family(GenType type);

  /**
   * Whether values of the type are bytes, written as {@code \x} and hex digits, so that a key on a
   * prefix of them counts bytes, not characters.
   */
  boolean bytes(GenType type);
}
