package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.MySqlSchemaFixture.diffAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.schema.MySqlSchemaFixture.Outcome;
import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Changes to MySQL-family views, triggers, procedures, functions and events are found where the
 * family has them its own way: view security and check options, trigger order, routines' bodies,
 * parameters and characteristics, events. A view's query, a missing view, a trigger's timing and a
 * missing trigger, on every dialect, are in {@link ViewAndTriggerContractTest}.
 */
class MySqlViewRoutineAndTriggerChangesTest {

  private static Outcome after(String change) throws SQLException {
    return diffAfter(MySqlShop.ALL, change);
  }

  @Test
  void viewSecurityAndCheckOptionChange() throws SQLException {
    Outcome outcome =
        after(
            "CREATE OR REPLACE SQL SECURITY INVOKER VIEW open_orders AS"
                + " SELECT id, customer_id, total FROM orders WHERE quantity > 0"
                + " WITH CHECK OPTION");

    assertThat(outcome.single().expected()).doesNotContain("SQL SECURITY", "CHECK OPTION");
    assertThat(outcome.single().actual())
        .startsWith("SQL SECURITY INVOKER select ")
        .endsWith(" WITH CASCADED CHECK OPTION");
  }

  @Test
  void triggerStatementChange() throws SQLException {
    Outcome outcome =
        after(
            """
            DROP TRIGGER orders_touch;
            CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW SET NEW.quantity = GREATEST(NEW.quantity, 2);
            """);

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.TRIGGER);
    assertThat(outcome.sentence())
        .isEqualTo(
            "trigger db.orders.orders_touch changed: ... = GREATEST(NEW.quantity, 1)"
                + " -> ... = GREATEST(NEW.quantity, 2)");
  }

  @Test
  void triggerOrderChange() throws SQLException {
    Outcome outcome =
        diffAfter(
            MySqlShop.TABLES
                + """
                CREATE TRIGGER orders_first BEFORE INSERT ON orders FOR EACH ROW SET NEW.quantity = NEW.quantity + 1;
                CREATE TRIGGER orders_second BEFORE INSERT ON orders FOR EACH ROW SET NEW.quantity = NEW.quantity * 2;
                """,
            """
            DROP TRIGGER orders_first;
            CREATE TRIGGER orders_first BEFORE INSERT ON orders FOR EACH ROW SET NEW.quantity = NEW.quantity + 1;
            """);

    assertThat(outcome.diff().differences())
        .extracting(d -> d.description().replace(outcome.database(), "db"))
        .containsExactly(
            "trigger db.orders.orders_first changed: ... ROW (order 1) SET ..."
                + " -> ... ROW (order 2) SET ...",
            "trigger db.orders.orders_second changed: ... ROW (order 2) SET ..."
                + " -> ... ROW (order 1) SET ...");
  }

  @Test
  void procedureBodyChange() throws SQLException {
    Outcome outcome =
        after(
            """
            DROP PROCEDURE archive;
            CREATE PROCEDURE archive(IN days int) MODIFIES SQL DATA BEGIN DELETE FROM orders WHERE updated_at < NOW() - INTERVAL days DAY; END;
            """);

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.PROCEDURE);
    assertThat(outcome.sentence())
        .isEqualTo(
            "procedure db.archive changed: ... orders WHERE created_at < ..."
                + " -> ... orders WHERE updated_at < ...");
  }

  @Test
  void procedureParameterChange() throws SQLException {
    Outcome outcome =
        after(
            """
            DROP PROCEDURE archive;
            CREATE PROCEDURE archive(IN days bigint) MODIFIES SQL DATA BEGIN DELETE FROM orders WHERE created_at < NOW() - INTERVAL days DAY; END;
            """);

    assertThat(outcome.single().expected()).startsWith("(IN days int) NOT DETERMINISTIC");
    assertThat(outcome.single().actual()).startsWith("(IN days bigint) NOT DETERMINISTIC");
  }

  @Test
  void functionCharacteristicsChange() throws SQLException {
    Outcome outcome =
        after(
            """
            DROP FUNCTION order_total;
            CREATE FUNCTION order_total(order_id bigint) RETURNS decimal(14,2) NOT DETERMINISTIC READS SQL DATA RETURN (SELECT total FROM orders WHERE id = order_id);
            """);

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.FUNCTION);
    assertThat(outcome.sentence())
        .isEqualTo(
            "function db.order_total changed: ... bigint) RETURNS decimal(12,2) DETERMINISTIC ..."
                + " -> ... bigint) RETURNS decimal(14,2) NOT DETERMINISTIC ...");
  }

  @Test
  void unexpectedFunction() throws SQLException {
    Outcome outcome = after("CREATE FUNCTION twice(x int) RETURNS int DETERMINISTIC RETURN x * 2");

    assertThat(outcome.single().change()).isEqualTo(Change.UNEXPECTED);
    assertThat(outcome.sentence())
        .isEqualTo(
            "function db.twice (x int) RETURNS int DETERMINISTIC CONTAINS SQL SQL SECURITY"
                + " DEFINER RETURN x * 2 is present (it did not exist before)");
  }

  @Test
  void eventScheduleChange() throws SQLException {
    Outcome outcome =
        MySqlSchemaFixture.diffAfterWithEvents(
            MySqlShop.TABLES
                + "CREATE EVENT purge_empty ON SCHEDULE EVERY 1 DAY DO DELETE FROM orders WHERE"
                + " quantity = 0;\n",
            "ALTER EVENT purge_empty ON SCHEDULE EVERY 1 HOUR");

    assertThat(outcome.single().kind()).isEqualTo(ObjectKind.EVENT);
    assertThat(outcome.sentence())
        .isEqualTo("event db.purge_empty changed: EVERY 1 DAY ON ... -> EVERY 1 HOUR ON ...");
  }
}
