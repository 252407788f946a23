package dev.roundtrip.verifier.dialect.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The session settings that become part of a MySQL-family trigger when it is created ({@code
 * sql_mode}, {@code character_set_client}, {@code collation_connection}): those of the seeder's
 * session, saved to be restored, and a trigger's own, to create it under.
 */
final class MySqlTriggerSession {
  private final Connection connection;
  private final String sqlMode;
  private final String characterSetClient;
  private final String collationConnection;

  private MySqlTriggerSession(
      Connection connection, String sqlMode, String characterSetClient, String collation) {
    this.connection = connection;
    this.sqlMode = sqlMode;
    this.characterSetClient = characterSetClient;
    this.collationConnection = collation;
  }

  /** The session's settings now. */
  static MySqlTriggerSession save(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT @@session.sql_mode, @@session.character_set_client,"
                    + " @@session.collation_connection")) {
      row.next();
      return new MySqlTriggerSession(
          connection, row.getString(1), row.getString(2), row.getString(3));
    }
  }

  /** Sets the session to the settings the trigger was created with. */
  void use(MySqlTrigger trigger) throws SQLException {
    set(trigger.sqlMode(), trigger.characterSetClient(), trigger.collationConnection());
  }

  /** Sets the session back to the saved settings. */
  void restore() throws SQLException {
    set(sqlMode, characterSetClient, collationConnection);
  }

  private void set(String mode, String client, String collation) throws SQLException {
    try (PreparedStatement set =
        connection.prepareStatement(
            "SET SESSION character_set_client = ?, SESSION collation_connection = ?,"
                + " SESSION sql_mode = ?")) {
      set.setString(1, client);
      set.setString(2, collation);
      set.setString(3, mode);
      set.execute();
    }
  }
}
