package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.data.GenCheck;
import dev.roundtrip.verifier.data.GenColumn;
import dev.roundtrip.verifier.data.GenNumbers;
import dev.roundtrip.verifier.data.GenText;
import dev.roundtrip.verifier.data.GenTime;
import dev.roundtrip.verifier.data.GenType;
import dev.roundtrip.verifier.data.GenType.Size;
import dev.roundtrip.verifier.data.OwnTypes;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's types for the seeder. A declared type has an affinity by SQLite's rules (a name holding
 * {@code INT} is INTEGER, {@code CHAR}, {@code CLOB} or {@code TEXT} is TEXT, {@code BLOB} or none
 * is BLOB, {@code REAL}, {@code FLOA} or {@code DOUB} is REAL, anything else NUMERIC); within
 * NUMERIC, the names applications give dates, times, booleans and decimals decide what their values
 * look like, as applications write them: ISO-8601 text, 0 and 1, numbers of that precision. Every
 * type is SQLite's own ({@link GenType.Kind#OWN}): its base is one of {@code integer}, {@code
 * real}, {@code text}, {@code blob}, {@code numeric}, {@code decimal}, {@code boolean}, {@code
 * date}, {@code datetime}; its size is the declared length of a text type, or the precision and
 * scale of a decimal.
 */
final class SqliteTypes implements OwnTypes {
  static final SqliteTypes TYPES = new SqliteTypes();

  private static final Pattern ARGS = Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

  private SqliteTypes() {}

  /** The type of a column declared as {@code declared} (possibly empty). */
  static GenType type(String declared) {
    String upper = declared.trim().toUpperCase(Locale.ROOT);
    String display = declared.trim().toLowerCase(Locale.ROOT);
    Matcher args = ARGS.matcher(upper);
    int first = args.find() ? Integer.parseInt(args.group(1)) : -1;
    int second = first >= 0 && args.group(2) != null ? Integer.parseInt(args.group(2)) : 0;
    String base;
    Size size = Size.NONE;
    List<GenCheck> checks = List.of();
    if (upper.contains("INT")) {
      base = "integer";
    } else if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) {
      base = "text";
      size = first >= 0 ? Size.length(first) : Size.NONE;
    } else if (upper.isEmpty() || upper.contains("BLOB")) {
      base = "blob";
    } else if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")) {
      base = "real";
    } else if (upper.contains("BOOL")) {
      base = "boolean";
    } else if (upper.contains("DATETIME") || upper.contains("TIMESTAMP")) {
      base = "datetime";
    } else if (upper.contains("DATE")) {
      base = "date";
    } else if ((upper.contains("DECIMAL") || upper.contains("NUMERIC")) && first > 0) {
      base = "decimal";
      size = Size.numeric(first, second);
    } else {
      base = "numeric";
    }
    return GenType.own(display.isEmpty() ? "blob" : display, base, size, List.of(), checks, TYPES);
  }

  @Override
  public boolean handles(GenType type) {
    return true;
  }

  @Override
  public List<String> specials(GenColumn column) {
    GenType type = column.type();
    return switch (type.base()) {
      case "integer" ->
          List.of("0", "-9223372036854775808", "9223372036854775807", "-1", "2147483648");
      case "real" -> List.of("1.7976931348623157e308", "-1.5", "4.9e-324", "0.1", "-0.0");
      case "numeric" -> List.of("0", "-1.5", "12345678901234567890", "0.1");
      case "decimal" -> GenNumbers.specials(as(column, "numeric"));
      case "boolean" -> List.of("0", "1");
      case "date" -> List.of("2000-02-29", "0001-01-01", "9999-12-31", "1970-01-01");
      case "datetime" ->
          List.of(
              "2000-02-29 12:34:56.789",
              "0001-01-01 00:00:00",
              "9999-12-31 23:59:59.999",
              "1970-01-01 00:00:00");
      case "blob" -> List.of("\\x", "\\x00", "\\xdeadbeef00ff", "\\x5c27");
      default -> GenText.specials(as(column, "text"));
    };
  }

  @Override
  public String regular(GenColumn column, long ordinal) {
    return switch (column.type().base()) {
      case "integer", "numeric" -> GenNumbers.regular(as(column, "bigint"), ordinal);
      case "real" -> GenNumbers.regular(as(column, "double precision"), ordinal);
      case "decimal" -> GenNumbers.regular(as(column, "numeric"), ordinal);
      case "boolean" -> Long.toString((ordinal + column.pick(2)) % 2);
      case "date" -> GenTime.regular(as(column, "date"), ordinal);
      case "datetime" -> GenTime.regular(as(column, "timestamp"), ordinal);
      case "blob" -> "\\x" + String.format(Locale.ROOT, "%012x%04x", ordinal, column.pick(0x10000));
      default -> GenText.regular(as(column, "text"), ordinal);
    };
  }

  @Override
  public String family(GenType type) {
    return switch (type.base()) {
      case "integer", "real", "numeric", "decimal", "boolean" -> "number";
      case "date" -> "date";
      case "datetime" -> "timestamp";
      default -> null;
    };
  }

  @Override
  public boolean bytes(GenType type) {
    return "blob".equals(type.base());
  }

  /** The column as the shared generator's type whose values it takes. */
  private static GenColumn as(GenColumn column, String base) {
    GenType own = column.type();
    String b = "text".equals(base) && own.length() >= 0 ? "varchar" : base;
    Size size = "timestamp".equals(base) ? Size.fraction(3) : own.size();
    GenType type = GenType.base(own.display(), b, size);
    return new GenColumn(
        column.name(), type, column.rule(), column.nullable(), column.salt(), column.unicode());
  }
}
