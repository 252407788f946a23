package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.SchemaFixture.diffAfter;
import static dev.roundtrip.verifier.schema.SchemaFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Changes to PostgreSQL's functions, procedures, aggregates and triggers are found: overloads,
 * disabled triggers, the triggers behind foreign keys. A trigger's timing and a missing trigger, on
 * every dialect, are in {@link ViewAndTriggerContractTest}.
 */
class RoutineAndTriggerChangesTest {

  /** The schema, also {@link ViewAndTriggerContractTest}'s for PostgreSQL's triggers. */
  static final String ROUTINES =
      """
      CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric, updated_at timestamptz);
      CREATE FUNCTION fee(amount numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$
      BEGIN
        IF amount > 100 THEN
          RETURN amount * 0.01;
        END IF;
        RETURN 1;
      END $$;
      CREATE FUNCTION fee(amount numeric, rate numeric) RETURNS numeric
        LANGUAGE sql IMMUTABLE AS 'SELECT amount * rate';
      CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
      CREATE TRIGGER accounts_stamp BEFORE UPDATE ON accounts
        FOR EACH ROW EXECUTE FUNCTION stamp();
      CREATE PROCEDURE reset_balances() LANGUAGE sql AS 'UPDATE accounts SET balance = 0';
      """;

  @Test
  void functionBodyChangeShowsTheChangedWords() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                ROUTINES,
                """
                CREATE OR REPLACE FUNCTION fee(amount numeric) RETURNS numeric
                LANGUAGE plpgsql IMMUTABLE AS $$
                BEGIN
                  IF amount > 100 THEN
                    RETURN amount * 0.02;
                  END IF;
                  RETURN 1;
                END $$;
                """));

    assertThat(d.kind()).isEqualTo(ObjectKind.FUNCTION);
    assertThat(d.change()).isEqualTo(Change.CHANGED);
    assertThat(d.name()).isEqualTo("public.fee(numeric)");
    assertThat(d.expected()).contains("RETURN amount * 0.01;");
    assertThat(d.description())
        .isEqualTo(
            "function public.fee(numeric) changed:"
                + " ... amount * 0.01; END ... -> ... amount * 0.02; END ...");
  }

  @Test
  void overloadsAreToldApart() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            ROUTINES,
            """
            DROP FUNCTION fee(numeric, numeric);
            CREATE FUNCTION fee(amount numeric, rate numeric, minimum numeric) RETURNS numeric
              LANGUAGE sql IMMUTABLE AS 'SELECT greatest(amount * rate, minimum)';
            CREATE OR REPLACE FUNCTION fee(amount numeric) RETURNS numeric
              LANGUAGE plpgsql VOLATILE AS $$
            BEGIN
              IF amount > 100 THEN
                RETURN amount * 0.01;
              END IF;
              RETURN 1;
            END $$;
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::name, SchemaDifference::change)
        .containsExactly(
            tuple("public.fee(numeric)", Change.CHANGED),
            tuple("public.fee(numeric,numeric)", Change.MISSING),
            tuple("public.fee(numeric,numeric,numeric)", Change.UNEXPECTED));
    assertThat(diff.differences().get(0).description())
        .isEqualTo(
            "function public.fee(numeric) changed:"
                + " ... LANGUAGE plpgsql IMMUTABLE AS ... -> ... LANGUAGE plpgsql AS ...");
    assertThat(diff.differences().get(1).description())
        .isEqualTo(
            "function public.fee(numeric,numeric) is missing (was (amount numeric, rate numeric)"
                + " RETURNS numeric LANGUAGE sql IMMUTABLE AS $function$SELECT amount *"
                + " rate$function$)");
  }

  @Test
  void procedureAndAggregate() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            ROUTINES,
            """
            CREATE OR REPLACE PROCEDURE reset_balances()
              LANGUAGE sql AS 'UPDATE accounts SET balance = NULL';
            CREATE AGGREGATE total_fee(numeric) (SFUNC = fee, STYPE = numeric);
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::kind, SchemaDifference::change)
        .containsExactly(
            tuple(ObjectKind.PROCEDURE, Change.CHANGED),
            tuple(ObjectKind.AGGREGATE, Change.UNEXPECTED));
    assertThat(diff.differences().get(0).description())
        .startsWith("procedure public.reset_balances() changed: ")
        .contains("balance = 0")
        .contains("balance = NULL");
    assertThat(diff.differences().get(1).description())
        .isEqualTo(
            "aggregate public.total_fee(numeric) (numeric) (SFUNC = public.fee(numeric,numeric),"
                + " STYPE = numeric) is present (it did not exist before)");
  }

  @Test
  void disabledTriggerAndMissingTrigger() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            ROUTINES
                + """
                CREATE TRIGGER accounts_audit AFTER DELETE ON accounts
                  FOR EACH STATEMENT EXECUTE FUNCTION stamp();
                """,
            """
            ALTER TABLE accounts DISABLE TRIGGER accounts_audit;
            DROP TRIGGER accounts_stamp ON accounts;
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::description)
        .containsExactly(
            "trigger public.accounts.accounts_audit changed: ... FUNCTION public.stamp()"
                + " -> ... FUNCTION public.stamp() (disabled)",
            "trigger public.accounts.accounts_stamp is missing (was BEFORE UPDATE ON"
                + " public.accounts FOR EACH ROW EXECUTE FUNCTION public.stamp())");
  }

  @Test
  void foreignKeyTriggersAreNotListed() throws SQLException {
    SchemaDifference d =
        single(
            diffAfter(
                ROUTINES, "CREATE TABLE entries (account_id integer REFERENCES accounts (id))"));

    assertThat(d.kind()).isEqualTo(ObjectKind.TABLE);
  }
}
