package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.data.DataSnapshot.TableData;
import dev.roundtrip.verifier.data.DataSql;
import dev.roundtrip.verifier.data.SnapshotCatalog.Column;
import dev.roundtrip.verifier.data.SnapshotCatalog.Table;
import dev.roundtrip.verifier.database.CompanionDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MySQL and MariaDB. A database has no schemas, so copies live in a companion database of the
 * disposable one ({@link CompanionDatabases#shadowOf}), which the server drops with it. Values are
 * compared as text, byte for byte ({@code 'a'} and {@code 'A'}, trailing spaces and accents differ,
 * whatever the column's collation says), bytes as hexadecimal, times in UTC. Bags of rows are
 * compared by {@link MySqlBags}.
 */
final class MySqlDataSql extends DataSql {
  /** The comparable text of an expression that yields characters. */
  private static final String TEXT = "CAST(%s AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_bin";

  /** Kinds of values that are bytes, whatever they mean, and are compared as hexadecimal. */
  private static final Set<String> BYTES =
      Set.of(
          "binary",
          "varbinary",
          "tinyblob",
          "blob",
          "mediumblob",
          "longblob",
          "geometry",
          "point",
          "linestring",
          "polygon",
          "multipoint",
          "multilinestring",
          "multipolygon",
          "geometrycollection",
          "geomcollection",
          "vector");

  /** Numbers that {@code zerofill} pads when printed: the padding is not part of the value. */
  private static final Set<String> NUMBERS =
      Set.of("tinyint", "smallint", "mediumint", "int", "integer", "bigint", "decimal");

  /** The copies' own key: some servers refuse tables without one. */
  private static final String ROW = "roundtrip#row";

  /** The index of a copy on the text of its table's primary key. */
  private static final String KEY = "roundtrip#key";

  /** The longest index InnoDB builds in every row format, in bytes (4 per character). */
  private static final int KEY_BYTES = 767;

  private final MySqlServer server;
  private final boolean connectorJ;
  private final MySqlBags bags;

  /**
   * @param connectorJ whether the driver is MySQL Connector/J (rather than MariaDB Connector/J)
   * @param md5 whether the server computes {@code MD5} (MySQL in FIPS mode yields NULL)
   */
  MySqlDataSql(Connection connection, MySqlServer server, boolean connectorJ, boolean md5) {
    super(connection);
    this.server = server;
    this.connectorJ = connectorJ;
    this.bags = new MySqlBags(this, md5);
  }

  static MySqlDataSql open(Connection c, boolean mariaDb) throws SQLException {
    String version;
    boolean md5;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT VERSION(), MD5('') IS NOT NULL")) {
      rs.next();
      version = rs.getString(1);
      md5 = rs.getBoolean(2);
    }
    boolean connectorJ = c.getMetaData().getDriverName().contains("MySQL");
    return new MySqlDataSql(c, MySqlServer.parse(version, mariaDb), connectorJ, md5);
  }

  /** UTC for {@code TIMESTAMP} values, and no refusal of big joins. */
  @Override
  protected void pinSession() throws SQLException {
    try (Statement s = connection().createStatement()) {
      s.execute("SET time_zone = '+00:00', sql_big_selects = 1");
    }
  }

  @Override
  protected String quote(String identifier) {
    return MySqlIdentifiers.quote(identifier);
  }

  @Override
  protected void prepareCopies(List<String> schemas) throws SQLException {
    try (Statement s = connection().createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + quote(shadow(schemas))
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
  }

  @Override
  protected String copyName(List<String> schemas, String name) {
    return qualified(shadow(schemas), name);
  }

  private static String shadow(List<String> schemas) {
    return CompanionDatabases.shadowOf(schemas.get(0));
  }

  /**
   * A table of text columns in the binary collation, a key of its own, and an index on the text of
   * the table's primary key, by which the table's rows find theirs; filled by {@code INSERT ...
   * SELECT} (a {@code CREATE TABLE ... SELECT} is refused under GTID consistency before MySQL
   * 8.0.21).
   */
  @Override
  protected void copy(Table table, String copy) throws SQLException {
    List<String> columns = new ArrayList<>();
    List<String> definitions = new ArrayList<>();
    List<String> values = new ArrayList<>();
    definitions.add(quote(ROW) + " BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY");
    for (Column col : table.columns()) {
      columns.add(quote(col.name()));
      definitions.add(
          quote(col.name()) + " LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL");
      values.add(text("t." + quote(col.name()), col));
    }
    if (!table.key().isEmpty()) {
      // a prefix of each key column, all of it for the usual keys, within the bytes any InnoDB
      // row format allows; longer keys are told apart by the join condition
      int prefix = Math.max(1, KEY_BYTES / 4 / table.key().size());
      List<String> parts = new ArrayList<>();
      for (String k : table.key()) {
        parts.add(quote(k) + "(" + prefix + ")");
      }
      definitions.add("INDEX " + quote(KEY) + " (" + String.join(", ", parts) + ")");
    }
    try (Statement s = connection().createStatement()) {
      s.execute("CREATE TABLE " + copy + " (" + String.join(", ", definitions) + ")");
      s.execute(
          "INSERT INTO "
              + copy
              + " ("
              + String.join(", ", columns)
              + ") SELECT "
              + String.join(", ", values)
              + " FROM "
              + table.sqlName()
              + " t");
    }
  }

  /**
   * Characters as they are, in {@code utf8mb4}; bytes (binary strings, blobs, spatial values) as
   * hexadecimal; bits and zero-filled numbers as numbers; JSON as the server prints it; everything
   * else as {@code CAST(... AS CHAR)} prints it.
   */
  @Override
  protected String text(String ref, Column column) {
    String base = baseType(column.type());
    String value = ref;
    if (BYTES.contains(base)) {
      value = "HEX(" + ref + ")";
    } else if (base.equals("bit")
        || NUMBERS.contains(base) && column.type().endsWith(" zerofill")) {
      value = "(" + ref + " + 0)";
    }
    return String.format(TEXT, value);
  }

  @Override
  protected String castBack(String ref, Column old) {
    String target = MySqlCastBack.target(old.type(), server);
    if (target == null) {
      return null;
    }
    String cast = "CAST(" + ref + " AS " + target + ")";
    return String.format(TEXT, MySqlCastBack.binary(target) ? "HEX(" + cast + ")" : cast);
  }

  /**
   * Byte for byte: {@code utf8mb4_bin}, like every collation before MySQL 8's {@code _0900_} ones
   * and MariaDB's {@code _nopad_} ones, ignores trailing spaces.
   */
  @Override
  protected String distinct(String a, String b) {
    return "NOT (CAST(" + a + " AS BINARY) <=> CAST(" + b + " AS BINARY))";
  }

  /**
   * The table's rows, each looking its copy up by the index on the key's text: the other way round
   * (the copy's rows looking up the table's by an expression over them) the server would compare
   * every row with every row.
   */
  @Override
  protected String keyedJoin(TableData copy, Table current, List<String> keys) {
    List<String> on = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      on.add("s." + quote(copy.table().key().get(i)) + " = " + keys.get(i));
    }
    return current.sqlName()
        + " t STRAIGHT_JOIN "
        + copy.copy()
        + " s ON "
        + String.join(" AND ", on);
  }

  @Override
  protected long countMatched(TableData copy, Table current, List<String> keys, String condition)
      throws SQLException {
    return number(
        "SELECT COUNT(DISTINCT s."
            + quote(ROW)
            + ") FROM "
            + keyedJoin(copy, current, keys)
            + (condition == null ? "" : " WHERE " + condition));
  }

  @Override
  protected long bagMissingCount(String left, String right, int width) throws SQLException {
    return bags.missingCount(left, right, width);
  }

  @Override
  protected List<MissingRow> bagMissingSamples(String left, String right, int width, int limit)
      throws SQLException {
    return bags.missingSamples(left, right, width, limit);
  }

  @Override
  protected long setMissingCount(String left, String right, int width) throws SQLException {
    return bags.setMissingCount(left, right, width);
  }

  /**
   * MariaDB Connector/J streams with any fetch size; MySQL Connector/J only with {@code
   * Integer.MIN_VALUE} (without a server-side cursor).
   */
  @Override
  protected void stream(Statement s) throws SQLException {
    s.setFetchSize(connectorJ ? Integer.MIN_VALUE : 500);
  }

  /** The first word of a column type, e.g. {@code decimal} of {@code decimal(10,2) unsigned}. */
  static String baseType(String type) {
    int end = 0;
    while (end < type.length() && Character.isLetterOrDigit(type.charAt(end))) {
      end++;
    }
    return type.substring(0, end);
  }
}
