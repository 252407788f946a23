package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.api.Redaction;
import dev.roundtrip.verifier.database.AbstractDatabaseServer;
import dev.roundtrip.verifier.database.CompanionDatabases;
import dev.roundtrip.verifier.database.ProvisioningException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MySQL or MariaDB server reached through an admin JDBC URL ({@code jdbc:mysql:} with MySQL
 * Connector/J, {@code jdbc:mariadb:} with MariaDB Connector/J), on which Roundtrip creates its own
 * uniquely named databases and drops them again. It never writes to a database it did not create.
 *
 * <p>Databases are created with {@code CHARACTER SET utf8mb4} and the server's default collation
 * for it, as a production schema created that way gets: full Unicode (the server default may be
 * latin1, as on embedded MariaDB), comparisons as in production, and {@code CONVERT TO CHARACTER
 * SET utf8mb4} in a down script lands on the same collation as the tables it converts back.
 *
 * <p>Dropping a database also drops its companion ({@link CompanionDatabases#shadowOf(String)}),
 * which the data checks create on the first snapshot of its values.
 */
final class MySqlFamilyServer extends AbstractDatabaseServer {
  private static final Pattern VERSION_NUMBER =
      Pattern.compile("^(?:5\\.5\\.5-)?(\\d+(?:\\.\\d+)*)");

  private final MySqlFamilyDialect dialect;

  MySqlFamilyServer(
      MySqlFamilyDialect dialect,
      String adminUrl,
      String user,
      String password,
      String description,
      Runnable onClose) {
    super(adminUrl, user, password, description, onClose);
    this.dialect = dialect;
  }

  /**
   * Checks that the admin URL answers and that the server is the product of the dialect; returns
   * e.g. {@code MariaDB 11.4.5} or {@code MySQL 8.4.3}.
   */
  static String probe(MySqlFamilyDialect dialect, String adminUrl, String user, String password) {
    String safeUrl = Redaction.redact(adminUrl, password);
    String version;
    try (Connection c = connect(adminUrl, user, password);
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT VERSION()")) {
      rs.next();
      version = rs.getString(1);
    } catch (SQLException e) {
      throw new ProvisioningException(
          "cannot connect to "
              + dialect.displayName()
              + " at "
              + safeUrl
              + asUser(user)
              + ": "
              + Redaction.redact(e.getMessage(), password),
          "Check the server URL, user and password, and that the server is running.",
          e);
    }
    return product(dialect, version, safeUrl);
  }

  /**
   * The product and version reported by {@code SELECT VERSION()}, e.g. {@code MariaDB 10.11.19}; a
   * MariaDB server is never taken for MySQL, nor the other way round.
   */
  static String product(MySqlFamilyDialect dialect, String version, String safeUrl) {
    boolean mariaDb = version.toLowerCase(Locale.ROOT).contains("mariadb");
    Matcher number = VERSION_NUMBER.matcher(version);
    String product =
        (mariaDb ? "MariaDB " : "MySQL ") + (number.find() ? number.group(1) : version);
    if (!dialect.mariaDb() && mariaDb) {
      throw new ProvisioningException(
          "the server at " + safeUrl + " is " + product + ", not MySQL",
          "Use the dialect mariadb (with a jdbc:mariadb:// URL) for this server, or point"
              + " <serverUrl> at a MySQL server.");
    }
    if (dialect.mariaDb() && !mariaDb) {
      throw new ProvisioningException(
          "the server at " + safeUrl + " is " + product + ", not MariaDB",
          "Use the dialect mysql (with a jdbc:mysql:// URL) for this server, or point"
              + " <serverUrl> at a MariaDB server.");
    }
    return product;
  }

  @Override
  protected String createSql(String name) {
    return "CREATE DATABASE " + name + " CHARACTER SET utf8mb4";
  }

  @Override
  protected String dropSql(String name) {
    return "DROP DATABASE IF EXISTS " + name;
  }

  /** The database, and the companion in which the data checks keep their copies of its values. */
  @Override
  protected List<String> dropStatements(String name) {
    return List.of(dropSql(name), dropSql(CompanionDatabases.shadowOf(name)));
  }

  @Override
  protected String listSql() {
    return "SELECT schema_name FROM information_schema.schemata"
        + " WHERE schema_name LIKE 'roundtrip\\_%'";
  }

  @Override
  protected String createPrivilegeHint() {
    return "The user needs the CREATE and DROP privileges on databases named roundtrip_%"
        + " (e.g. GRANT ALL ON `roundtrip\\_%`.* TO the user).";
  }

  @Override
  protected String databaseUrl(String adminUrl, String name) {
    return withDatabase(adminUrl, dialect.jdbcPrefix(), name);
  }
}
