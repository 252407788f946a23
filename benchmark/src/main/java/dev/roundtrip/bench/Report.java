package dev.roundtrip.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** The benchmark's tables in Markdown: totals and ratios, Roundtrip's phases, its findings. */
final class Report {
  private static final String[] PHASES = {
    "upMs", "downMs", "reapplyMs", "downAfterWritesMs", "reapplyAfterWritesMs"
  };

  private Report() {}

  /** The measurements of one history on one dialect, by task. */
  record Row(String dialect, int n, long tables, Map<String, Properties> tasks) {
    Properties task(String name) {
      return tasks.get(name);
    }
  }

  static String markdown(List<Row> rows) {
    StringBuilder md = new StringBuilder("## Roundtrip benchmark\n\n");
    md.append(
        "Times in seconds from each JVM's start (`-Xmx256m`), fresh databases for Flyway and"
            + " Liquibase made and dropped outside the clock; \"on\" is Roundtrip with the"
            + " generator at its default seedRows, \"off\" with seedRows 0. Heap in MB: live peak"
            + " (most in use after a collection) / total peak (sum of the heap pools' peaks).\n\n");
    md.append(
        "| dialect | N | tables | Flyway migrate | Liquibase updateTestingRollback | Roundtrip on"
            + " | Roundtrip off | on/Flyway | on/Liquibase | heap on | heap off | passed/failed"
            + " (on) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      Properties fw = r.task("flyway");
      Properties lb = r.task("liquibase");
      Properties on = r.task("roundtrip");
      Properties off = r.task("roundtrip-nogen");
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
              r.dialect(),
              r.n(),
              r.tables(),
              seconds(fw),
              seconds(lb),
              seconds(on),
              seconds(off),
              ratio(on, fw),
              ratio(on, lb),
              heap(on),
              heap(off),
              ok(on) ? on.getProperty("passed") + "/" + on.getProperty("failed") : "-"));
    }
    md.append("\nRoundtrip by phase, in seconds: the sums over migrations of each step's time;")
        .append(" checks and seeding = the dialect's run minus those; outside the run = JVM start,")
        .append(
            " reading the migrations, making and dropping the database, the report; JVM CPU = the CPU time"
                + " of the measurement's JVM (all threads).\n\n");
    md.append(
        "| dialect | N | generator | run | up | down | re-up | down after writes | re-up after"
            + " writes | checks and seeding | outside the run | JVM start | JVM CPU |\n");
    md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      phases(md, r, "on", r.task("roundtrip"));
      phases(md, r, "off", r.task("roundtrip-nogen"));
    }
    md.append("\nHeap of the floor (live / total MB): ");
    List<String> floors = new java.util.ArrayList<>();
    for (Row r : rows) {
      floors.add(
          String.format(
              Locale.ROOT,
              "%s N=%d Flyway %s, Liquibase %s",
              r.dialect(),
              r.n(),
              heap(r.task("flyway")),
              heap(r.task("liquibase"))));
    }
    md.append(String.join("; ", floors)).append(".\n");
    findings(md, rows);
    return md.toString();
  }

  private static void phases(StringBuilder md, Row r, String label, Properties p) {
    if (!ok(p)) {
      md.append(
          String.format(Locale.ROOT, "| %s | %d | %s | failed |%n", r.dialect(), r.n(), label));
      return;
    }
    long run = millis(p, "runMs");
    long steps = 0;
    StringBuilder cells = new StringBuilder();
    for (String phase : PHASES) {
      steps += millis(p, phase);
      cells.append(" | ").append(s(millis(p, phase)));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %s | %s%s | %s | %s | %s | %s |%n",
            r.dialect(),
            r.n(),
            label,
            s(run),
            cells,
            s(run - steps),
            s(millis(p, "wallMs") - run),
            s(millis(p, "jvmStartMs")),
            s(millis(p, "cpuMs"))));
  }

  private static void findings(StringBuilder md, List<Row> rows) {
    StringBuilder failures = new StringBuilder();
    for (Row r : rows) {
      for (Map.Entry<String, Properties> e : r.tasks().entrySet()) {
        Properties p = e.getValue();
        String where = r.dialect() + " N=" + r.n() + " " + e.getKey();
        if (!ok(p)) {
          failures
              .append("- ")
              .append(where)
              .append(": ")
              .append(p.getProperty("error"))
              .append('\n');
          continue;
        }
        int count = Integer.parseInt(p.getProperty("failingFindings", "0"));
        for (int i = 0; i < count && p.getProperty("finding." + i) != null; i++) {
          failures.append("- ").append(where).append(": ").append(p.getProperty("finding." + i));
          failures.append('\n');
        }
        if (count > 0) {
          failures
              .append("- ")
              .append(where)
              .append(": ")
              .append(count)
              .append(" failing findings\n");
        }
      }
    }
    md.append("\n### Failures and failing findings\n\n")
        .append(failures.length() == 0 ? "None: every migration passed.\n" : failures);
  }

  /** One line for the console after a measurement. */
  static String line(String task, Properties p) {
    if (!ok(p)) {
      return task + ": FAILED " + p.getProperty("error");
    }
    String counts =
        p.getProperty("passed") == null
            ? ""
            : ", " + p.getProperty("passed") + " passed, " + p.getProperty("failed") + " failed";
    return task + ": " + seconds(p) + " s, heap " + heap(p) + " MB" + counts;
  }

  private static boolean ok(Properties p) {
    return p != null && Boolean.parseBoolean(p.getProperty("ok"));
  }

  private static long millis(Properties p, String key) {
    return Long.parseLong(p.getProperty(key, "0"));
  }

  private static String seconds(Properties p) {
    return ok(p) ? s(millis(p, "wallMs")) : "failed";
  }

  private static String s(long millis) {
    return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }

  private static String ratio(Properties a, Properties b) {
    if (!ok(a) || !ok(b) || millis(b, "wallMs") == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.1fx", (double) millis(a, "wallMs") / millis(b, "wallMs"));
  }

  private static String heap(Properties p) {
    if (!ok(p)) {
      return "-";
    }
    return mb(millis(p, "livePeak")) + " / " + mb(millis(p, "totalPeak"));
  }

  private static String mb(long bytes) {
    return Long.toString(Math.round(bytes / (1024.0 * 1024.0)));
  }
}
