package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.data.GenCheck;
import dev.roundtrip.verifier.data.GenType;
import dev.roundtrip.verifier.data.GenType.Size;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The types a set of tables uses, read from {@code pg_type}, and their resolution into the
 * generator's type model: PostgreSQL's names of the types the model shares with other dialects
 * become the model's ({@code int4} is {@code integer}, {@code bpchar} is {@code char}, {@code
 * timestamptz} is {@code timestamp with time zone}), and type modifiers become sizes ({@code
 * varchar(20)}'s modifier 24 is length 20).
 */
final class GenTypes {
  private static final Map<String, String> MODEL_NAMES =
      Map.ofEntries(
          Map.entry("int2", "smallint"),
          Map.entry("int4", "integer"),
          Map.entry("int8", "bigint"),
          Map.entry("float4", "real"),
          Map.entry("float8", "double precision"),
          Map.entry("bpchar", "char"),
          Map.entry("bool", "boolean"),
          Map.entry("bytea", "binary"),
          Map.entry("varbit", "bit varying"),
          Map.entry("timestamptz", "timestamp with time zone"),
          Map.entry("timetz", "time with time zone"),
          // the one-byte internal type, which the model does not have
          Map.entry("char", "\"char\""));

  private final Map<Long, Row> rows = new HashMap<>();

  private record Row(
      String typname,
      String display,
      String typtype,
      String category,
      long baseType,
      int typmod,
      boolean notNull,
      long element,
      long subtype,
      List<String> labels,
      List<GenCheck> checks) {}

  /** Records one row of the types query. */
  void add(ResultSet row) throws SQLException {
    List<String> names = TableCatalog.strings(row.getArray("check_names"));
    List<String> definitions = TableCatalog.strings(row.getArray("check_defs"));
    List<GenCheck> checks = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      checks.add(new GenCheck(names.get(i), definitions.get(i)));
    }
    rows.put(
        row.getLong("oid"),
        new Row(
            row.getString("typname"),
            row.getString("display"),
            row.getString("typtype"),
            row.getString("typcategory"),
            row.getLong("typbasetype"),
            row.getInt("typtypmod"),
            row.getBoolean("typnotnull"),
            row.getLong("element"),
            row.getLong("subtype"),
            TableCatalog.strings(row.getArray("labels")),
            checks));
  }

  /** The type with the given OID and modifier, as the column's {@code format_type} shows it. */
  GenType resolve(long oid, int typmod, String display) {
    List<GenCheck> checks = new ArrayList<>();
    boolean notNull = false;
    int modifier = typmod;
    Row row = rows.get(oid);
    while (row != null && "d".equals(row.typtype())) {
      checks.addAll(row.checks());
      notNull |= row.notNull();
      if (modifier < 0) {
        modifier = row.typmod();
      }
      row = rows.get(row.baseType());
    }
    if (row == null) {
      return new GenType(
          display, "?", GenType.Kind.OTHER, "", Size.NONE, List.of(), null, checks, notNull);
    }
    GenType.Kind kind;
    GenType inner = null;
    if (row.element() != 0) {
      kind = GenType.Kind.ARRAY;
      inner = resolve(row.element(), modifier, rows.get(row.element()).display());
    } else if ("e".equals(row.typtype())) {
      kind = GenType.Kind.ENUM;
    } else if ("r".equals(row.typtype()) && row.subtype() != 0) {
      kind = GenType.Kind.RANGE;
      inner = resolve(row.subtype(), -1, rows.get(row.subtype()).display());
    } else if ("b".equals(row.typtype())) {
      kind = GenType.Kind.BASE;
    } else {
      kind = GenType.Kind.OTHER;
    }
    String base =
        switch (kind) {
          case ARRAY -> inner.base() + "[]";
          case BASE -> modelName(row.typname());
          default -> row.typname();
        };
    return new GenType(
        display,
        base,
        kind,
        "S".equals(row.category()) ? "S" : "",
        kind == GenType.Kind.BASE ? size(base, modifier) : Size.NONE,
        row.labels(),
        inner,
        checks,
        notNull);
  }

  /** The model's name of a PostgreSQL base type: its own where the model has it under that name. */
  static String modelName(String typname) {
    return MODEL_NAMES.getOrDefault(typname, typname);
  }

  /** The size a type modifier gives a type of the model, as {@code format_type} reads it. */
  static Size size(String base, int typmod) {
    if (typmod < 0) {
      return Size.NONE;
    }
    return switch (base) {
      case "char", "varchar" -> typmod >= 4 ? Size.length(typmod - 4) : Size.NONE;
      case "bit", "bit varying" -> Size.length(typmod);
      case "numeric" -> typmod >= 4 ? numeric(typmod - 4) : Size.NONE;
      case "time", "time with time zone", "timestamp", "timestamp with time zone", "interval" ->
          typmod <= 6 ? Size.fraction(typmod) : Size.NONE;
      default -> Size.NONE;
    };
  }

  /** numeric's precision in the high 16 bits, its scale as an 11-bit signed number in the low. */
  private static Size numeric(int modifier) {
    int raw = modifier & 0x7ff;
    return Size.numeric((modifier >> 16) & 0xffff, raw > 1023 ? raw - 2048 : raw);
  }
}
