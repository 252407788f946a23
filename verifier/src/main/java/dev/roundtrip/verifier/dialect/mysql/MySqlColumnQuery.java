package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MySQL catalog query for columns, and how their definitions are normalized so that MySQL and
 * MariaDB, and a column dropped and added again at another position, read the same.
 */
final class MySqlColumnQuery {

  /**
   * Columns of base tables. Keeps the type as the server prints it (length, precision and scale,
   * unsigned, zerofill, ENUM and SET members in order; integer display widths are dropped, see
   * {@link MySqlCatalog#type}), a collation other than the table's, NOT NULL, the default,
   * AUTO_INCREMENT, ON UPDATE, generation (VIRTUAL or STORED, with the expression) and INVISIBLE.
   * Ignores position and comments. A MariaDB JSON column (a {@code longtext} with a column check
   * {@code json_valid(column)}) reads as MySQL's {@code json}.
   */
  static final MySqlCatalog.Query COLUMNS = MySqlColumnQuery::columns;

  private static final Set<String> NUMERIC =
      Set.of(
          "tinyint",
          "smallint",
          "mediumint",
          "int",
          "integer",
          "bigint",
          "decimal",
          "numeric",
          "float",
          "double",
          "real",
          "bit",
          "year");
  private static final Pattern ON_UPDATE =
      Pattern.compile("on update (\\S+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CURRENT_TIMESTAMP =
      Pattern.compile(
          "\\b(current_timestamp|now|localtime|localtimestamp)\\b(\\((\\d*)\\))?",
          Pattern.CASE_INSENSITIVE);

  private MySqlColumnQuery() {}

  private static void columns(MySqlCatalog catalog, Consumer<SchemaObject> sink)
      throws SQLException {
    String json = catalog.mariaDb() ? MariaDbJson.IS_JSON_COLUMN : "FALSE";
    String jsonJoin = catalog.mariaDb() ? MariaDbJson.JSON_CHECKS_JOIN : "";
    catalog.query(
        """
        SELECT c.TABLE_SCHEMA AS db, c.TABLE_NAME AS table_name, c.COLUMN_NAME AS column_name,
               c.DATA_TYPE AS data_type, c.COLUMN_TYPE AS column_type,
               c.IS_NULLABLE AS nullable, c.COLUMN_DEFAULT AS default_value, c.EXTRA AS extra,
               c.GENERATION_EXPRESSION AS generation, c.COLLATION_NAME AS collation_name,
               t.TABLE_COLLATION AS table_collation, %s AS is_json
        FROM information_schema.COLUMNS c
        %s        JOIN information_schema.TABLES t
          ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
        WHERE c.TABLE_SCHEMA IN ({databases})
          AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
        """
            .formatted(json, jsonJoin),
        row -> {
          String table = row.getString("table_name");
          if (!catalog.excluded(table)) {
            sink.accept(column(row, catalog.mariaDb()));
          }
        });
  }

  private static SchemaObject column(ResultSet row, boolean mariaDb) throws SQLException {
    String db = row.getString("db");
    String table = row.getString("table_name");
    boolean json = row.getBoolean("is_json");
    String extra = row.getString("extra") == null ? "" : row.getString("extra");
    String generation = row.getString("generation");
    boolean generated = extra.toUpperCase(Locale.ROOT).contains("GENERATED") && generation != null;

    StringBuilder definition =
        new StringBuilder(json ? "json" : MySqlCatalog.type(row.getString("column_type")));
    String collation = row.getString("collation_name");
    if (!json && collation != null && !collation.equals(row.getString("table_collation"))) {
      definition.append(" COLLATE ").append(collation);
    }
    if ("NO".equals(row.getString("nullable"))) {
      definition.append(" NOT NULL");
    }
    if (generated) {
      definition
          .append(" GENERATED ALWAYS AS (")
          .append(MySqlCatalog.unqualified(generation, db))
          .append(extra.toUpperCase(Locale.ROOT).contains("STORED") ? ") STORED" : ") VIRTUAL");
    } else {
      String value = defaultValue(row, extra, mariaDb);
      if (value != null) {
        definition.append(" DEFAULT ").append(value);
      }
    }
    if (extra.toLowerCase(Locale.ROOT).contains("auto_increment")) {
      definition.append(" AUTO_INCREMENT");
    }
    Matcher onUpdate = ON_UPDATE.matcher(extra);
    if (onUpdate.find()) {
      definition.append(" ON UPDATE ").append(timestamps(onUpdate.group(1)));
    }
    if (extra.toUpperCase(Locale.ROOT).contains("INVISIBLE")) {
      definition.append(" INVISIBLE");
    }
    return new SchemaObject(
        ObjectKind.COLUMN,
        MySqlCatalog.qualify(db, table, row.getString("column_name")),
        definition.toString(),
        MySqlCatalog.table(db, table));
  }

  /**
   * The default as an SQL expression, or null for none (which is DEFAULT NULL on a nullable
   * column). MariaDB reports an expression already ({@code 'abc'}, {@code 0.00}, {@code
   * current_timestamp()}, {@code NULL}); MySQL reports the bare value of a literal and marks
   * expressions with DEFAULT_GENERATED.
   */
  private static String defaultValue(ResultSet row, String extra, boolean mariaDb)
      throws SQLException {
    String value = row.getString("default_value");
    if (value == null) {
      return null;
    }
    if (mariaDb) {
      if ("NULL".equals(value)) {
        return null;
      }
      return value.startsWith("'") ? value : timestamps(value);
    }
    if (extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED")
        || NUMERIC.contains(row.getString("data_type").toLowerCase(Locale.ROOT))) {
      return timestamps(value);
    }
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /**
   * Writes {@code CURRENT_TIMESTAMP}, {@code now()} and their synonyms as MariaDB does: {@code
   * current_timestamp()}, or {@code current_timestamp(3)} with a precision.
   */
  static String timestamps(String expression) {
    Matcher m = CURRENT_TIMESTAMP.matcher(expression);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String precision = m.group(3) == null ? "" : m.group(3);
      m.appendReplacement(out, "current_timestamp(" + precision + ")");
    }
    m.appendTail(out);
    return out.toString();
  }
}
