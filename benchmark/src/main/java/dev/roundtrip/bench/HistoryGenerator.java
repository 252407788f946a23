package dev.roundtrip.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a migration history the way an application grows: tables created, columns added,
 * renamed, widened and backfilled, indexes added and dropped, foreign keys and views, mixed in a
 * fixed proportion by a seeded random source, so the same seed gives the same history. About one
 * migration in five creates a table (some hundred tables for 500 migrations).
 *
 * <p>Every down undoes its up exactly: the schema as before and every value from before the up as
 * it was. A down that narrows a type back cuts the values written after the widening to what the
 * narrower type holds, as a rollback of a widening must.
 */
final class HistoryGenerator {

  /** What a migration does, with its weight in the mix. */
  enum Kind {
    CREATE_TABLE(21),
    ADD_COLUMN(22),
    ADD_AND_BACKFILL(7),
    RENAME_COLUMN(9),
    WIDEN_COLUMN(11),
    ADD_INDEX(12),
    DROP_INDEX(4),
    ADD_FOREIGN_KEY(8),
    CREATE_VIEW(6);

    final int weight;

    Kind(int weight) {
      this.weight = weight;
    }
  }

  private static final int[] VARCHAR_LENGTHS = {20, 40, 60, 80, 120, 200};

  /** The longest total of varchar lengths in one index, within MariaDB's 3072-byte key. */
  private static final int MAX_INDEX_CHARS = 700;

  private final Flavor flavor;
  private final Random random;
  private final Names names;
  private final List<Table> tables = new ArrayList<>();
  private final Changes changes;

  HistoryGenerator(Flavor flavor, long seed) {
    this.flavor = flavor;
    this.random = new Random(seed);
    this.names = new Names(random);
    this.changes = new Changes(flavor, names, random);
  }

  /** The first {@code count} migrations of the history, versions 1 to {@code count}. */
  List<Migration> generate(int count) {
    List<Migration> history = new ArrayList<>();
    for (int version = 1; version <= count; version++) {
      history.add(next(version));
    }
    return history;
  }

  private Migration next(int version) {
    Kind kind = tables.size() < 3 ? Kind.CREATE_TABLE : pick();
    Migration m = build(kind, version);
    return m != null ? m : build(Kind.ADD_COLUMN, version);
  }

  private Kind pick() {
    int total = 0;
    for (Kind k : Kind.values()) {
      total += k.weight;
    }
    int r = random.nextInt(total);
    for (Kind k : Kind.values()) {
      r -= k.weight;
      if (r < 0) {
        return k;
      }
    }
    throw new IllegalStateException();
  }

  /** The migration of {@code kind}, or null where the schema offers nothing for it. */
  private Migration build(Kind kind, int version) {
    return switch (kind) {
      case CREATE_TABLE -> createTable(version);
      case ADD_COLUMN -> changes.addColumn(version, table(), newColumn());
      case ADD_AND_BACKFILL -> changes.addAndBackfill(version, table());
      case RENAME_COLUMN -> changes.rename(version, table());
      case WIDEN_COLUMN -> changes.widen(version, table(), MAX_INDEX_CHARS);
      case ADD_INDEX -> changes.addIndex(version, table(), MAX_INDEX_CHARS / 2);
      case DROP_INDEX -> changes.dropIndex(version, table());
      case ADD_FOREIGN_KEY -> changes.addForeignKey(version, table(), otherTable());
      case CREATE_VIEW -> changes.createView(version, table());
    };
  }

  private Migration createTable(int version) {
    Table table = new Table(names.table());
    int columns = 2 + random.nextInt(4);
    table.columns.add(
        new Column(
            random.nextBoolean() ? "name" : "title",
            ColumnType.varchar(VARCHAR_LENGTHS[2 + random.nextInt(4)]),
            false,
            null));
    for (int i = 1; i < columns; i++) {
      Column column = newColumn();
      column.name = table.freeColumnName(column.name);
      table.columns.add(column);
    }
    if (!tables.isEmpty() && random.nextInt(100) < 45) {
      Table parent = otherTable();
      Column ref =
          new Column(
              table.freeColumnName(Names.singular(parent.name) + "_id"),
              ColumnType.of(ColumnType.Kind.BIGINT),
              false,
              null);
      ref.frozen = true;
      table.columns.add(ref);
      table.foreignKeys.add(
          new Table.ForeignKey(names.unique("fk_" + table.name + "_" + parent.name), ref, parent));
    }
    tables.add(table);
    return new Migration(
        version,
        "create_" + table.name,
        flavor.createTable(table),
        List.of(flavor.dropTable(table)));
  }

  /** A column of a random kind, nullable or {@code NOT NULL} with a default. */
  private Column newColumn() {
    ColumnType.Kind[] kinds = ColumnType.Kind.values();
    ColumnType.Kind kind = kinds[random.nextInt(kinds.length)];
    ColumnType type =
        switch (kind) {
          case VARCHAR ->
              ColumnType.varchar(VARCHAR_LENGTHS[random.nextInt(VARCHAR_LENGTHS.length)]);
          case NUMERIC ->
              random.nextBoolean() ? ColumnType.numeric(12, 2) : ColumnType.numeric(8, 3);
          default -> ColumnType.of(kind);
        };
    String name = names.column(kind);
    if (random.nextInt(100) < 30) {
      String literal =
          switch (kind) {
            case VARCHAR -> "'new'";
            case INT, BIGINT, NUMERIC -> "0";
            case BOOLEAN -> "false";
            default -> null;
          };
      if (literal != null) {
        return new Column(name, type, false, literal);
      }
    }
    return Column.nullable(name, type);
  }

  /**
   * A table for a change, the older ones more often: as in an application, the first tables (its
   * core) keep changing.
   */
  private Table table() {
    int i = (int) (tables.size() * Math.pow(random.nextDouble(), 1.6));
    return tables.get(Math.min(i, tables.size() - 1));
  }

  private Table otherTable() {
    return tables.get(random.nextInt(tables.size()));
  }
}
