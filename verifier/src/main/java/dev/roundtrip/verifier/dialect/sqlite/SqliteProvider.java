package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.database.DatabaseProvider;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.ProvisioningException;
import dev.roundtrip.verifier.dialect.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code embedded} for SQLite: the library that sqlite-jdbc carries, with a private folder of
 * database files ({@link SqliteServer}); nothing to install, nothing that listens.
 */
public final class SqliteProvider implements DatabaseProvider {

  @Override
  public String id() {
    return "embedded";
  }

  @Override
  public boolean supports(Dialect dialect) {
    return dialect instanceof SqliteDialect;
  }

  @Override
  public DatabaseServer start(Dialect dialect, ProviderSettings settings) {
    if (!supports(dialect)) {
      throw new ProvisioningException(
          "embedded SQLite cannot provide " + dialect.displayName(),
          "Choose another <provider> for " + dialect.id() + ".");
    }
    return SqliteServer.start(version());
  }

  /** The version of the SQLite library sqlite-jdbc loads, e.g. {@code 3.50.3}. */
  private static String version() {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new ProvisioningException(
          "cannot load SQLite through sqlite-jdbc: " + e.getMessage(),
          "sqlite-jdbc carries SQLite for Linux, macOS and Windows on x86_64 and arm64; on another"
              + " platform, verify on another dialect.",
          e);
    }
  }
}
