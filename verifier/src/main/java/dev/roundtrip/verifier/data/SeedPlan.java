package dev.roundtrip.verifier.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order in which tables are seeded: parents before children. Self-references and foreign key
 * cycles are broken at foreign keys whose columns all allow NULL: those are inserted as NULL and
 * set afterwards ({@link Step#deferred()}). A cycle with no such foreign key cannot be seeded; its
 * first table (by name) is skipped with the reason.
 */
final class SeedPlan {

  /**
   * One table to seed.
   *
   * @param table the table
   * @param deferred its foreign keys that are inserted as NULL and set once every table is seeded
   */
  record Step(TableInfo table, List<ForeignKeyInfo> deferred) {}

  /**
   * A table left out, and why.
   *
   * @param table the table
   * @param reason why
   */
  record Skip(TableInfo table, String reason) {}

  private final List<Step> steps;
  private final List<Skip> skips;

  private SeedPlan(List<Step> steps, List<Skip> skips) {
    this.steps = List.copyOf(steps);
    this.skips = List.copyOf(skips);
  }

  List<Step> steps() {
    return steps;
  }

  List<Skip> skips() {
    return skips;
  }

  /** Orders the tables to seed, given in name order. */
  static SeedPlan of(List<TableInfo> tables) {
    Set<String> pending =
        tables.stream()
            .map(TableInfo::qualifiedName)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    List<TableInfo> remaining = new ArrayList<>(tables);
    List<Step> steps = new ArrayList<>();
    List<Skip> skips = new ArrayList<>();
    while (!remaining.isEmpty()) {
      TableInfo next = null;
      for (TableInfo table : remaining) {
        if (waitingOn(table, pending).isEmpty()) {
          next = table;
          break;
        }
      }
      if (next != null) {
        steps.add(new Step(next, selfReferences(next)));
      } else {
        for (TableInfo table : remaining) {
          List<ForeignKeyInfo> waiting = waitingOn(table, pending);
          if (waiting.stream().allMatch(fk -> nullable(table, fk))) {
            next = table;
            List<ForeignKeyInfo> deferred = new ArrayList<>(selfReferences(table));
            deferred.addAll(waiting);
            steps.add(new Step(table, deferred));
            break;
          }
        }
        if (next == null) {
          next = remaining.get(0);
          skips.add(
              new Skip(
                  next,
                  "its foreign keys "
                      + waitingOn(next, pending).stream().map(ForeignKeyInfo::name).toList()
                      + " form a cycle through NOT NULL columns"));
        }
      }
      remaining.remove(next);
      pending.remove(next.qualifiedName());
    }
    return new SeedPlan(steps, skips);
  }

  /** Foreign keys to other tables still to be seeded. */
  private static List<ForeignKeyInfo> waitingOn(TableInfo table, Set<String> pending) {
    return table.foreignKeys().stream()
        .filter(fk -> !fk.selfReference(table) && pending.contains(fk.parent()))
        .toList();
  }

  /** Self-references whose columns allow NULL: inserted as NULL, pointed at rows afterwards. */
  private static List<ForeignKeyInfo> selfReferences(TableInfo table) {
    return table.foreignKeys().stream()
        .filter(fk -> fk.selfReference(table) && nullable(table, fk))
        .toList();
  }

  static boolean nullable(TableInfo table, ForeignKeyInfo fk) {
    return fk.columns().stream()
        .allMatch(
            name ->
                table.column(name).map(c -> !c.notNull()).orElse(false)
                    && !table.primaryKey().contains(name));
  }
}
