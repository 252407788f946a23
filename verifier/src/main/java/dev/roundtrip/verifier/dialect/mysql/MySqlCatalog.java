package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.schema.ObjectKey;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the MySQL catalog queries share: the connection, the databases and excluded tables, whether
 * the server is MariaDB, and how names are written.
 */
final class MySqlCatalog {
  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern INTEGER_WIDTH =
      Pattern.compile("^(tinyint|smallint|mediumint|int|bigint)\\(\\d+\\)");

  private final Connection connection;
  private final List<String> databases;
  private final Set<String> excludedTables;
  private final boolean mariaDb;

  MySqlCatalog(
      Connection connection, List<String> databases, Set<String> excludedTables, boolean mariaDb) {
    this.connection = connection;
    this.databases = List.copyOf(databases);
    this.excludedTables = Set.copyOf(excludedTables);
    this.mariaDb = mariaDb;
  }

  /** One query, and what to do with each row. */
  @FunctionalInterface
  interface Query {
    void read(MySqlCatalog catalog, Consumer<SchemaObject> sink) throws SQLException;
  }

  /** Handles one row of a catalog query. */
  @FunctionalInterface
  interface RowHandler {
    void accept(ResultSet row) throws SQLException;
  }

  boolean mariaDb() {
    return mariaDb;
  }

  /** Whether a table of a listed database is left out, with all that belongs to it. */
  boolean excluded(String table) {
    return excludedTables.contains(table);
  }

  /**
   * Runs {@code sql}, in which {@code {databases}} stands for the list of databases to read (e.g.
   * {@code WHERE TABLE_SCHEMA IN ({databases})}), and hands each row to the handler.
   */
  void query(String sql, RowHandler handler) throws SQLException {
    String placeholders = String.join(", ", Collections.nCopies(databases.size(), "?"));
    String bound = sql.replace("{databases}", placeholders);
    int uses = (sql.length() - sql.replace("{databases}", "").length()) / "{databases}".length();
    try (PreparedStatement statement = connection.prepareStatement(bound)) {
      int index = 1;
      for (int use = 0; use < uses; use++) {
        for (String database : databases) {
          statement.setString(index++, database);
        }
      }
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          handler.accept(row);
        }
      }
    }
  }

  /** An identifier as it is written in names: back-quoted only where that is needed. */
  static String ident(String name) {
    return PLAIN_IDENTIFIER.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
  }

  /** E.g. {@code shop.orders.customer_id}. */
  static String qualify(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      out.append(out.length() == 0 ? "" : ".").append(ident(part));
    }
    return out.toString();
  }

  static ObjectKey database(String name) {
    return new ObjectKey(ObjectKind.SCHEMA, ident(name));
  }

  static ObjectKey table(String database, String table) {
    return new ObjectKey(ObjectKind.TABLE, qualify(database, table));
  }

  /**
   * The text without the qualifier {@code `database`.} that the server adds to names of the
   * database's own objects in view queries, trigger and routine bodies and expressions.
   */
  static String unqualified(String text, String database) {
    return text == null ? null : text.replace("`" + database.replace("`", "``") + "`.", "");
  }

  /**
   * A column or parameter type without the display width of integer types, which means nothing
   * (MySQL 8.0.19 no longer prints it): {@code int(11) unsigned} becomes {@code int unsigned}. Kept
   * with {@code zerofill}, where it pads, and for {@code tinyint(1)}, which drivers read as
   * boolean.
   */
  static String type(String columnType) {
    if (columnType == null
        || columnType.contains("zerofill")
        || columnType.startsWith("tinyint(1)")) {
      return columnType;
    }
    return INTEGER_WIDTH.matcher(columnType).replaceFirst("$1");
  }
}
