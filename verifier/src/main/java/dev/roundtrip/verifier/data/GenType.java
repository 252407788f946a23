package dev.roundtrip.verifier.data;

import java.util.List;
import java.util.Objects;

/**
 * A column type resolved for generation, in the generator's own type model: domains are unwrapped
 * to their base type (their CHECKs and NOT NULL kept), arrays point at their element type, enums
 * carry their labels.
 *
 * <p>The model names the types several dialects share in SQL's words ({@code smallint}, {@code
 * integer}, {@code bigint}, {@code real}, {@code double precision}, {@code numeric}, {@code char},
 * {@code varchar}, {@code text}, {@code boolean}, {@code binary}, {@code bit}, {@code bit varying},
 * {@code date}, {@code time}, {@code time with time zone}, {@code timestamp}, {@code timestamp with
 * time zone}, {@code interval}, {@code uuid}, {@code json}), with their sizes said plainly ({@link
 * Size}); a dialect maps its types onto them where the values are the same (on the MySQL family
 * {@code tinyint unsigned} is {@code smallint} whose range is narrowed by a domain-like CHECK,
 * {@code varchar(20)} is {@code varchar} of length 20). Types only PostgreSQL has and whose values
 * the shared generators make (network addresses, geometric types, text search, {@code money},
 * {@code jsonb}, {@code xml}) keep PostgreSQL's names. Every other type is of kind {@link
 * Kind#OWN}, whose values the dialect makes ({@link OwnTypes}).
 *
 * @param display the type as the dialect prints it for the column, e.g. {@code numeric(10,2)} or
 *     {@code public.mood[]}; on the MySQL family, its {@code COLUMN_TYPE}
 * @param base the model's name of the type, e.g. {@code numeric}, {@code varchar}; {@code
 *     integer[]} for an array of integers; the enum or range name for those; the dialect's own type
 *     name for {@link Kind#OWN}, e.g. {@code datetime} or {@code set}
 * @param kind what sort of type it is
 * @param category {@code S} for a type whose values are any text (PostgreSQL's string types, such
 *     as {@code citext}, are), else empty
 * @param size the length, precision and scale, or fractional digits of seconds in force (the
 *     column's, else the innermost domain's)
 * @param labels an enum's labels in sort order (a MySQL SET's members), else empty
 * @param element an array's element type or a range's subtype, else null
 * @param domainChecks CHECK constraints of the domains wrapped around the type, outermost first; on
 *     the MySQL family, the range of the MySQL type where it is narrower than the model type's
 * @param domainNotNull whether one of those domains is NOT NULL
 * @param own the dialect's values for a type of {@link Kind#OWN}, else null
 */
public record GenType(
    String display,
    String base,
    Kind kind,
    String category,
    Size size,
    List<String> labels,
    GenType element,
    List<GenCheck> domainChecks,
    boolean domainNotNull,
    OwnTypes own) {

  /** The sort of type. */
  public enum Kind {
    BASE,
    ENUM,
    ARRAY,
    RANGE,
    /**
     * A type of the dialect's own, which takes values no type of the model does or within other
     * limits (on the MySQL family {@code date}, {@code datetime}, {@code timestamp}, {@code time},
     * {@code float}, {@code double}, binary strings, {@code set}, MariaDB's {@code inet4} and
     * {@code inet6}); its values come from {@link #own()}.
     */
    OWN,
    /** Composite, multirange, pseudo and other types the generator does not build. */
    OTHER
  }

  /**
   * How large values of a type may be, as its declaration says; -1 where it says nothing.
   *
   * @param length the most characters of {@code char} and {@code varchar}, bits of {@code bit} and
   *     {@code bit varying}, or bytes of a dialect's binary string
   * @param precision the digits of {@code numeric(p,s)}
   * @param scale the digits after the point of {@code numeric(p,s)} (0 when not given; it may be
   *     negative or exceed the precision on PostgreSQL 15 and later)
   * @param fraction the fractional digits of seconds kept by a time, timestamp or interval type
   */
  public record Size(int length, int precision, int scale, int fraction) {
    /** A type declared without a size. */
    public static final Size NONE = new Size(-1, -1, 0, -1);

    /** A string or bit string of at most {@code length} characters, bits or bytes. */
    public static Size length(int length) {
      return new Size(length, -1, 0, -1);
    }

    /** {@code numeric(precision, scale)}. */
    public static Size numeric(int precision, int scale) {
      return new Size(-1, precision, scale, -1);
    }

    /** A time type keeping {@code digits} fractional digits of seconds. */
    public static Size fraction(int digits) {
      return new Size(-1, -1, 0, digits);
    }
  }

  public GenType {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(size, "size");
    labels = List.copyOf(labels);
    domainChecks = List.copyOf(domainChecks);
    if ((kind == Kind.OWN) != (own != null)) {
      throw new IllegalArgumentException(
          "a type has a dialect's own values if and only if it is of kind OWN: " + display);
    }
  }

  /** A type of the model, not of kind {@link Kind#OWN}. */
  public GenType(
      String display,
      String base,
      Kind kind,
      String category,
      Size size,
      List<String> labels,
      GenType element,
      List<GenCheck> domainChecks,
      boolean domainNotNull) {
    this(display, base, kind, category, size, labels, element, domainChecks, domainNotNull, null);
  }

  /** A type of the dialect's own, whose values {@code own} makes. */
  public static GenType own(
      String display,
      String base,
      Size size,
      List<String> labels,
      List<GenCheck> checks,
      OwnTypes own) {
    return new GenType(display, base, Kind.OWN, "", size, labels, null, checks, false, own);
  }

  /** A plain base type of the model without a domain. */
  public static GenType base(String display, String base, Size size) {
    return new GenType(display, base, Kind.BASE, "", size, List.of(), null, List.of(), false);
  }

  /** For char(n), varchar(n), bit(n) and bit varying(n), a dialect's binary(n): n; else -1. */
  public int length() {
    return size.length();
  }

  /** For numeric(p,s): p; else -1. */
  public int precision() {
    return size.precision();
  }

  /** For numeric(p,s): s. */
  public int scale() {
    return size.scale();
  }

  /**
   * For time, timestamp and interval types: the fractional digits kept (6 unless given; MySQL's
   * give them always).
   */
  public int secondsPrecision() {
    return size.fraction() >= 0 && size.fraction() <= 6 ? size.fraction() : 6;
  }
}
