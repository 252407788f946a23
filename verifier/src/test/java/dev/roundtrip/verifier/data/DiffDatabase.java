package dev.roundtrip.verifier.data;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * A fresh database on one dialect for the data comparison tests, the comparison over its one schema
 * ({@code public}, the database itself on the MySQL family, {@code main} on SQLite), and the tables
 * the tests share, each in the dialect's own types.
 */
final class DiffDatabase implements AutoCloseable {
  static final Set<String> EXCLUDED = Set.of("flyway_schema_history");

  private final Dialect dialect;
  private final DisposableDatabase db;
  private final String schema;
  private final DataDiff diff;

  DiffDatabase(Dialect dialect, DatabaseServer server) {
    this.dialect = dialect;
    this.db = server.createDatabase();
    this.schema =
        switch (dialect.id()) {
          case "postgresql" -> "public";
          case "sqlite" -> "main";
          default -> db.name();
        };
    this.diff = new DataDiff(dialect, db::connect, List.of(schema), EXCLUDED);
  }

  Dialect dialect() {
    return dialect;
  }

  DisposableDatabase database() {
    return db;
  }

  DataDiff diff() {
    return diff;
  }

  /** {@code <schema>.<name>}: how the checks name a table (or a table's column) of the database. */
  String table(String name) {
    return schema + "." + name;
  }

  void sql(String... statements) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    }
  }

  /** A snapshot of the schema, without the excluded tables. */
  DataSnapshot snapshot(String tag, boolean copyValues) throws SQLException {
    return snapshot(tag, copyValues, EXCLUDED);
  }

  DataSnapshot snapshot(String tag, boolean copyValues, Set<String> excluded) throws SQLException {
    return DataSnapshot.take(dialect, db::connect, List.of(schema), excluded, tag, copyValues);
  }

  /** What {@code change} lost of the data as it was before it. */
  List<DataLoss> after(Mode mode, String... change) throws SQLException {
    try (DataSnapshot before = snapshot("t", true)) {
      sql(change);
      return diff.lost(before, mode);
    }
  }

  /**
   * Three payments, the third all NULL: on PostgreSQL with a time zone and three decimals, on
   * MariaDB with four decimals, a long note and an enum status, on SQLite as PostgreSQL's values.
   */
  void payments() throws SQLException {
    switch (dialect.id()) {
      case "postgresql" ->
          sql(
              "CREATE TABLE payments (id int PRIMARY KEY, amount numeric(12,3),"
                  + " paid_at timestamptz, note varchar(20), qty int)",
              "INSERT INTO payments VALUES (1, 12.345, '2024-02-29 13:45:00.123456+02', 'first',"
                  + " 7), (2, 10.000, '2000-01-01 00:00:00+00', '', -5), (3, NULL, NULL, NULL,"
                  + " NULL)");
      case "sqlite" ->
          sql(
              "CREATE TABLE payments (id INT PRIMARY KEY, amount NUMERIC(12,3), paid_at DATETIME,"
                  + " note VARCHAR(20), qty INT)",
              "INSERT INTO payments VALUES (1, 12.345, '2024-02-29 13:45:00.123456+02', 'first',"
                  + " 7), (2, 10.000, '2000-01-01 00:00:00+00', '', -5), (3, NULL, NULL, NULL,"
                  + " NULL)");
      default ->
          sql(
              "CREATE TABLE payments (id INT PRIMARY KEY, amount DECIMAL(10,4), paid_at DATETIME,"
                  + " note VARCHAR(255), qty INT, status ENUM('active', 'legacy', 'closed'))",
              "INSERT INTO payments VALUES"
                  + " (1, 12.3456, '2024-02-29 13:45:00', 'first payment of the year, by card', 7,"
                  + " 'legacy'),"
                  + " (2, 10.0000, '2000-01-01 00:00:00', '', -5, 'active'),"
                  + " (3, NULL, NULL, NULL, NULL, NULL)");
    }
  }

  /** The type of {@code payments.paid_at}. */
  String paidAt() {
    return switch (dialect.id()) {
      case "postgresql" -> "timestamptz";
      default -> "DATETIME";
    };
  }

  /** The type of a date and time of day, as {@link #users()} has it. */
  String dateTime() {
    return dialect.id().equals("postgresql") ? "timestamp" : "DATETIME";
  }

  /** Three users who signed up at a time of day, one with a non-ASCII email. */
  void users() throws SQLException {
    sql(
        "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100) NOT NULL,"
            + " created_at "
            + dateTime()
            + " NOT NULL)",
        "INSERT INTO users VALUES (1, 'ada@example.com', '2024-02-29 13:45:00'),"
            + " (2, 'bob@example.com', '1999-12-31 23:59:59'),"
            + " (3, 'zoë@example.com', '2010-06-01 08:00:00')");
  }

  @Override
  public void close() {
    db.close();
  }
}
