package dev.roundtrip.verifier.data;

import java.util.List;
import java.util.Objects;

/**
 * A column type resolved for generation: domains are unwrapped to their base type (their CHECKs and
 * NOT NULL kept), arrays point at their element type, enums carry their labels.
 *
 * <p>MySQL and MariaDB types are mapped onto the PostgreSQL type that takes the same text where
 * there is one (e.g. {@code tinyint unsigned} is {@code int2} whose range is narrowed by a
 * domain-like CHECK, {@code varchar(20)} is {@code varchar(20)}); the others are of kind {@link
 * Kind#MYSQL}. See {@link MySqlTypes}.
 *
 * @param display the type as {@code format_type} prints it for the column, e.g. {@code
 *     numeric(10,2)} or {@code public.mood[]}; on the MySQL family, its {@code COLUMN_TYPE}
 * @param base the name of the underlying base type in {@code pg_type}, e.g. {@code numeric}, {@code
 *     varchar}, {@code _int4} for an array; the enum or range name for those; the MySQL data type
 *     for {@link Kind#MYSQL}, e.g. {@code timestamp} or {@code set}
 * @param kind what sort of type it is
 * @param category the base type's {@code typcategory}, e.g. {@code N} numeric, {@code S} string
 * @param typmod the type modifier in force (the column's, else the innermost domain's), or -1; for
 *     {@link Kind#MYSQL} types, the fractional digits of seconds or the maximum length in bytes
 * @param labels an enum's labels in sort order (a MySQL SET's members), else empty
 * @param element an array's element type or a range's subtype, else null
 * @param domainChecks CHECK constraints of the domains wrapped around the type, outermost first; on
 *     the MySQL family, the range of the MySQL type where it is narrower than the base type's
 * @param domainNotNull whether one of those domains is NOT NULL
 */
record GenType(
    String display,
    String base,
    Kind kind,
    String category,
    int typmod,
    List<String> labels,
    GenType element,
    List<GenCheck> domainChecks,
    boolean domainNotNull) {

  /** The sort of type. */
  enum Kind {
    BASE,
    ENUM,
    ARRAY,
    RANGE,
    /**
     * A MySQL-family type that takes values no PostgreSQL type does, or within other limits: {@code
     * date}, {@code datetime}, {@code timestamp}, {@code time}, {@code float}, {@code double},
     * binary strings, {@code set}, MariaDB's {@code inet4} and {@code inet6}.
     */
    MYSQL,
    /** Composite, multirange, pseudo and other types the generator does not build. */
    OTHER
  }

  GenType {
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(category, "category");
    labels = List.copyOf(labels);
    domainChecks = List.copyOf(domainChecks);
  }

  /** A plain base type without a domain. */
  static GenType base(String display, String base, int typmod) {
    return new GenType(display, base, Kind.BASE, "", typmod, List.of(), null, List.of(), false);
  }

  /** For varchar(n), char(n), bit(n) and varbit(n): n; else -1. */
  int length() {
    return switch (base) {
      case "varchar", "bpchar" -> typmod >= 4 ? typmod - 4 : -1;
      case "bit", "varbit" -> typmod;
      default -> -1;
    };
  }

  /** For numeric(p,s): p; else -1. */
  int precision() {
    return "numeric".equals(base) && typmod >= 4 ? ((typmod - 4) >> 16) & 0xffff : -1;
  }

  /** For numeric(p,s): s (which may be negative or exceed p on PostgreSQL 15 and later). */
  int scale() {
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
  int secondsPrecision() {
    return typmod >= 0 && typmod <= 6 ? typmod : 6;
  }
}
