package dev.roundtrip.verifier.data;

import java.util.Set;

/**
 * How the {@link Seeder} generates rows.
 *
 * @param rowsPerTable rows added to each seeded table; 0 adds none
 * @param seed the generator's seed: the same schema and seed give the same rows on every run
 * @param onlyTables the tables to seed, as {@code schema.table}; empty seeds every table. On
 *     PostgreSQL each part is quoted the way {@code quote_ident} quotes it (the names schema
 *     snapshots use), e.g. {@code public."Order Items"}; on MySQL and MariaDB the schema is the
 *     database and neither part is ever quoted, e.g. {@code shop.Order Items} (the names a data
 *     snapshot of the same dialect uses). Foreign keys of these tables to tables outside the set
 *     take their values from rows already there.
 */
public record SeedOptions(int rowsPerTable, long seed, Set<String> onlyTables) {
  public static final int DEFAULT_ROWS_PER_TABLE = 20;
  public static final long DEFAULT_SEED = 20_261_122L;

  public SeedOptions {
    if (rowsPerTable < 0) {
      throw new IllegalArgumentException("rowsPerTable must be 0 or more, not " + rowsPerTable);
    }
    onlyTables = Set.copyOf(onlyTables);
  }

  /** 20 rows per table, the default seed, every table. */
  public static SeedOptions defaults() {
    return new SeedOptions(DEFAULT_ROWS_PER_TABLE, DEFAULT_SEED, Set.of());
  }

  /** These options with another number of rows per table. */
  public SeedOptions withRowsPerTable(int rows) {
    return new SeedOptions(rows, seed, onlyTables);
  }

  /** These options with another seed. */
  public SeedOptions withSeed(long newSeed) {
    return new SeedOptions(rowsPerTable, newSeed, onlyTables);
  }

  /** These options restricted to the given qualified table names (empty: every table). */
  public SeedOptions onlyTables(Set<String> qualifiedNames) {
    return new SeedOptions(rowsPerTable, seed, qualifiedNames);
  }
}
