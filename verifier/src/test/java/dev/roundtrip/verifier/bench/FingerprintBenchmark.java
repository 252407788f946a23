package dev.roundtrip.verifier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.DataDiff;
import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss;
import dev.roundtrip.verifier.data.DataSnapshot;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time and peak heap of snapshotting and comparing a table of 1,000,000 rows. Not part of the
 * default test run: {@code mvn -B verify -Pbenchmark -pl verifier} (the profile runs it with a 64
 * MB heap, so a comparison that held the table in memory would fail).
 */
@Tag("benchmark")
class FingerprintBenchmark {
  private static final int ROWS = 1_000_000;

  @Test
  void millionRows() throws SQLException {
    try (DisposableDatabase db = PostgresTestServer.newDatabase()) {
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE ledger (id bigint PRIMARY KEY, amount numeric(12,3), note text,"
                + " at timestamptz, settled boolean)");
        s.execute(
            "INSERT INTO ledger SELECT g, (g % 100000) / 1000.0, 'entry ' || g,"
                + " timestamptz '2024-01-01 00:00:00+00' + g * interval '1 second', g % 2 = 0"
                + " FROM generate_series(1, "
                + ROWS
                + ") g");
      }
      List<String> schemas = List.of("public");
      resetPeaks();
      long t0 = System.nanoTime();
      try (DataSnapshot before =
          DataSnapshot.take(
              TestDialects.POSTGRESQL, db::connect, schemas, Set.of(), "bench", true)) {
        long t1 = System.nanoTime();
        try (Connection c = db.connect();
            Statement s = c.createStatement()) {
          s.execute("UPDATE ledger SET amount = round(amount, 2) WHERE id % 1000 = 7");
        }
        long t2 = System.nanoTime();
        List<DataLoss> losses =
            new DataDiff(TestDialects.POSTGRESQL, db::connect, schemas, Set.of())
                .lost(before, Mode.EXACT);
        long t3 = System.nanoTime();
        assertThat(losses)
            .singleElement()
            .satisfies(l -> assertThat(l.count()).isEqualTo(ROWS / 1000));
        System.out.printf(
            "BENCHMARK fingerprint rows=%d snapshot=%d ms compare=%d ms changed=%d"
                + " peak-heap=%.1f MB max-heap=%.0f MB%n",
            ROWS,
            (t1 - t0) / 1_000_000,
            (t3 - t2) / 1_000_000,
            losses.get(0).count(),
            peakHeap() / 1048576.0,
            Runtime.getRuntime().maxMemory() / 1048576.0);
      }
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
