package dev.roundtrip.verifier.schema;

import static dev.roundtrip.verifier.schema.SchemaFixture.diffAfter;
import static dev.roundtrip.verifier.schema.SchemaFixture.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, objects whose names the database made up are compared by what they are: a table
 * rebuilt while its old names are taken gets {@code _seq1}, {@code _pkey1}, {@code _fkey1} and is
 * still the same schema. Names the project chose are still compared by name.
 */
class GeneratedNamesTest {

  private static final String ITEMS =
      """
      CREATE TABLE owners (id integer PRIMARY KEY);
      CREATE TABLE items (
        id serial PRIMARY KEY,
        owner_id integer REFERENCES owners (id) ON DELETE CASCADE,
        code text UNIQUE,
        price numeric CHECK (price >= 0),
        low integer,
        high integer,
        CHECK (low <= high),
        UNIQUE (low, high));
      CREATE INDEX ON items (owner_id, price);
      CREATE INDEX ON items (lower(code));
      """;

  /** Builds items again under the old name while the old table still holds every name. */
  private static final String REBUILD =
      """
      ALTER TABLE items RENAME TO items_old;
      CREATE TABLE items (
        id serial PRIMARY KEY,
        owner_id integer REFERENCES owners (id) ON DELETE CASCADE,
        code text UNIQUE,
        price numeric CHECK (price >= 0),
        low integer,
        high integer,
        CHECK (low <= high),
        UNIQUE (low, high));
      CREATE INDEX ON items (owner_id, price);
      CREATE INDEX ON items (lower(code));
      DROP TABLE items_old;
      """;

  @Test
  void aTableRebuiltWhileItsOldNamesWereTakenIsTheSameSchema() throws SQLException {
    SchemaDiff diff = diffAfter(ITEMS, REBUILD);

    assertThat(diff.differences()).as(diff.toString()).isEmpty();
  }

  @Test
  void theRebuiltTableReallyHasOtherNames() throws SQLException {
    SchemaSnapshot rebuilt = SchemaFixture.snapshotOf(ITEMS + REBUILD);

    assertThat(rebuilt.describe())
        .contains(
            "sequence public.items_id_seq1: integer OWNED BY public.items.id",
            "column public.items.id: integer NOT NULL"
                + " DEFAULT nextval('public.items_id_seq1'::regclass)",
            "primary key public.items.items_pkey1",
            "foreign key public.items.items_owner_id_fkey1",
            "unique constraint public.items.items_code_key1",
            "unique constraint public.items.items_low_high_key1",
            "check constraint public.items.items_price_check1",
            "check constraint public.items.items_check1",
            "index public.items_owner_id_price_idx1",
            "index public.items_lower_idx1");
  }

  @Test
  void aSerialTableDroppedAndCreatedAgainWhileItsSequenceNameIsTaken() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            "CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL);",
            """
            CREATE TABLE t_new (id serial PRIMARY KEY, name text NOT NULL);
            ALTER SEQUENCE t_id_seq RENAME TO t_id_seq_keep;
            ALTER SEQUENCE t_new_id_seq RENAME TO t_id_seq1;
            ALTER SEQUENCE t_id_seq_keep RENAME TO t_id_seq;
            DROP TABLE t;
            ALTER TABLE t_new RENAME TO t;
            ALTER INDEX t_new_pkey RENAME TO t_pkey;
            """);

    assertThat(diff.differences()).as(diff.toString()).isEmpty();
  }

  @Test
  void aNameTheProjectChoseStillCounts() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            """
            CREATE TABLE owners (id integer PRIMARY KEY);
            CREATE TABLE items (
              id integer PRIMARY KEY,
              owner_id integer CONSTRAINT items_owner_fk REFERENCES owners (id));
            """,
            "ALTER TABLE items RENAME CONSTRAINT items_owner_fk TO items_owner_ref");

    assertThat(diff.differences())
        .extracting(SchemaDifference::change, SchemaDifference::name)
        .containsExactly(
            tuple(Change.MISSING, "public.items.items_owner_fk"),
            tuple(Change.UNEXPECTED, "public.items.items_owner_ref"));
  }

  @Test
  void aGeneratedNameReplacedByOneTheProjectChoseIsADifference() throws SQLException {
    SchemaDiff diff =
        diffAfter(ITEMS, "ALTER TABLE items RENAME CONSTRAINT items_code_key TO items_code_unique");

    assertThat(diff.differences())
        .extracting(SchemaDifference::change, SchemaDifference::name)
        .containsExactly(
            tuple(Change.MISSING, "public.items.items_code_key"),
            tuple(Change.UNEXPECTED, "public.items.items_code_unique"));
  }

  @Test
  void aMissingUnnamedIndexIsStillReportedByItsName() throws SQLException {
    SchemaDifference d = single(diffAfter(ITEMS, "DROP INDEX items_owner_id_price_idx"));

    assertThat(d.kind()).isEqualTo(ObjectKind.INDEX);
    assertThat(d.change()).isEqualTo(Change.MISSING);
    assertThat(d.description())
        .isEqualTo(
            "index public.items_owner_id_price_idx is missing"
                + " (was on public.items (owner_id, price))");
  }

  @Test
  void anUnnamedConstraintRebuiltDifferentlyIsReportedUnderBothNames() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            ITEMS,
            """
            ALTER TABLE items RENAME TO items_old;
            CREATE TABLE items (
              id serial PRIMARY KEY,
              owner_id integer REFERENCES owners (id),
              code text UNIQUE,
              price numeric CHECK (price >= 0),
              low integer,
              high integer,
              CHECK (low <= high),
              UNIQUE (low, high));
            CREATE INDEX ON items (owner_id, price);
            CREATE INDEX ON items (lower(code));
            DROP TABLE items_old;
            """);

    assertThat(diff.differences())
        .extracting(SchemaDifference::kind, SchemaDifference::change, SchemaDifference::name)
        .containsExactly(
            tuple(ObjectKind.FOREIGN_KEY, Change.MISSING, "public.items.items_owner_id_fkey"),
            tuple(ObjectKind.FOREIGN_KEY, Change.UNEXPECTED, "public.items.items_owner_id_fkey1"));
  }

  @Test
  void aSerialColumnWhoseSequenceIsNoLongerItsOwnIsAChange() throws SQLException {
    SchemaDiff diff =
        diffAfter(
            "CREATE TABLE t (id serial PRIMARY KEY);", "ALTER SEQUENCE t_id_seq OWNED BY NONE");

    assertThat(diff.differences())
        .extracting(SchemaDifference::description)
        .containsExactly(
            "column public.t.id changed: integer NOT NULL"
                + " DEFAULT nextval(the column's own sequence)"
                + " -> integer NOT NULL DEFAULT nextval('public.t_id_seq'::regclass)",
            "sequence public.t_id_seq changed: integer OWNED BY public.t.id -> integer");
  }

  @Test
  void namesCutToSixtyThreeBytesAreRecognizedToo() throws SQLException {
    String table = "order_lines_of_the_northern_warehouse_kept_for_auditing";
    String create =
        """
        CREATE TABLE %1$s (
          id serial PRIMARY KEY,
          product_reference_code integer REFERENCES owners (id),
          quantity_in_stock_units integer CHECK (quantity_in_stock_units > 0),
          UNIQUE (product_reference_code, quantity_in_stock_units));
        """
            .formatted(table);
    SchemaDiff diff =
        diffAfter(
            "CREATE TABLE owners (id integer PRIMARY KEY);" + create,
            "ALTER TABLE %1$s RENAME TO old_lines;".formatted(table)
                + create
                + "DROP TABLE old_lines;");

    assertThat(diff.differences()).as(diff.toString()).isEmpty();
  }
}
