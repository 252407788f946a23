package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.ColumnInfo;
import dev.roundtrip.verifier.data.ColumnInfo.DefaultKind;
import dev.roundtrip.verifier.data.ForeignKeyInfo;
import dev.roundtrip.verifier.data.GenCheck;
import dev.roundtrip.verifier.data.GenType;
import dev.roundtrip.verifier.data.SeedOptions;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.data.TableInfo.UniqueKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the tables of the catalog model (what the seeder and the data checks need) from {@code
 * information_schema} of MySQL 8 and MariaDB 10.6 and later: base tables (system-versioned ones
 * included: their ROW START and ROW END columns are generated ones, and unique keys hold among
 * current rows, without ROW END) and their engines, columns with {@code COLUMN_TYPE}, character set
 * and collation, defaults, AUTO_INCREMENT, generated columns and ON UPDATE CURRENT_TIMESTAMP;
 * primary keys and unique indexes (with prefix lengths; functional ones left out), foreign keys,
 * enforced CHECK constraints (where the server has them: MySQL 8.0.16 and later, MariaDB). One
 * query each, however many tables there are. Triggers are {@link MySqlTriggers}' business.
 */
final class MySqlTableCatalog {
  private static final Pattern LITERAL_DEFAULT =
      Pattern.compile("'(?:[^']|'')*'|[-+]?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|[bx]'[0-9a-fA-F]*'");
  private static final Pattern INTEGER_WIDTH =
      Pattern.compile("^(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)");
  private static final Pattern CLOCK =
      Pattern.compile("(?i)(current_timestamp|now|localtime|localtimestamp)\\b.*");

  private final Connection connection;
  private final List<String> databases;
  private final Set<String> excluded;
  private final boolean mariaDb;
  private final Map<String, Table> tables = new TreeMap<>();

  /** A table being put together. */
  static final class Table {
    final String schema;
    final String name;
    final boolean transactional;
    final List<ColumnInfo> columns = new ArrayList<>();
    final List<String> primaryKey = new ArrayList<>();
    final List<UniqueKey> uniqueKeys = new ArrayList<>();
    final Map<String, ForeignKeyInfo> foreignKeys = new LinkedHashMap<>();
    final List<GenCheck> checks = new ArrayList<>();

    /** The ROW END column of a system-versioned table, which its unique keys end with. */
    String rowEnd;

    Table(String schema, String name, boolean transactional) {
      this.schema = schema;
      this.name = name;
      this.transactional = transactional;
    }
  }

  private MySqlTableCatalog(
      Connection connection, List<String> databases, Set<String> excluded, boolean mariaDb) {
    this.connection = connection;
    this.databases = List.copyOf(databases);
    this.excluded = Set.copyOf(excluded);
    this.mariaDb = mariaDb;
  }

  /**
   * The tables of the databases, without the excluded ones (by unqualified name), in name order.
   */
  static List<TableInfo> read(
      Connection connection, List<String> databases, Set<String> excluded, boolean mariaDb)
      throws SQLException {
    MySqlTableCatalog catalog = new MySqlTableCatalog(connection, databases, excluded, mariaDb);
    catalog.tables();
    catalog.columns();
    MySqlKeyQueries.keys(catalog);
    MySqlKeyQueries.foreignKeys(catalog);
    MySqlKeyQueries.checks(catalog);
    return catalog.build();
  }

  private List<TableInfo> build() {
    List<TableInfo> infos = new ArrayList<>();
    tables.forEach(
        (qualified, t) ->
            infos.add(
                new TableInfo(
                    qualified,
                    t.schema,
                    t.name,
                    sqlName(t.schema, t.name),
                    t.columns,
                    t.primaryKey,
                    t.uniqueKeys,
                    List.copyOf(t.foreignKeys.values()),
                    t.checks,
                    t.transactional)));
    return infos;
  }

  private void tables() throws SQLException {
    query(
        """
        SELECT t.TABLE_SCHEMA AS db, t.TABLE_NAME AS tbl, e.TRANSACTIONS AS transactions
        FROM information_schema.TABLES t
        LEFT JOIN information_schema.ENGINES e ON e.ENGINE = t.ENGINE
        WHERE t.TABLE_SCHEMA IN ({databases})
          AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
        """,
        null);
  }

  private void columns() throws SQLException {
    String json = mariaDb ? MariaDbJson.IS_JSON_COLUMN : "FALSE";
    String jsonJoin = mariaDb ? MariaDbJson.JSON_CHECKS_JOIN : "";
    query(
        """
        SELECT c.TABLE_SCHEMA AS db, c.TABLE_NAME AS tbl, c.COLUMN_NAME AS col,
               c.COLUMN_TYPE AS column_type, c.IS_NULLABLE AS nullable,
               c.COLUMN_DEFAULT AS default_value, c.EXTRA AS extra,
               c.CHARACTER_OCTET_LENGTH AS octets, cs.MAXLEN AS bytes_per_char,
               c.COLLATION_NAME AS collation_name, c.GENERATION_EXPRESSION AS generation,
               c.CHARACTER_SET_NAME AS character_set,
               %s AS is_json
        FROM information_schema.COLUMNS c
        %s        LEFT JOIN information_schema.CHARACTER_SETS cs
          ON cs.CHARACTER_SET_NAME = c.CHARACTER_SET_NAME
        WHERE c.TABLE_SCHEMA IN ({databases})
        ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION
        """
            .formatted(json, jsonJoin),
        (table, row) -> {
          String extra = row.getString("extra") == null ? "" : row.getString("extra");
          String lowerExtra = extra.toLowerCase(Locale.ROOT);
          long octets = row.getLong("octets");
          int bytesPerChar = row.getInt("bytes_per_char");
          GenType type =
              MySqlTypes.type(
                  row.getString("column_type"),
                  octets > 0 ? octets : -1,
                  bytesPerChar > 0 ? bytesPerChar : 1,
                  row.getBoolean("is_json"));
          String name = row.getString("col");
          table.columns.add(
              new ColumnInfo(
                  name,
                  type,
                  "NO".equals(row.getString("nullable")),
                  row.getString("default_value"),
                  defaultKind(row.getString("default_value"), lowerExtra, mariaDb),
                  "",
                  lowerExtra.matches(".*\\b(virtual|stored|persistent) generated\\b.*"),
                  row.getString("collation_name"),
                  comparedType(row.getString("column_type"), row.getString("character_set")),
                  lowerExtra.contains("on update")));
          if ("ROW END".equals(row.getString("generation"))) {
            table.rowEnd = name;
          }
        });
  }

  /**
   * What a default does: MariaDB prints an expression ({@code 'abc'}, {@code 0}, {@code
   * current_timestamp()}, {@code NULL} for none); MySQL the bare value of a literal, marking
   * expressions with DEFAULT_GENERATED.
   */
  static DefaultKind defaultKind(String value, String extra, boolean mariaDb) {
    if (extra.contains("auto_increment")) {
      return DefaultKind.SEQUENCE;
    }
    if (value == null || (mariaDb && "NULL".equals(value))) {
      return DefaultKind.NONE;
    }
    if (extra.contains("default_generated") || CLOCK.matcher(value).matches()) {
      return DefaultKind.VOLATILE;
    }
    return !mariaDb || LITERAL_DEFAULT.matcher(value).matches()
        ? DefaultKind.STABLE
        : DefaultKind.VOLATILE;
  }

  /** Handles one row of a catalog query about a table. */
  @FunctionalInterface
  interface RowHandler {
    void handle(Table table, ResultSet row) throws SQLException;
  }

  /**
   * Runs a query with {@code {databases}} standing for the databases (wherever it stands); hands
   * each row of a table being read to the handler. With a null handler, adds the tables the rows
   * name.
   */
  void query(String sql, RowHandler handler) throws SQLException {
    String placeholders = String.join(", ", Collections.nCopies(databases.size(), "?"));
    int uses = (sql.length() - sql.replace("{databases}", "").length()) / "{databases}".length();
    try (PreparedStatement statement =
        connection.prepareStatement(sql.replace("{databases}", placeholders))) {
      int index = 1;
      for (int use = 0; use < uses; use++) {
        for (String database : databases) {
          statement.setString(index++, database);
        }
      }
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          String db = row.getString("db");
          String name = row.getString("tbl");
          String qualified = qualified(db, name);
          if (handler == null) {
            if (!excluded.contains(name)) {
              tables.put(
                  qualified, new Table(db, name, "YES".equals(row.getString("transactions"))));
            }
          } else if (tables.containsKey(qualified)) {
            handler.handle(tables.get(qualified), row);
          }
        }
      }
    }
  }

  boolean mariaDb() {
    return mariaDb;
  }

  Connection connection() {
    return connection;
  }

  /** {@code `db`.`table`}. */
  static String sqlName(String database, String table) {
    return MySqlTables.quote(database) + "." + MySqlTables.quote(table);
  }

  /**
   * A column type as the data checks compare it: {@code COLUMN_TYPE} (which both servers print in
   * lower case, but for the labels of an enum or set) without the display width of integer types,
   * which MySQL 8.0.19 no longer prints and which changes no value (kept with {@code zerofill},
   * where it pads), and with the character set of a character type, whose change can change values.
   */
  static String comparedType(String columnType, String characterSet) {
    String type = columnType;
    if (!type.contains("zerofill")) {
      type = INTEGER_WIDTH.matcher(type).replaceFirst("$1");
    }
    return characterSet == null ? type : type + " character set " + characterSet;
  }

  /** {@code db.table}, unquoted: the names {@link SeedOptions#onlyTables()} uses. */
  static String qualified(String database, String table) {
    return database + "." + table;
  }
}
