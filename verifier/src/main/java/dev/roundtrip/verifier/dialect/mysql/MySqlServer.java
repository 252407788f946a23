package dev.roundtrip.verifier.dialect.mysql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product and version of a MySQL-family server, for what its SQL offers.
 *
 * @param mariaDb whether it is MariaDB rather than MySQL
 */
record MySqlServer(boolean mariaDb, int major, int minor, int patch) {
  private static final Pattern NUMBER = Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)\\.(\\d+)");

  /**
   * The server of the dialect ({@code mariaDb} or MySQL) that printed {@code version} for {@code
   * SELECT VERSION()}, e.g. {@code 10.11.19-MariaDB-0+deb12u1}, {@code 5.5.5-10.4.5-MariaDB} or
   * {@code 8.0.36}.
   */
  static MySqlServer parse(String version, boolean mariaDb) {
    Matcher m = NUMBER.matcher(version);
    if (!m.find()) {
      throw new IllegalArgumentException("not a MySQL or MariaDB version: " + version);
    }
    return new MySqlServer(
        mariaDb,
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }

  static MySqlServer mySql(int major, int minor, int patch) {
    return new MySqlServer(false, major, minor, patch);
  }

  static MySqlServer mariaDb(int major, int minor, int patch) {
    return new MySqlServer(true, major, minor, patch);
  }

  boolean atLeast(int major, int minor, int patch) {
    if (this.major != major) {
      return this.major > major;
    }
    if (this.minor != minor) {
      return this.minor > minor;
    }
    return this.patch >= patch;
  }

  /** {@code CAST(x AS FLOAT)}: MySQL 8.0.17, MariaDB 10.4.5. */
  boolean castsToFloat() {
    return mariaDb ? atLeast(10, 4, 5) : atLeast(8, 0, 17);
  }

  /** {@code CAST(x AS DOUBLE)}: MySQL 8.0.17, every MariaDB. */
  boolean castsToDouble() {
    return mariaDb || atLeast(8, 0, 17);
  }

  /** {@code CAST(x AS YEAR)}: MySQL 8.0.22, no MariaDB. */
  boolean castsToYear() {
    return !mariaDb && atLeast(8, 0, 22);
  }

  /** {@code CAST(x AS JSON)}: MySQL only; MariaDB's JSON is text. */
  boolean castsToJson() {
    return !mariaDb;
  }

  @Override
  public String toString() {
    return (mariaDb ? "MariaDB " : "MySQL ") + major + "." + minor + "." + patch;
  }
}
