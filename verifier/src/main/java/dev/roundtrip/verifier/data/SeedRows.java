package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.GenCheckParser.GenRelation;
import dev.roundtrip.verifier.data.TableInfo.UniqueKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the rows of one table: values from the {@link ValueGenerator}, foreign keys from rows of
 * the parent tables, DEFAULT now and then for columns with a constant default. A row that repeats a
 * unique key or breaks an understood column-to-column CHECK is built again with other values; after
 * {@value #ATTEMPTS} attempts it is given up and counted. A row with NULLs, boundary values or
 * DEFAULTs also carries a plain twin with regular values in those columns, inserted instead where
 * the database rejects the row (a CHECK the generator does not read, a trigger).
 */
public final class SeedRows {
  static final int ATTEMPTS = 40;

  /**
   * One row to insert.
   *
   * @param values the value of each insertable column, null for NULL
   * @param defaults where DEFAULT goes instead of the value
   */
  public record GenRow(String[] values, boolean[] defaults, GenRow plain) {
    GenRow(String[] values, boolean[] defaults) {
      this(values, defaults, null);
    }
  }

  private final TableInfo table;
  private final List<ColumnInfo> columns;
  private final Map<String, GenColumn> generated;
  private final List<GenRelation> relations;
  private final Map<ForeignKeyInfo, List<List<String>>> parents;
  private final Set<String> deferredColumns;
  private final long salt;
  private final Map<UniqueKey, Set<List<String>>> used;

  /** The columns set from parent rows (or linked later), which a plain twin keeps. */
  private final Set<String> fromParents = new HashSet<>();

  private String unmatched = "foreign keys";

  SeedRows(
      TableInfo table,
      List<ColumnInfo> columns,
      Map<String, GenColumn> generated,
      List<GenRelation> relations,
      Map<ForeignKeyInfo, List<List<String>>> parents,
      Set<String> deferredColumns,
      long salt,
      Map<UniqueKey, Set<List<String>>> used) {
    this.table = table;
    this.columns = columns;
    this.generated = generated;
    this.relations = relations;
    this.parents = parents;
    this.deferredColumns = deferredColumns;
    this.salt = salt;
    this.used = used;
    fromParents.addAll(deferredColumns);
    parents.keySet().forEach(fk -> fromParents.addAll(fk.columns()));
  }

  /**
   * Builds {@code count} rows (fewer when some cannot be made), numbering them after existing ones.
   */
  List<GenRow> build(int count, long existing, SeedReport.Builder report) {
    List<GenRow> rows = new ArrayList<>();
    for (int row = 0; row < count; row++) {
      String problem = null;
      GenRow built = null;
      int attempt = 0;
      for (; attempt < ATTEMPTS && built == null; attempt++) {
        GenRow candidate = candidate(row, existing + row, attempt);
        problem = candidate == null ? unmatched : conflict(candidate);
        if (problem == null) {
          built = candidate;
        }
      }
      if (built == null) {
        report.skippedRow(
            table.qualifiedName(),
            problem,
            "no row satisfying it found in " + ATTEMPTS + " attempts");
        continue;
      }
      GenRow withTwin = attempt == 1 ? withPlainTwin(built, existing + row) : built;
      remember(built);
      if (withTwin.plain() != null) {
        remember(withTwin.plain());
      }
      rows.add(withTwin);
    }
    return rows;
  }

  /**
   * The row with its plain twin: the same row where each NULL, boundary value or DEFAULT the
   * generator chose is a regular value instead (foreign keys and regular values stay as they are).
   * The row alone where nothing changes or the twin repeats a key of another row (only one of the
   * two is inserted, so sharing the row's own key values is fine).
   */
  private GenRow withPlainTwin(GenRow built, long ordinal) {
    String[] values = built.values().clone();
    boolean[] defaults = built.defaults().clone();
    boolean changed = false;
    for (int i = 0; i < columns.size(); i++) {
      ColumnInfo column = columns.get(i);
      GenColumn gen = generated.get(column.name());
      if (gen == null || fromParents.contains(column.name())) {
        continue;
      }
      if (defaults[i] || ValueGenerator.boundary(gen, ordinal)) {
        values[i] = ValueGenerator.plain(gen, ordinal);
        defaults[i] = false;
        changed = true;
      }
    }
    GenRow plain = new GenRow(values, defaults);
    if (!changed || conflict(plain) != null) {
      return built;
    }
    return new GenRow(built.values(), built.defaults(), plain);
  }

  private GenRow candidate(int row, long ordinal, int attempt) {
    String[] values = new String[columns.size()];
    boolean[] defaults = new boolean[columns.size()];
    boolean[] assigned = new boolean[columns.size()];
    int fkNumber = 0;
    for (Map.Entry<ForeignKeyInfo, List<List<String>>> entry : parents.entrySet()) {
      if (!assignParent(
          entry.getKey(), entry.getValue(), fkNumber++, row, attempt, values, assigned)) {
        return null;
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      ColumnInfo column = columns.get(i);
      GenColumn gen = generated.get(column.name());
      if (assigned[i] || deferredColumns.contains(column.name())) {
        continue;
      }
      if (gen == null) {
        defaults[i] = column.notNull();
      } else if (attempt == 0
          && column.defaultKind() == ColumnInfo.DefaultKind.STABLE
          && !inKey(column.name())
          && Math.floorMod(row + gen.salt(), 4) == 1) {
        defaults[i] = true;
      } else {
        values[i] = ValueGenerator.value(gen, row, ordinal, attempt);
      }
    }
    return new GenRow(values, defaults);
  }

  /** Sets the foreign key's columns from a parent row consistent with columns already set. */
  private boolean assignParent(
      ForeignKeyInfo fk,
      List<List<String>> candidates,
      int fkNumber,
      int row,
      int attempt,
      String[] values,
      boolean[] assigned) {
    int[] positions = fk.columns().stream().mapToInt(this::position).toArray();
    if (candidates.isEmpty()
        || (attempt == 0
            && SeedPlan.nullable(table, fk)
            && Math.floorMod(row + fkNumber + salt, 5) == 0
            && Arrays.stream(positions).noneMatch(p -> assigned[p]))) {
      for (int p : positions) {
        assigned[p] = true;
      }
      return candidates.isEmpty() ? SeedPlan.nullable(table, fk) : true;
    }
    int start = Math.floorMod(row * (long) (fkNumber + 1) + attempt + salt, candidates.size());
    for (int k = 0; k < candidates.size(); k++) {
      List<String> parent = candidates.get((start + k) % candidates.size());
      boolean consistent = true;
      for (int j = 0; j < positions.length; j++) {
        consistent &= !assigned[positions[j]] || parent.get(j).equals(values[positions[j]]);
      }
      if (consistent) {
        for (int j = 0; j < positions.length; j++) {
          values[positions[j]] = parent.get(j);
          assigned[positions[j]] = true;
        }
        return true;
      }
    }
    return false;
  }

  /** The name of the key or CHECK the row breaks, or null. */
  private String conflict(GenRow row) {
    for (GenRelation relation : relations) {
      if (!holds(relation, row)) {
        return relation.constraint();
      }
    }
    for (Map.Entry<UniqueKey, Set<List<String>>> key : used.entrySet()) {
      List<String> tuple = tuple(key.getKey(), row);
      if (tuple != null && key.getValue().contains(tuple)) {
        return key.getKey().name();
      }
    }
    return null;
  }

  /** Checks {@code left op right}, swapping the two values when that makes it hold. */
  private boolean holds(GenRelation relation, GenRow row) {
    int left = position(relation.left());
    int right = position(relation.right());
    if (left < 0 || right < 0) {
      return true;
    }
    String a = row.values()[left];
    String b = row.values()[right];
    if (a == null || b == null || row.defaults()[left] || row.defaults()[right]) {
      return true;
    }
    GenColumn leftColumn = generated.get(relation.left());
    GenColumn rightColumn = generated.get(relation.right());
    if (leftColumn == null || rightColumn == null) {
      return true;
    }
    BigDecimal x = GenCompare.key(leftColumn.type(), a);
    BigDecimal y = GenCompare.key(rightColumn.type(), b);
    if (x == null || y == null) {
      return !"<>".equals(relation.operator()) || !a.equals(b);
    }
    if (compares(x.compareTo(y), relation.operator())) {
      return true;
    }
    if (compares(y.compareTo(x), relation.operator())
        && ValueGenerator.accepts(leftColumn, b)
        && ValueGenerator.accepts(rightColumn, a)) {
      row.values()[left] = b;
      row.values()[right] = a;
      return true;
    }
    return false;
  }

  private static boolean compares(int order, String operator) {
    return switch (operator) {
      case "<" -> order < 0;
      case "<=" -> order <= 0;
      case ">" -> order > 0;
      case ">=" -> order >= 0;
      default -> order != 0;
    };
  }

  private void remember(GenRow row) {
    for (Map.Entry<UniqueKey, Set<List<String>>> key : used.entrySet()) {
      List<String> tuple = tuple(key.getKey(), row);
      if (tuple != null) {
        key.getValue().add(tuple);
      }
    }
  }

  /**
   * The row's values for the key as the database compares them, or null when one is NULL, DEFAULT
   * or left to the database.
   */
  private List<String> tuple(UniqueKey key, GenRow row) {
    List<String> values = new ArrayList<>();
    for (String name : key.columns()) {
      int p = position(name);
      if (p < 0 || row.values()[p] == null || row.defaults()[p]) {
        return null;
      }
      values.add(row.values()[p]);
    }
    return GenKeys.tuple(table, key, values);
  }

  private boolean inKey(String column) {
    return table.allKeys().stream().anyMatch(k -> k.columns().contains(column));
  }

  private int position(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    return -1;
  }

  /** Empty sets for each key whose columns are all inserted by the seeder. */
  static Map<UniqueKey, Set<List<String>>> keys(TableInfo table, List<ColumnInfo> insertable) {
    Map<UniqueKey, Set<List<String>>> keys = new java.util.LinkedHashMap<>();
    for (UniqueKey key : table.allKeys()) {
      if (key.columns().stream()
          .allMatch(c -> insertable.stream().anyMatch(i -> i.name().equals(c)))) {
        keys.put(key, new HashSet<>());
      }
    }
    return keys;
  }
}
