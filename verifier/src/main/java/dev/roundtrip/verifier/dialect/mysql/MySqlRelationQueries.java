package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** MySQL catalog queries for databases, tables and views. */
final class MySqlRelationQueries {

  /** The listed databases that exist, with their default character set and collation. */
  static final MySqlCatalog.Query DATABASES = MySqlRelationQueries::databases;

  /**
   * Base tables (and MariaDB's system-versioned tables): engine, collation (which implies the
   * character set), system versioning and whether they are partitioned. Ignores row format, the
   * AUTO_INCREMENT counter, statistics, create and update times, comments and the partitions
   * themselves.
   */
  static final MySqlCatalog.Query TABLES = MySqlRelationQueries::tables;

  /**
   * Views: the query as the server prints it back, without the qualifier of its own database, SQL
   * SECURITY INVOKER (DEFINER, the default, is left unsaid) and the check option. Ignores the
   * definer account and the algorithm.
   */
  static final MySqlCatalog.Query VIEWS = MySqlRelationQueries::views;

  static final List<MySqlCatalog.Query> ALL =
      List.of(DATABASES, TABLES, MySqlColumnQuery.COLUMNS, VIEWS);

  private MySqlRelationQueries() {}

  private static void databases(MySqlCatalog catalog, Consumer<SchemaObject> sink)
      throws SQLException {
    catalog.query(
        """
        SELECT SCHEMA_NAME AS db, DEFAULT_CHARACTER_SET_NAME AS charset,
               DEFAULT_COLLATION_NAME AS collation_name
        FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN ({databases})
        """,
        row ->
            sink.accept(
                new SchemaObject(
                    ObjectKind.SCHEMA,
                    MySqlCatalog.ident(row.getString("db")),
                    "CHARACTER SET "
                        + row.getString("charset")
                        + " COLLATE "
                        + row.getString("collation_name"),
                    null)));
  }

  private static void tables(MySqlCatalog catalog, Consumer<SchemaObject> sink)
      throws SQLException {
    catalog.query(
        """
        SELECT TABLE_SCHEMA AS db, TABLE_NAME AS table_name, TABLE_TYPE AS table_type,
               ENGINE AS engine, TABLE_COLLATION AS collation_name, CREATE_OPTIONS AS options
        FROM information_schema.TABLES
        WHERE TABLE_SCHEMA IN ({databases}) AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
        """,
        row -> {
          String db = row.getString("db");
          String table = row.getString("table_name");
          if (catalog.excluded(table)) {
            return;
          }
          StringBuilder definition = new StringBuilder();
          String options = row.getString("options");
          if (options != null && options.toLowerCase(Locale.ROOT).contains("partitioned")) {
            definition.append("partitioned ");
          }
          if ("SYSTEM VERSIONED".equals(row.getString("table_type"))) {
            definition.append("system-versioned ");
          }
          String engine = row.getString("engine");
          definition.append(engine == null ? "" : engine + " ").append("table");
          String collation = row.getString("collation_name");
          if (collation != null) {
            definition.append(" in ").append(collation);
          }
          sink.accept(
              new SchemaObject(
                  ObjectKind.TABLE,
                  MySqlCatalog.qualify(db, table),
                  definition.toString(),
                  MySqlCatalog.database(db)));
        });
  }

  private static void views(MySqlCatalog catalog, Consumer<SchemaObject> sink) throws SQLException {
    catalog.query(
        """
        SELECT TABLE_SCHEMA AS db, TABLE_NAME AS view_name, VIEW_DEFINITION AS query,
               CHECK_OPTION AS check_option, SECURITY_TYPE AS security
        FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN ({databases})
        """,
        row -> {
          String db = row.getString("db");
          StringBuilder definition = new StringBuilder();
          if ("INVOKER".equals(row.getString("security"))) {
            definition.append("SQL SECURITY INVOKER ");
          }
          definition.append(MySqlCatalog.unqualified(row.getString("query"), db).strip());
          String check = row.getString("check_option");
          if (check != null && !"NONE".equals(check)) {
            definition.append(" WITH ").append(check).append(" CHECK OPTION");
          }
          sink.accept(
              new SchemaObject(
                  ObjectKind.VIEW,
                  MySqlCatalog.qualify(db, row.getString("view_name")),
                  definition.toString(),
                  MySqlCatalog.database(db)));
        });
  }
}
