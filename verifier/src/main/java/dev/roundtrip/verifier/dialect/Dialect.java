package dev.roundtrip.verifier.dialect;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The SQL dialects Roundtrip verifies migrations on. */
public enum Dialect {
  POSTGRESQL("postgresql", "PostgreSQL", "jdbc:postgresql:", true),
  /** MySQL (Connector/J); DDL commits implicitly, so a failed migration is not rolled back. */
  MYSQL("mysql", "MySQL", "jdbc:mysql:", false),
  /** MariaDB (MariaDB Connector/J); DDL commits implicitly, as on MySQL. */
  MARIADB("mariadb", "MariaDB", "jdbc:mariadb:", false);

  private final String id;
  private final String displayName;
  private final String jdbcPrefix;
  private final boolean transactionalDdl;

  Dialect(String id, String displayName, String jdbcPrefix, boolean transactionalDdl) {
    this.id = id;
    this.displayName = displayName;
    this.jdbcPrefix = jdbcPrefix;
    this.transactionalDdl = transactionalDdl;
  }

  /** The id used in configuration and reports, e.g. {@code postgresql}. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  public String jdbcPrefix() {
    return jdbcPrefix;
  }

  /** Whether a failed migration is rolled back as a whole, DDL included. */
  public boolean transactionalDdl() {
    return transactionalDdl;
  }

  /** The statement splitter that follows this dialect's lexical rules. */
  public StatementSplitter splitter() {
    return this == POSTGRESQL ? new PostgresStatementSplitter() : new MySqlStatementSplitter();
  }

  /**
   * What the sessions of a database of this dialect are doing, for putting time limits on their
   * statements; a new instance for each watching connection.
   */
  public SessionActivity activity() {
    return this == POSTGRESQL ? new PostgresActivity() : new MySqlActivity();
  }

  /** How this dialect's errors describe the data a statement failed on. */
  public DataErrors dataErrors() {
    return this == POSTGRESQL ? new PostgresDataErrors() : new MySqlDataErrors();
  }

  /**
   * Whether {@code sql} (one statement) cannot be part of a transaction that is rolled back as a
   * whole: on PostgreSQL a statement refused inside a transaction block ({@link
   * PostgresStatements#isNonTransactional}), on the MySQL family one that commits implicitly
   * ({@link MySqlStatements#causesImplicitCommit}), which includes all DDL.
   */
  public boolean breaksTransaction(String sql) {
    return this == POSTGRESQL
        ? PostgresStatements.isNonTransactional(sql)
        : MySqlStatements.causesImplicitCommit(sql);
  }

  /**
   * {@link #breaksTransaction(String)} on a server of major version {@code serverMajor}, for the
   * statements whose rules changed between versions (PostgreSQL before 12 refuses {@code ALTER TYPE
   * ... ADD VALUE} in a transaction).
   */
  public boolean breaksTransaction(String sql, int serverMajor) {
    return this == POSTGRESQL
        ? PostgresStatements.isNonTransactional(sql, serverMajor)
        : MySqlStatements.causesImplicitCommit(sql);
  }

  /**
   * Whether Flyway refuses a script that mixes statements that cannot run in a transaction with
   * statements that can (its {@code mixed} setting off, the default): on PostgreSQL, whose
   * non-transactional statements it detects; the MySQL family's implicit commits it does not judge.
   */
  public boolean refusesMixedScripts() {
    return this == POSTGRESQL;
  }

  /**
   * {@code identifier} quoted for SQL: double quotes on PostgreSQL, backticks on the MySQL family.
   */
  public String quote(String identifier) {
    String q = this == POSTGRESQL ? "\"" : "`";
    return q + identifier.replace(q, q + q) + q;
  }

  /**
   * A query for the schema unqualified names resolve to: the current schema on PostgreSQL, the
   * current database on the MySQL family.
   */
  public String currentSchemaQuery() {
    return this == POSTGRESQL ? "SELECT current_schema()" : "SELECT DATABASE()";
  }

  /** The dialect with this id (case-insensitive), or an exception listing the known ones. */
  public static Dialect fromId(String id) {
    String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
    for (Dialect d : values()) {
      if (d.id.equals(wanted)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown dialect '" + id + "'; known dialects: " + knownIds());
  }

  public static String knownIds() {
    return Arrays.stream(values()).map(Dialect::id).collect(Collectors.joining(", "));
  }
}
