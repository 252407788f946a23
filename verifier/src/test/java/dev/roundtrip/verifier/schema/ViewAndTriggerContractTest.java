package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.SchemaCase.is;
import static dev.roundtrip.verifier.schema.SchemaCase.like;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On every dialect, a view whose query changed, a missing view, a trigger whose timing or event
 * changed and a missing trigger are each one difference, named and explained. Each dialect has its
 * own schema and words a view's query and a trigger its own way; the Target carries them.
 */
class ViewAndTriggerContractTest {

  /**
   * A dialect with its schema and its changes.
   *
   * @param setup the schema the changes are made to, where a change names none of its own
   */
  record Target(
      SchemaTarget on,
      String setup,
      SchemaCase view,
      SchemaCase missingView,
      SchemaCase trigger,
      SchemaCase missingTrigger) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  private static final String SQLITE =
      """
      CREATE TABLE orders (id INTEGER PRIMARY KEY, quantity INT NOT NULL DEFAULT 1, total NUMERIC);
      CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE quantity > 0;
      CREATE TRIGGER orders_touch BEFORE UPDATE ON orders
      BEGIN UPDATE orders SET quantity = max(NEW.quantity, 1) WHERE id = NEW.id; END;
      """;

  /** PostgreSQL 15 and earlier qualify the view's columns with their table, 16 and later do not. */
  private static final Pattern CHEAP_ITEMS =
      like(
          "SELECT (items\\.)?id,\\s+(items\\.)?name\\s+FROM public\\.items\\s+WHERE"
              + " \\((items\\.)?price < \\(10\\)::numeric\\)");

  private static final Pattern OPEN_ORDERS =
      is(
          "select `orders`.`id` AS `id`,`orders`.`customer_id` AS `customer_id`,`orders`.`total`"
              + " AS `total` from `orders` where `orders`.`quantity` > 0");
  private static final String SQLITE_TOUCH =
      "BEGIN UPDATE orders SET quantity = max(NEW.quantity, 1) WHERE id = NEW.id; END";

  static Stream<Target> dialects() {
    String stamp = "FOR EACH ROW EXECUTE FUNCTION public.stamp()";
    String touch = "FOR EACH ROW SET NEW.quantity = GREATEST(NEW.quantity, 1)";
    return Stream.of(
        new Target(
            SchemaTarget.POSTGRESQL,
            ViewSequenceAndTypeChangesTest.CATALOG,
            new SchemaCase(
                null,
                "CREATE OR REPLACE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 5;",
                "public.cheap_items",
                CHEAP_ITEMS,
                like(
                    "SELECT (items\\.)?id,\\s+(items\\.)?name\\s+FROM public\\.items\\s+WHERE"
                        + " \\((items\\.)?price < \\(5\\)::numeric\\)"),
                like(
                    Pattern.quote("view public.cheap_items changed: ")
                        + "(?=.*\\(10\\)::numeric)(?=.* -> )(?=.*\\(5\\)::numeric\\)).*")),
            new SchemaCase(
                null,
                "DROP VIEW cheap_items;",
                "public.cheap_items",
                CHEAP_ITEMS,
                null,
                like(Pattern.quote("view public.cheap_items is missing (was SELECT ") + ".*")),
            new SchemaCase(
                RoutineAndTriggerChangesTest.ROUTINES,
                """
                DROP TRIGGER accounts_stamp ON accounts;
                CREATE TRIGGER accounts_stamp AFTER INSERT OR UPDATE ON accounts
                  FOR EACH ROW EXECUTE FUNCTION stamp();
                """,
                "public.accounts.accounts_stamp",
                is("BEFORE UPDATE ON public.accounts " + stamp),
                is("AFTER INSERT OR UPDATE ON public.accounts " + stamp),
                is(
                    "trigger public.accounts.accounts_stamp changed:"
                        + " BEFORE UPDATE ... -> AFTER INSERT OR UPDATE ...")),
            new SchemaCase(
                RoutineAndTriggerChangesTest.ROUTINES,
                "DROP TRIGGER accounts_stamp ON accounts;",
                "public.accounts.accounts_stamp",
                is("BEFORE UPDATE ON public.accounts " + stamp),
                null,
                is(
                    "trigger public.accounts.accounts_stamp is missing (was BEFORE UPDATE ON"
                        + " public.accounts FOR EACH ROW EXECUTE FUNCTION public.stamp())"))),
        new Target(
            SchemaTarget.MARIADB,
            MySqlShop.ALL,
            new SchemaCase(
                null,
                "CREATE OR REPLACE VIEW open_orders AS"
                    + " SELECT id, customer_id, total FROM orders WHERE quantity > 1",
                "db.open_orders",
                OPEN_ORDERS,
                is(
                    "select `orders`.`id` AS `id`,`orders`.`customer_id` AS `customer_id`,"
                        + "`orders`.`total` AS `total` from `orders` where `orders`.`quantity` > 1"),
                is(
                    "view db.open_orders changed: ... `orders`.`quantity` > 0"
                        + " -> ... `orders`.`quantity` > 1")),
            new SchemaCase(
                null,
                "DROP VIEW open_orders",
                "db.open_orders",
                OPEN_ORDERS,
                null,
                like(Pattern.quote("view db.open_orders is missing (was select ") + ".*")),
            new SchemaCase(
                null,
                """
                DROP TRIGGER orders_touch;
                CREATE TRIGGER orders_touch BEFORE INSERT ON orders FOR EACH ROW SET NEW.quantity = GREATEST(NEW.quantity, 1);
                """,
                "db.orders.orders_touch",
                is("BEFORE UPDATE " + touch),
                is("BEFORE INSERT " + touch),
                is(
                    "trigger db.orders.orders_touch changed:"
                        + " BEFORE UPDATE FOR ... -> BEFORE INSERT FOR ...")),
            new SchemaCase(
                null,
                "DROP TRIGGER orders_touch",
                "db.orders.orders_touch",
                is("BEFORE UPDATE " + touch),
                null,
                is(
                    "trigger db.orders.orders_touch is missing (was BEFORE UPDATE FOR EACH ROW"
                        + " SET NEW.quantity = GREATEST(NEW.quantity, 1))"))),
        new Target(
            SchemaTarget.SQLITE,
            SQLITE,
            new SchemaCase(
                null,
                """
                DROP VIEW open_orders;
                CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE quantity > 1;
                """,
                "main.open_orders",
                is("CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE quantity > 0"),
                is("CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE quantity > 1"),
                is("view main.open_orders changed: ... quantity > 0 -> ... quantity > 1")),
            new SchemaCase(
                null,
                "DROP VIEW open_orders;",
                "main.open_orders",
                is("CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE quantity > 0"),
                null,
                is(
                    "view main.open_orders is missing (was CREATE VIEW open_orders AS"
                        + " SELECT id, total FROM orders WHERE quantity > 0)")),
            new SchemaCase(
                null,
                """
                DROP TRIGGER orders_touch;
                CREATE TRIGGER orders_touch BEFORE INSERT ON orders
                BEGIN UPDATE orders SET quantity = max(NEW.quantity, 1) WHERE id = NEW.id; END;
                """,
                "main.orders.orders_touch",
                is("CREATE TRIGGER orders_touch BEFORE UPDATE ON orders " + SQLITE_TOUCH),
                is("CREATE TRIGGER orders_touch BEFORE INSERT ON orders " + SQLITE_TOUCH),
                is(
                    "trigger main.orders.orders_touch changed:"
                        + " ... orders_touch BEFORE UPDATE ON ... -> ... orders_touch BEFORE INSERT"
                        + " ON ...")),
            new SchemaCase(
                null,
                "DROP TRIGGER orders_touch;",
                "main.orders.orders_touch",
                is("CREATE TRIGGER orders_touch BEFORE UPDATE ON orders " + SQLITE_TOUCH),
                null,
                is(
                    "trigger main.orders.orders_touch is missing (was CREATE TRIGGER orders_touch"
                        + " BEFORE UPDATE ON orders BEGIN UPDATE orders SET quantity ="
                        + " max(NEW.quantity, 1) WHERE id = ...)"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void viewQueryChange(Target target) throws SQLException {
    target.view().check(target.on(), target.setup(), ObjectKind.VIEW, Change.CHANGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void missingView(Target target) throws SQLException {
    target.missingView().check(target.on(), target.setup(), ObjectKind.VIEW, Change.MISSING);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void triggerTimingChange(Target target) throws SQLException {
    target.trigger().check(target.on(), target.setup(), ObjectKind.TRIGGER, Change.CHANGED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void missingTrigger(Target target) throws SQLException {
    target.missingTrigger().check(target.on(), target.setup(), ObjectKind.TRIGGER, Change.MISSING);
  }
}
