package dev.roundtrip.verifier.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A database created for one run, dropped by {@link #close()}. Nothing else on its server is
 * touched.
 */
public interface DisposableDatabase extends AutoCloseable {

  /** The database's name on its server. */
  String name();

  /** A JDBC URL that connects to this database (may carry no credentials). */
  String jdbcUrl();

  String user();

  /** The password, or null for none. Never log it. */
  String password();

  /** A description for logs and reports, without secrets. */
  String describe();

  /** A new connection to this database, in auto-commit mode. */
  default Connection connect() throws SQLException {
    Properties props = new Properties();
    if (user() != null) {
      props.setProperty("user", user());
    }
    if (password() != null) {
      props.setProperty("password", password());
    }
    return DriverManager.getConnection(jdbcUrl(), props);
  }

  /** Drops the database. Safe to call more than once. */
  @Override
  void close();
}
