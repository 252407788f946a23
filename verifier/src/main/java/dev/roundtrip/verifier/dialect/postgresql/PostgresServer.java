package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.api.Redaction;
import dev.roundtrip.verifier.database.AbstractDatabaseServer;
import dev.roundtrip.verifier.database.ProvisioningException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server reached through an admin JDBC URL, on which Roundtrip creates its own
 * uniquely named databases and drops them again. It never writes to a database it did not create.
 */
final class PostgresServer extends AbstractDatabaseServer {
  private static final String PREFIX = "jdbc:postgresql:";

  PostgresServer(
      String adminUrl, String user, String password, String description, Runnable onClose) {
    super(adminUrl, user, password, description, onClose);
  }

  /** Checks that the admin URL answers and returns the server's version string. */
  static String probeVersion(String adminUrl, String user, String password) {
    try (Connection c = connect(adminUrl, user, password);
        Statement s = c.createStatement();
        var rs = s.executeQuery("show server_version")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new ProvisioningException(
          "cannot connect to PostgreSQL at "
              + Redaction.redact(adminUrl, password)
              + asUser(user)
              + ": "
              + Redaction.redact(e.getMessage(), password),
          "Check the server URL, user and password, and that the server is running.",
          e);
    }
  }

  @Override
  protected String createSql(String name) {
    return "CREATE DATABASE " + name;
  }

  /**
   * {@code CREATE DATABASE ... TEMPLATE}: the server copies the files of the database, its Flyway
   * history with them; settings made with {@code ALTER DATABASE} stay behind.
   */
  @Override
  protected String copySql(String name, String source) {
    return "CREATE DATABASE " + name + " TEMPLATE " + source;
  }

  @Override
  protected String dropSql(String name) {
    return "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
  }

  @Override
  protected String listSql() {
    return "SELECT datname FROM pg_database WHERE datname LIKE 'roundtrip\\_%'";
  }

  @Override
  protected String createPrivilegeHint() {
    return "The user needs the CREATEDB privilege on that server.";
  }

  @Override
  protected String databaseUrl(String adminUrl, String name) {
    return withDatabase(adminUrl, name);
  }

  /**
   * The admin URL with its database replaced by {@code database}; query parameters are kept.
   * Handles {@code jdbc:postgresql://host:port/db?x=y}, several hosts, and a missing database.
   */
  static String withDatabase(String url, String database) {
    if (!url.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
    }
    return withDatabase(url, PREFIX, database);
  }
}
