package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.SeedFixture.count;
import static dev.roundtrip.verifier.data.SeedFixture.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.roundtrip.verifier.data.SeedReport.SkippedRows;
import dev.roundtrip.verifier.data.SeedReport.SkippedTable;
import dev.roundtrip.verifier.database.DisposableDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the seeder cannot do is reported, never thrown: rows a CHECK it cannot read rejects get
 * their plain twin, else are skipped and counted with the database's reason (on PostgreSQL, MariaDB
 * and SQLite); a column of a type it cannot generate becomes NULL or its default, or its table is
 * skipped, as are the tables that need its rows or form a cycle through NOT NULL foreign keys. Each
 * dialect writes the CHECK and the type its own way, and its server gives its own reason; {@code
 * {schema}} in an expected text stands for the schema.
 */
class SeederLimitsContractTest {

  /**
   * A dialect with its pattern CHECK.
   *
   * @param codes creates {@code codes} with a CHECK {@code code_format} the seeder cannot read
   * @param reason the server's reason for a row that CHECK rejects
   */
  record CheckTarget(SeedTarget on, String codes, String reason) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  /**
   * A dialect with a type the seeder cannot generate.
   *
   * @param schema tables with a column of that type ({@code nullable_<type>}, {@code
   *     default_<type>}, {@code required_<type>}), {@code needs_required}, {@code chicken}, {@code
   *     egg} and {@code nodes}
   * @param type the type's name
   * @param isDefault the condition on {@code p} that holds for the default of {@code
   *     default_<type>}
   * @param skipped the tables skipped, with their reasons
   */
  record TypeTarget(
      SeedTarget on, String schema, String type, String isDefault, Map<String, String> skipped) {
    @Override
    public String toString() {
      return on.toString();
    }
  }

  static Stream<CheckTarget> checkDialects() {
    return Stream.of(
        new CheckTarget(
            SeedTarget.SQLITE,
            """
            CREATE TABLE codes (id int PRIMARY KEY,
              code text NOT NULL CONSTRAINT code_format CHECK (code GLOB '[A-Z][A-Z][A-Z]-[0-9]*'));
            """,
            "CHECK constraint failed: code_format"),
        new CheckTarget(
            SeedTarget.POSTGRESQL,
            """
            CREATE TABLE codes (id int PRIMARY KEY,
              code text NOT NULL CONSTRAINT code_format CHECK (code ~ '^[A-Z]{3}-[0-9]+$'));
            """,
            "new row for relation \"codes\" violates check constraint \"code_format\""),
        new CheckTarget(
            SeedTarget.MARIADB,
            """
            CREATE TABLE codes (id int PRIMARY KEY,
              code varchar(20) NOT NULL, CONSTRAINT code_format CHECK (code REGEXP '^[A-Z]{3}-[0-9]+$'));
            """,
            "CONSTRAINT `code_format` failed for `{schema}`.`codes`"));
  }

  static Stream<TypeTarget> typeDialects() {
    return Stream.of(
        new TypeTarget(
            SeedTarget.POSTGRESQL,
            """
            CREATE TYPE pair AS (x int, y int);
            CREATE TABLE nullable_pair (id int PRIMARY KEY, p pair);
            CREATE TABLE default_pair (id int PRIMARY KEY, p pair NOT NULL DEFAULT ROW(1, 2));
            CREATE TABLE required_pair (id int PRIMARY KEY, p pair NOT NULL);
            CREATE TABLE needs_required (id int PRIMARY KEY,
              required_id int NOT NULL REFERENCES required_pair);
            CREATE TABLE chicken (id int PRIMARY KEY, egg_id int NOT NULL);
            CREATE TABLE egg (id int PRIMARY KEY, chicken_id int NOT NULL REFERENCES chicken);
            ALTER TABLE chicken ADD FOREIGN KEY (egg_id) REFERENCES egg;
            CREATE TABLE nodes (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES nodes);
            """,
            "pair",
            "p = ROW(1, 2)::pair",
            Map.of(
                "chicken",
                "its foreign keys [chicken_egg_id_fkey] form a cycle through NOT NULL columns",
                "egg",
                "foreign key egg_chicken_id_fkey needs a row in {schema}.chicken, which has none",
                "required_pair",
                "column p has type pair, which the seeder cannot generate, and is NOT NULL"
                    + " without a default",
                "nodes",
                "foreign key nodes_parent_id_fkey needs a row in {schema}.nodes, which has none",
                "needs_required",
                "foreign key needs_required_required_id_fkey needs a row in"
                    + " {schema}.required_pair, which has none")),
        new TypeTarget(
            SeedTarget.MARIADB,
            """
            CREATE TABLE nullable_point (id int PRIMARY KEY, p point);
            CREATE TABLE default_point (id int PRIMARY KEY, p point NOT NULL DEFAULT (POINT(1, 2)));
            CREATE TABLE required_point (id int PRIMARY KEY, p point NOT NULL);
            CREATE TABLE needs_required (id int PRIMARY KEY, required_id int NOT NULL,
              CONSTRAINT needs_required_fk FOREIGN KEY (required_id) REFERENCES required_point (id));
            CREATE TABLE chicken (id int PRIMARY KEY, egg_id int NOT NULL);
            CREATE TABLE egg (id int PRIMARY KEY, chicken_id int NOT NULL,
              CONSTRAINT egg_chicken FOREIGN KEY (chicken_id) REFERENCES chicken (id));
            ALTER TABLE chicken ADD CONSTRAINT chicken_egg FOREIGN KEY (egg_id) REFERENCES egg (id);
            CREATE TABLE nodes (id int PRIMARY KEY, parent_id int NOT NULL,
              CONSTRAINT nodes_parent FOREIGN KEY (parent_id) REFERENCES nodes (id));
            """,
            "point",
            "ST_AsText(p) = 'POINT(1 2)'",
            Map.of(
                "chicken",
                "its foreign keys [chicken_egg] form a cycle through NOT NULL columns",
                "egg",
                "foreign key egg_chicken needs a row in {schema}.chicken, which has none",
                "required_point",
                "column p has type point, which the seeder cannot generate, and is NOT NULL"
                    + " without a default",
                "nodes",
                "foreign key nodes_parent needs a row in {schema}.nodes, which has none",
                "needs_required",
                "foreign key needs_required_fk needs a row in {schema}.required_point, which has"
                    + " none")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checkDialects")
  void rowsACheckItCannotReadRejectsGetTheirPlainTwinElseAreSkippedAndCounted(CheckTarget target)
      throws SQLException {
    try (DisposableDatabase database = target.on().newDatabase();
        Connection connection = database.connect()) {
      target
          .on()
          .execute(
              connection,
              target.codes()
                  + """
                  CREATE TABLE pairs (a int NOT NULL, b int NOT NULL,
                    CONSTRAINT one_positive CHECK (a > 0 OR b > 0));
                  CREATE TABLE plain (id int PRIMARY KEY, note text);
                  """);
      String schema = target.on().schema(database);
      String reason = target.reason().replace("{schema}", schema);

      SeedReport report = target.on().seed(connection, database, SeedOptions.defaults(), Set.of());

      assertThat(report.skippedRows())
          .extracting(SkippedRows::table, SkippedRows::constraint)
          .containsExactly(tuple(schema + ".codes", "code_format"));
      assertThat(report.skippedRows().get(0).rows()).isEqualTo(20);
      assertThat(report.skippedRows().get(0).reason()).isEqualTo(reason);
      assertThat(report.insertedRows(schema + ".codes")).isZero();
      // a row whose NULLs or boundary values the CHECK rejects is inserted as its plain twin
      // (regular values); rows the CHECK accepts keep their boundary values
      assertThat(report.replacedRows())
          .extracting(SkippedRows::table, SkippedRows::constraint)
          .containsExactly(tuple(schema + ".pairs", "one_positive"));
      assertThat(report.replacedRows().get(0).rows()).isBetween(1, 19);
      assertThat(report.insertedRows(schema + ".pairs")).isEqualTo(20);
      assertThat(count(connection, "pairs")).isEqualTo(20);
      assertThat(number(connection, "SELECT COUNT(*) FROM pairs WHERE a <= 0 OR b <= 0"))
          .isPositive();
      assertThat(count(connection, "plain")).isEqualTo(20);
      assertThat(report.toLines())
          .contains("  skipped 20 rows of " + schema + ".codes (code_format): " + reason);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("typeDialects")
  void typesItCannotGenerateBecomeNullOrDefaultOrSkipTheTable(TypeTarget target)
      throws SQLException {
    try (DisposableDatabase database = target.on().newDatabase();
        Connection connection = database.connect()) {
      target.on().execute(connection, target.schema());
      String schema = target.on().schema(database);
      Map<String, String> skipped = target.skipped();

      SeedReport report = target.on().seed(connection, database, SeedOptions.defaults(), Set.of());

      assertThat(report.skippedRows()).as(report.toString()).isEmpty();
      assertThat(
              number(
                  connection,
                  "SELECT COUNT(*) FROM nullable_" + target.type() + " WHERE p IS NULL"))
          .isEqualTo(20);
      assertThat(
              number(
                  connection,
                  "SELECT COUNT(*) FROM default_" + target.type() + " WHERE " + target.isDefault()))
          .isEqualTo(20);
      assertThat(report.skippedTables())
          .extracting(SkippedTable::table, SkippedTable::reason)
          .containsExactlyInAnyOrderElementsOf(
              skipped.entrySet().stream()
                  .map(
                      e ->
                          new Tuple(
                              schema + "." + e.getKey(), e.getValue().replace("{schema}", schema)))
                  .toList());
      assertThat(count(connection, "required_" + target.type())).isZero();
      assertThat(report.toLines())
          .contains(
              "  skipped table "
                  + schema
                  + ".egg: "
                  + skipped.get("egg").replace("{schema}", schema));
    }
  }
}
