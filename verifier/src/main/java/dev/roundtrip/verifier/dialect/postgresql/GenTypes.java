package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.data.GenCheck;
import dev.roundtrip.verifier.data.GenType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The types a set of tables uses, read from {@code pg_type}, and their resolution. */
final class GenTypes {
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
          display, "?", GenType.Kind.OTHER, "", modifier, List.of(), null, checks, notNull);
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
    return new GenType(
        display,
        row.typname(),
        kind,
        row.category(),
        modifier,
        row.labels(),
        inner,
        checks,
        notNull);
  }
}
