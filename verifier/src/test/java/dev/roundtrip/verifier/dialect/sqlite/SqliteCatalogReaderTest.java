package dev.roundtrip.verifier.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.schema.SchemaDiff;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import dev.roundtrip.verifier.testing.SqliteTestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SQLite's catalog read into the schema model: what a table rebuild keeps is equal, however the SQL
 * is written, and each part of a table's meaning that a down script can forget is told apart.
 */
class SqliteCatalogReaderTest {
  private static final String SHOP =
      "CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE);\n"
          + "CREATE TABLE orders (id INTEGER PRIMARY KEY,"
          + " customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
          + " total NUMERIC(10,2) NOT NULL DEFAULT 0 CHECK (total >= 0),"
          + " status TEXT NOT NULL DEFAULT 'new',"
          + " CONSTRAINT orders_status CHECK (status IN ('new', 'paid')));\n"
          + "CREATE INDEX orders_by_customer ON orders (customer_id, total DESC)"
          + " WHERE status = 'paid';\n"
          + "CREATE VIEW paid AS SELECT id, total FROM orders WHERE status = 'paid';\n"
          + "CREATE TRIGGER orders_paid AFTER UPDATE OF status ON orders"
          + " BEGIN UPDATE orders SET total = total WHERE id = NEW.id; END;\n";

  private static SchemaSnapshot snapshot(String sql) throws SQLException {
    try (DisposableDatabase db = SqliteTestServer.newDatabase();
        Connection c = db.connect()) {
      try (Statement s = c.createStatement()) {
        for (var statement : new SqliteStatementSplitter().split(sql)) {
          s.execute(statement.sql());
        }
      }
      return new SqliteCatalogReader().read(c, List.of("main"), Set.of());
    }
  }

  private static SchemaDiff diff(String expected, String actual) throws SQLException {
    return SchemaDiff.between(snapshot(expected), snapshot(actual));
  }

  @Test
  void aRebuiltTableWithEverythingCarriedIsTheSame() throws SQLException {
    String rebuilt =
        SHOP
            + "CREATE TABLE customers_new (id INTEGER PRIMARY KEY,\n"
            + "    email   TEXT NOT NULL UNIQUE COLLATE NOCASE);\n"
            + "INSERT INTO customers_new SELECT * FROM customers;\n"
            + "DROP TABLE customers;\n"
            + "ALTER TABLE customers_new RENAME TO customers;\n";
    assertThat(snapshot(SHOP).objects()).hasSizeGreaterThan(12);
    assertThat(diff(SHOP, rebuilt).differences()).isEmpty();
  }

  @Test
  void sqlWrittenOtherwiseMeansTheSame() throws SQLException {
    String other =
        SHOP.replace("CREATE TABLE customers (id", "create table \"customers\" (  id")
            .replace("CREATE INDEX orders_by_customer ON", "create index orders_by_customer on");
    assertThat(diff(SHOP, other).differences()).isEmpty();
  }

  @Test
  void eachPartOfATableIsToldApart() throws SQLException {
    assertThat(diff(SHOP, SHOP.replace("COLLATE NOCASE", "")).toString())
        .contains("main.customers.email");
    assertThat(diff(SHOP, SHOP.replace("ON DELETE CASCADE", "")).toString())
        .contains("foreign key")
        .contains("CASCADE");
    assertThat(diff(SHOP, SHOP.replace("total >= 0", "total > 0")).toString())
        .contains("total > 0");
    assertThat(diff(SHOP, SHOP.replace("('new', 'paid')", "('new', 'paid', 'void')")).toString())
        .contains("orders_status");
    assertThat(diff(SHOP, SHOP.replace("total DESC", "total")).toString())
        .contains("orders_by_customer");
    assertThat(
            diff(SHOP, SHOP.replace(" WHERE status = 'paid';\nCREATE VIEW", ";\nCREATE VIEW"))
                .toString())
        .contains("orders_by_customer");
    assertThat(diff(SHOP, SHOP.replace("DEFAULT 'new'", "DEFAULT 'open'")).toString())
        .contains("main.orders.status");
    assertThat(diff(SHOP, SHOP.replace("NUMERIC(10,2)", "REAL")).toString())
        .contains("main.orders.total");
    assertThat(
            diff(SHOP, SHOP.replace("WHERE status = 'paid';\n", "WHERE status <> 'new';\n"))
                .toString())
        .contains("main.paid");
    assertThat(diff(SHOP, SHOP.replace("AFTER UPDATE", "BEFORE UPDATE")).toString())
        .contains("orders_paid");
  }
}
