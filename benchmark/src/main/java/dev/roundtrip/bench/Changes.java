package dev.roundtrip.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The migrations that change an existing table, each with the down that undoes it, updating the
 * model of the schema as they go. Each returns null where the table offers nothing to change.
 */
final class Changes {
  private final Flavor flavor;
  private final Names names;
  private final Random random;

  Changes(Flavor flavor, Names names, Random random) {
    this.flavor = flavor;
    this.names = names;
    this.random = random;
  }

  Migration addColumn(int version, Table table, Column column) {
    column.name = table.freeColumnName(column.name);
    table.columns.add(column);
    return new Migration(
        version,
        "add_" + table.name + "_" + column.name,
        List.of(flavor.addColumn(table, column)),
        List.of(flavor.dropColumn(table, column)));
  }

  /**
   * A column added and filled from another in the same migration: a lower-cased copy of a string,
   * or whether a nullable column holds a value.
   */
  Migration addAndBackfill(int version, Table table) {
    List<Column> strings =
        table.columns.stream()
            .filter(c -> c.type.kind() == ColumnType.Kind.VARCHAR && c.type.widenable())
            .toList();
    Column source;
    Column target;
    String value;
    if (!strings.isEmpty() && random.nextBoolean()) {
      source = strings.get(random.nextInt(strings.size()));
      target = Column.nullable(table.freeColumnName(source.name + "_lower"), source.type.widened());
      value = "lower(" + source.name + ")";
    } else {
      List<Column> nullable = table.columns.stream().filter(c -> c.nullable).toList();
      if (nullable.isEmpty()) {
        return null;
      }
      source = nullable.get(random.nextInt(nullable.size()));
      target =
          new Column(
              table.freeColumnName("has_" + source.name),
              ColumnType.of(ColumnType.Kind.BOOLEAN),
              false,
              "false");
      value = "(" + source.name + " IS NOT NULL)";
    }
    table.columns.add(target);
    return new Migration(
        version,
        "backfill_" + table.name + "_" + target.name,
        List.of(
            flavor.addColumn(table, target),
            "UPDATE " + table.name + " SET " + target.name + " = " + value),
        List.of(flavor.dropColumn(table, target)));
  }

  Migration rename(int version, Table table) {
    List<Column> candidates = table.columns.stream().filter(c -> !c.frozen).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    Column column = candidates.get(random.nextInt(candidates.size()));
    String from = column.name;
    String to = Names.renamed(from);
    to = table.freeColumnName(to.length() > 50 ? to.substring(0, 50) : to);
    column.name = to;
    return new Migration(
        version,
        "rename_" + table.name + "_" + from + "_to_" + to,
        List.of(flavor.renameColumn(table, from, to)),
        List.of(flavor.renameColumn(table, to, from)));
  }

  Migration widen(int version, Table table, int maxIndexChars) {
    List<Column> candidates =
        table.columns.stream()
            .filter(c -> !c.frozen && c.type.widenable())
            .filter(c -> fitsIndexes(table, c, maxIndexChars))
            .toList();
    if (candidates.isEmpty()) {
      return null;
    }
    Column column = candidates.get(random.nextInt(candidates.size()));
    ColumnType narrow = column.type;
    ColumnType wide = narrow.widened();
    List<String> up = flavor.widen(table, column, wide);
    column.type = wide;
    List<String> down = flavor.narrow(table, column, narrow);
    return new Migration(version, "widen_" + table.name + "_" + column.name, up, down);
  }

  /** Whether every index on {@code column} stays within the key length once it is widened. */
  private static boolean fitsIndexes(Table table, Column column, int maxIndexChars) {
    for (Table.Index index : table.indexes) {
      if (index.columns().contains(column)) {
        int chars = 0;
        for (Column c : index.columns()) {
          ColumnType t = c == column ? c.type.widened() : c.type;
          chars += t.kind() == ColumnType.Kind.VARCHAR ? t.size() : 0;
        }
        if (chars > maxIndexChars) {
          return false;
        }
      }
    }
    return true;
  }

  Migration addIndex(int version, Table table, int maxChars) {
    List<Column> candidates =
        table.columns.stream()
            .filter(c -> c.type.indexable())
            .filter(c -> table.foreignKeys.stream().noneMatch(fk -> fk.column() == c))
            .toList();
    if (candidates.isEmpty()) {
      return null;
    }
    List<Column> columns = new ArrayList<>();
    columns.add(candidates.get(random.nextInt(candidates.size())));
    if (candidates.size() > 1 && random.nextInt(4) == 0) {
      Column second = candidates.get(random.nextInt(candidates.size()));
      if (second != columns.get(0)) {
        columns.add(second);
      }
    }
    int chars =
        columns.stream()
            .filter(c -> c.type.kind() == ColumnType.Kind.VARCHAR)
            .mapToInt(c -> c.type.size())
            .sum();
    if (chars > maxChars || table.indexes.stream().anyMatch(i -> i.columns().equals(columns))) {
      return null;
    }
    Table.Index index =
        new Table.Index(
            names.unique(
                "ix_"
                    + table.name
                    + "_"
                    + columns.stream().map(c -> c.name).collect(Collectors.joining("_"))),
            List.copyOf(columns));
    table.indexes.add(index);
    return new Migration(
        version,
        "index_" + index.name(),
        List.of(flavor.createIndex(table, index)),
        List.of(flavor.dropIndex(table, index.name())));
  }

  Migration dropIndex(int version, Table table) {
    if (table.indexes.isEmpty()) {
      return null;
    }
    Table.Index index = table.indexes.remove(random.nextInt(table.indexes.size()));
    return new Migration(
        version,
        "drop_" + index.name(),
        List.of(flavor.dropIndex(table, index.name())),
        List.of(flavor.createIndex(table, index)));
  }

  Migration addForeignKey(int version, Table child, Table parent) {
    if (child == parent) {
      return null;
    }
    Column column =
        Column.nullable(
            child.freeColumnName(Names.singular(parent.name) + "_id"),
            ColumnType.of(ColumnType.Kind.BIGINT));
    column.frozen = true;
    Table.ForeignKey fk =
        new Table.ForeignKey(names.unique("fk_" + child.name + "_" + column.name), column, parent);
    String index = names.unique("ix_" + child.name + "_" + column.name);
    child.columns.add(column);
    child.foreignKeys.add(fk);
    return new Migration(
        version,
        "add_" + child.name + "_" + column.name + "_fk",
        flavor.addForeignKey(child, fk, index),
        flavor.dropForeignKey(child, fk, index));
  }

  /**
   * A view of some of the table's columns, joined to a table it references where it has a foreign
   * key; the columns a view reads are no longer renamed or retyped.
   */
  Migration createView(int version, Table table) {
    List<Column> own =
        table.columns.stream().filter(c -> c.type.kind() != ColumnType.Kind.TEXT).toList();
    if (own.size() < 2) {
      return null;
    }
    List<Column> shown = new ArrayList<>(own.subList(0, Math.min(3, own.size())));
    StringBuilder select = new StringBuilder("SELECT ").append(table.name).append(".id");
    for (Column c : shown) {
      select.append(", ").append(table.name).append('.').append(c.name);
      c.frozen = true;
    }
    StringBuilder from = new StringBuilder(" FROM ").append(table.name);
    if (!table.foreignKeys.isEmpty()) {
      Table.ForeignKey fk = table.foreignKeys.get(random.nextInt(table.foreignKeys.size()));
      Column shownParent = fk.parent().columns.get(0);
      shownParent.frozen = true;
      fk.column().frozen = true;
      select
          .append(", ")
          .append(fk.parent().name)
          .append('.')
          .append(shownParent.name)
          .append(" AS ")
          .append(table.freeColumnName(Names.singular(fk.parent().name) + "_" + shownParent.name));
      from.append(" LEFT JOIN ")
          .append(fk.parent().name)
          .append(" ON ")
          .append(fk.parent().name)
          .append(".id = ")
          .append(table.name)
          .append('.')
          .append(fk.column().name);
    }
    String view = names.unique("v_" + table.name + "_overview");
    return new Migration(
        version,
        "create_view_" + view,
        List.of("CREATE VIEW " + view + " AS " + select + from),
        List.of("DROP VIEW " + view));
  }
}
