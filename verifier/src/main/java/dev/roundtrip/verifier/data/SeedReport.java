package dev.roundtrip.verifier.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Seeder} run did: rows inserted per table, rows it gave up (with the constraint that
 * rejected them and the database's message), tables it could not seed and why, and notes on how it
 * ran (for instance that user triggers fired because replica mode was not permitted).
 */
public final class SeedReport {

  /**
   * Rows of one table given up (or replaced) for one reason.
   *
   * @param table the qualified table name
   * @param constraint the constraint that rejected them (or the SQLSTATE when none is named)
   * @param reason the database's message for the first of them, or the generator's own
   * @param rows how many
   */
  public record SkippedRows(String table, String constraint, String reason, int rows) {}

  /**
   * A table that got no rows, and why.
   *
   * @param table the qualified table name
   * @param reason what stood in the way
   */
  public record SkippedTable(String table, String reason) {}

  private final Map<String, Integer> inserted;
  private final List<SkippedRows> skippedRows;
  private final List<SkippedRows> replacedRows;
  private final List<SkippedTable> skippedTables;
  private final List<String> notes;

  private SeedReport(Builder builder) {
    inserted = Collections.unmodifiableMap(new LinkedHashMap<>(builder.inserted));
    skippedRows = rows(builder.skipped);
    replacedRows = rows(builder.replaced);
    skippedTables = List.copyOf(builder.skippedTables);
    notes = List.copyOf(builder.notes);
  }

  private static List<SkippedRows> rows(Map<List<String>, Builder.Skipped> counted) {
    List<SkippedRows> rows = new ArrayList<>();
    counted.forEach(
        (key, value) ->
            rows.add(new SkippedRows(key.get(0), key.get(1), value.reason, value.rows)));
    return List.copyOf(rows);
  }

  /** Rows inserted per table, in the order tables were seeded. */
  public Map<String, Integer> insertedRows() {
    return inserted;
  }

  /** Rows inserted into one table (0 when it was not seeded). */
  public int insertedRows(String table) {
    return inserted.getOrDefault(table, 0);
  }

  /** Rows given up, per table and constraint, in the order they happened. */
  public List<SkippedRows> skippedRows() {
    return skippedRows;
  }

  /**
   * Rows the database rejected for their NULLs or boundary values, inserted instead as their plain
   * twin (regular values only); they count among the inserted rows.
   */
  public List<SkippedRows> replacedRows() {
    return replacedRows;
  }

  /** All rows given up, over all tables. */
  public int skippedRowCount() {
    return skippedRows.stream().mapToInt(SkippedRows::rows).sum();
  }

  /** Tables that got no rows because the seeder could not build any. */
  public List<SkippedTable> skippedTables() {
    return skippedTables;
  }

  /**
   * How the run went where it matters to the data: triggers that fired, rows whose self-reference
   * or cycle link stayed NULL, names in {@link SeedOptions#onlyTables()} that match no table.
   */
  public List<String> notes() {
    return notes;
  }

  /** The report as lines for a console or a debug log. */
  public List<String> toLines() {
    List<String> lines = new ArrayList<>();
    int total = inserted.values().stream().mapToInt(Integer::intValue).sum();
    lines.add(
        "seeded "
            + total
            + " rows into "
            + inserted.size()
            + " tables; "
            + skippedRowCount()
            + " rows and "
            + skippedTables.size()
            + " tables skipped");
    inserted.forEach((table, rows) -> lines.add("  " + table + ": " + rows + " rows"));
    for (SkippedRows rows : skippedRows) {
      lines.add(
          "  skipped "
              + rows.rows()
              + " rows of "
              + rows.table()
              + " ("
              + rows.constraint()
              + "): "
              + rows.reason());
    }
    for (SkippedRows rows : replacedRows) {
      lines.add(
          "  replaced "
              + rows.rows()
              + " rows of "
              + rows.table()
              + " by rows of regular values ("
              + rows.constraint()
              + "): "
              + rows.reason());
    }
    for (SkippedTable table : skippedTables) {
      lines.add("  skipped table " + table.table() + ": " + table.reason());
    }
    notes.forEach(note -> lines.add("  note: " + note));
    return lines;
  }

  @Override
  public String toString() {
    return String.join(System.lineSeparator(), toLines());
  }

  /** Collects a report while the seeder runs. */
  public static final class Builder {
    private final Map<String, Integer> inserted = new LinkedHashMap<>();
    private final Map<List<String>, Skipped> skipped = new LinkedHashMap<>();
    private final Map<List<String>, Skipped> replaced = new LinkedHashMap<>();
    private final List<SkippedTable> skippedTables = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private static final class Skipped {
      final String reason;
      int rows;

      Skipped(String reason) {
        this.reason = reason;
      }
    }

    void inserted(String table, int rows) {
      inserted.merge(table, rows, Integer::sum);
    }

    public void skippedRow(String table, String constraint, String reason) {
      Objects.requireNonNull(constraint, "constraint");
      skipped.computeIfAbsent(List.of(table, constraint), k -> new Skipped(reason)).rows++;
    }

    public void replacedRow(String table, String constraint, String reason) {
      Objects.requireNonNull(constraint, "constraint");
      replaced.computeIfAbsent(List.of(table, constraint), k -> new Skipped(reason)).rows++;
    }

    void skippedTable(String table, String reason) {
      skippedTables.add(new SkippedTable(table, reason));
    }

    public void note(String note) {
      notes.add(note);
    }

    SeedReport build() {
      return new SeedReport(this);
    }
  }
}
