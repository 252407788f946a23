package dev.roundtrip.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The server a dialect is measured on, reached by an admin JDBC URL: a system property ({@code
 * bench.postgresUrl}, {@code bench.mariadbUrl}), else the environment ({@code
 * ROUNDTRIP_BENCH_POSTGRES_URL}, {@code ROUNDTRIP_BENCH_MARIADB_URL}), else the machine's own
 * server. Fresh databases are made on it with names of their own; no other database is written.
 */
final class BenchServer {
  private final String dialect;
  private final String adminUrl;

  private BenchServer(String dialect, String adminUrl) {
    this.dialect = dialect;
    this.adminUrl = adminUrl;
  }

  static BenchServer of(String dialect) {
    String property;
    String variable;
    String local;
    switch (dialect) {
      case "postgresql" -> {
        property = "bench.postgresUrl";
        variable = "ROUNDTRIP_BENCH_POSTGRES_URL";
        local = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
      }
      case "mariadb" -> {
        property = "bench.mariadbUrl";
        variable = "ROUNDTRIP_BENCH_MARIADB_URL";
        local = "jdbc:mariadb://127.0.0.1:3306/?user=root";
      }
      default -> throw new IllegalArgumentException("no benchmark server for dialect " + dialect);
    }
    String url = System.getProperty(property, "");
    if (url.isBlank()) {
      url = System.getenv().getOrDefault(variable, "");
    }
    return new BenchServer(dialect, url.isBlank() ? local : url.trim());
  }

  String dialect() {
    return dialect;
  }

  /** The admin URL, for Roundtrip's {@code server} provider. */
  String adminUrl() {
    return adminUrl;
  }

  /** The URL of database {@code name} on this server: the admin URL with its database replaced. */
  String databaseUrl(String name) {
    int hostStart = adminUrl.indexOf("//") + 2;
    int query = adminUrl.indexOf('?', hostStart);
    int end = query < 0 ? adminUrl.length() : query;
    int slash = adminUrl.indexOf('/', hostStart);
    int pathStart = slash < 0 || slash > end ? end : slash;
    return adminUrl.substring(0, pathStart) + "/" + name + adminUrl.substring(end);
  }

  /**
   * Creates a database named after {@code purpose}, this process and the time; returns its name.
   */
  String createDatabase(String purpose) throws SQLException {
    String name =
        ("bench_"
                + purpose
                + "_"
                + ProcessHandle.current().pid()
                + "_"
                + Long.toString(System.currentTimeMillis(), 36)
                + "_"
                + ThreadLocalRandom.current().nextInt(1000))
            .toLowerCase(Locale.ROOT);
    execute("CREATE DATABASE " + name);
    return name;
  }

  void dropDatabase(String name) throws SQLException {
    execute(
        dialect.equals("postgresql")
            ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
            : "DROP DATABASE IF EXISTS " + name);
  }

  /** Whether the server answers, with the driver's message when it does not. */
  String check() {
    try (Connection c = DriverManager.getConnection(adminUrl)) {
      return c.getMetaData().getDatabaseProductName()
          + " "
          + c.getMetaData().getDatabaseProductVersion();
    } catch (SQLException e) {
      return null;
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(adminUrl);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
