package dev.roundtrip.verifier.data;

import java.util.List;
import java.util.Objects;

/**
 * A column type resolved for generation: domains are unwrapped to their base type (their CHECKs and
 * NOT NULL kept), arrays point at their element type, enums carry their labels.
 *
 * <p>A dialect whose types take the same text as a type of this model maps them onto it (on the
 * MySQL family {@code tinyint unsigned} is {@code int2} whose range is narrowed by a domain-like
 * CHECK, {@code varchar(20)} is {@code varchar(20)}); the others are of kind {@link Kind#OWN},
 * whose values the dialect makes ({@link OwnTypes}).
 *
 * @param display the type as {@code format_type} prints it for the column, e.g. {@code
 *     numeric(10,2)} or {@code public.mood[]}; on the MySQL family, its {@code COLUMN_TYPE}
 * @param base the name of the underlying base type in {@code pg_type}, e.g. {@code numeric}, {@code
 *     varchar}, {@code _int4} for an array; the enum or range name for those; the dialect's own
 *     type name for {@link Kind#OWN}, e.g. {@code timestamp} or {@code set}
 * @param kind what sort of type it is
 * @param category the base type's {@code typcategory}, e.g. {@code N} numeric, {@code S} string
 * @param typmod the type modifier in force (the column's, else the innermost domain's), or -1; for
 *     {@link Kind#OWN} types, as the dialect says (on the MySQL family the fractional digits of
 *     seconds or the maximum length in bytes)
 * @param labels an enum's labels in sort order (a MySQL SET's members), else empty
 * @param element an array's element type or a range's subtype, else null
 * @param domainChecks CHECK constraints of the domains wrapped around the type, outermost first; on
 *     the MySQL family, the range of the MySQL type where it is narrower than the base type's
 * @param domainNotNull whether one of those domains is NOT NULL
 * @param own the dialect's values for a type of {@link Kind#OWN}, else null
 */
public record GenType(
    String display,
    String base,
    Kind kind,
    String category,
    int typmod,
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

  public GenType {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(category, "category");
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
      int typmod,
      List<String> labels,
      GenType element,
      List<GenCheck> domainChecks,
      boolean domainNotNull) {
    this(display, base, kind, category, typmod, labels, element, domainChecks, domainNotNull, null);
  }

  /** A type of the dialect's own, whose values {@code own} makes. */
  public static GenType own(
      String display,
      String base,
      int typmod,
      List<String> labels,
      List<GenCheck> checks,
      OwnTypes own) {
    return new GenType(display, base, Kind.OWN, "", typmod, labels, null, checks, false, own);
  }

  /** A plain base type without a domain. */
  public static GenType base(String display, String base, int typmod) {
    return new GenType(display, base, Kind.BASE, "", typmod, List.of(), null, List.of(), false);
  }

  /** For varchar(n), char(n), bit(n) and varbit(n): n; else -1. */
  public int length() {
    return switch (base) {
      case "varchar", "bpchar" -> typmod >= 4 ? typmod - 4 : -1;
      case "bit", "varbit" -> typmod;
      default -> -1;
    };
  }

  /** For numeric(p,s): p; else -1. */
  public int precision() {
    return "numeric".equals(base) && typmod >= 4 ? ((typmod - 4) >> 16) & 0xffff : -1;
  }

  /** For numeric(p,s): s (which may be negative or exceed p on PostgreSQL 15 and later). */
  public int scale() {
    if (!"numeric".equals(base) || typmod < 4) {
      return 0;
    }
    int raw = (typmod - 4) & 0x7ff;
    return raw > 1023 ? raw - 2048 : raw;
  }

  /**
   * For time, timetz, timestamp and timestamptz: the fractional digits kept (6 unless given;
   * MySQL's give them always).
   */
  public int secondsPrecision() {
    return typmod >= 0 && typmod <= 6 ? typmod : 6;
  }
}
