package dev.roundtrip.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmark: for each dialect and history length, generates the history, then measures
 * Flyway {@code migrate}, Liquibase {@code updateTestingRollback} and Roundtrip's verify (the
 * generator on and off), each in a JVM of its own with a 256 MB heap, as a Maven build would run
 * it; prints the tables and writes them to {@code bench.output}.
 *
 * <p>System properties: {@code bench.n} (default {@code 50,200,500}), {@code bench.dialects}
 * ({@code postgresql,mariadb}), {@code bench.seed}, {@code bench.postgresUrl}, {@code
 * bench.mariadbUrl}, {@code bench.workDir}, {@code bench.output}. The servers must be running;
 * their start is not part of any time.
 */
public final class BenchmarkMain {
  /** What is measured for each history, in this order. */
  static final List<String> TASKS = List.of("flyway", "liquibase", "roundtrip", "roundtrip-nogen");

  private static final long TASK_LIMIT_MINUTES = 90;

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes =
        Arrays.stream(System.getProperty("bench.n", "50,200,500").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(Integer::valueOf)
            .toList();
    List<String> dialects =
        Arrays.stream(System.getProperty("bench.dialects", "postgresql,mariadb").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    long seed = Long.parseLong(System.getProperty("bench.seed", "42"));
    Path work = Path.of(System.getProperty("bench.workDir", "target/bench")).toAbsolutePath();
    Path output = Path.of(System.getProperty("bench.output", "target/benchmark.md"));

    List<Report.Row> rows = new ArrayList<>();
    for (String dialect : dialects) {
      BenchServer server = BenchServer.of(dialect);
      String version = server.check();
      if (version == null) {
        throw new IllegalStateException(
            "no " + dialect + " server answers; start one or set its URL (see the README)");
      }
      System.out.println("[bench] " + dialect + ": " + version);
      for (int n : sizes) {
        Path dir = work.resolve(dialect + "-" + n);
        List<Migration> history = new HistoryGenerator(Flavor.of(dialect), seed).generate(n);
        HistoryWriter.writeFlyway(history, dir.resolve("migrations"));
        HistoryWriter.writeLiquibase(history, dir.resolve(HistoryWriter.CHANGELOG));
        long tables =
            history.stream()
                .filter(m -> m.description().startsWith("create_"))
                .filter(m -> !m.description().startsWith("create_view_"))
                .count();
        System.out.println(
            "[bench] " + dialect + " N=" + n + ": " + tables + " tables, written to " + dir);
        Map<String, Properties> measured = new LinkedHashMap<>();
        for (String task : TASKS) {
          measured.put(task, fork(task, dialect, dir));
        }
        rows.add(new Report.Row(dialect, n, tables, measured));
      }
    }
    String markdown = Report.markdown(rows);
    System.out.println();
    System.out.println(markdown);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, markdown, StandardCharsets.UTF_8);
    System.out.println("[bench] written to " + output.toAbsolutePath());
  }

  /** Runs one measurement in a new JVM and reads what it wrote. */
  private static Properties fork(String task, String dialect, Path dir)
      throws IOException, InterruptedException {
    Path resultFile = dir.resolve(task + ".properties");
    Path log = dir.resolve(task + ".log");
    Files.deleteIfExists(resultFile);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    for (String passed : List.of("bench.postgresUrl", "bench.mariadbUrl")) {
      String value = System.getProperty(passed, "");
      if (!value.isBlank()) {
        command.add("-D" + passed + "=" + value);
      }
    }
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Measurement.class.getName());
    command.addAll(List.of(task, dialect, dir.toString(), resultFile.toString()));
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = process.waitFor(TASK_LIMIT_MINUTES, TimeUnit.MINUTES);
    if (!ended) {
      process.destroy();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    long processMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    Properties result = new Properties();
    if (Files.exists(resultFile)) {
      try (InputStream in = Files.newInputStream(resultFile)) {
        result.load(in);
      }
    } else {
      result.setProperty("ok", "false");
      result.setProperty(
          "error", ended ? "no result (exit " + process.exitValue() + ")" : "stopped after limit");
    }
    result.setProperty("processMs", Long.toString(processMs));
    System.out.println(
        "[bench] "
            + dialect
            + " "
            + dir.getFileName()
            + " "
            + Report.line(task, result)
            + " (log "
            + log
            + ")");
    return result;
  }
}
