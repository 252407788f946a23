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

  /**
   * Whether the up/down/up round trip can run on this dialect yet. Databases can already be
   * provisioned for the MySQL family, but its schema snapshot and seeding are still to come.
   */
  public boolean roundTripSupported() {
    return this == POSTGRESQL;
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
