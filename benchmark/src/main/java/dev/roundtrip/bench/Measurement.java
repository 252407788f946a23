package dev.roundtrip.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;

/**
 * One measurement, run in a JVM of its own by {@link BenchmarkMain}: Flyway {@code migrate} or
 * Liquibase {@code updateTestingRollback} on a fresh database (made before and dropped after the
 * clock), or Roundtrip's verify. It writes what it measured into a properties file: its time from
 * the JVM's start, the time of the work alone, the CPU time of the JVM, and the heap's peaks.
 *
 * <p>Arguments: {@code <task> <dialect> <history folder> <result file>}, task one of {@code
 * flyway}, {@code liquibase}, {@code roundtrip} (the generator on) and {@code roundtrip-nogen}.
 */
public final class Measurement {
  private Measurement() {}

  public static void main(String[] args) throws Exception {
    long mainAt = System.currentTimeMillis();
    HeapWatch heap = HeapWatch.start();
    String task = args[0];
    BenchServer server = BenchServer.of(args[1]);
    Path history = Path.of(args[2]);
    Path resultFile = Path.of(args[3]);
    Properties result = new Properties();
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    result.setProperty("jvmStartMs", Long.toString(mainAt - jvmStart));
    long excluded = 0;
    long workMs;
    boolean ok = false;
    try {
      switch (task) {
        case "flyway", "liquibase" -> {
          long t = System.nanoTime();
          String database = server.createDatabase(task.equals("flyway") ? "fw" : "lb");
          excluded += since(t);
          try {
            long w = System.nanoTime();
            if (task.equals("flyway")) {
              flyway(server.databaseUrl(database), history.resolve("migrations"));
            } else {
              LiquibaseRun.updateTestingRollback(
                  server.databaseUrl(database), history, HistoryWriter.CHANGELOG);
            }
            workMs = since(w);
          } finally {
            long d = System.nanoTime();
            server.dropDatabase(database);
            excluded += since(d);
          }
        }
        case "roundtrip", "roundtrip-nogen" -> {
          long w = System.nanoTime();
          RoundtripRun.verify(server, history, task.equals("roundtrip"), result);
          workMs = since(w);
        }
        default -> throw new IllegalArgumentException("unknown task " + task);
      }
      ok = true;
      result.setProperty("workMs", Long.toString(workMs));
    } catch (Exception | LinkageError e) {
      e.printStackTrace();
      result.setProperty("error", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    long wall = System.currentTimeMillis() - jvmStart - excluded;
    result.setProperty("ok", Boolean.toString(ok));
    result.setProperty("wallMs", Long.toString(wall));
    result.setProperty("excludedMs", Long.toString(excluded));
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      result.setProperty("cpuMs", Long.toString(os.getProcessCpuTime() / 1_000_000));
    }
    // collection notifications arrive on a thread of their own
    TimeUnit.MILLISECONDS.sleep(200);
    result.setProperty("livePeak", Long.toString(heap.livePeak()));
    result.setProperty("totalPeak", Long.toString(HeapWatch.totalPeak()));
    result.setProperty("collections", Integer.toString(heap.collections()));
    write(result, resultFile);
    System.exit(ok ? 0 : 1);
  }

  private static void flyway(String url, Path migrations) {
    Flyway.configure(Measurement.class.getClassLoader())
        .dataSource(url, null, null)
        .locations("filesystem:" + migrations.toAbsolutePath())
        .load()
        .migrate();
  }

  private static long since(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
  }

  private static void write(Properties result, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      result.store(out, "one benchmark measurement");
    }
  }
}
