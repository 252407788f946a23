package dev.roundtrip.verifier.data;

import static dev.roundtrip.verifier.data.SeedFixture.count;
import static dev.roundtrip.verifier.data.SeedFixture.number;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, a role that may not switch user triggers off seeds with them firing, and the
 * tables it may not read are skipped and reported. That triggers stay quiet where the role may is
 * in {@link SeederTriggerContractTest}.
 */
class SeederTriggerTest {
  private static final String SCHEMA =
      """
      CREATE TABLE accounts (id serial PRIMARY KEY, owner text);
      CREATE TABLE audit (id serial PRIMARY KEY, note text);
      CREATE FUNCTION record_insert() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO audit (note) VALUES ('trigger fired'); RETURN NEW; END $$;
      CREATE TRIGGER accounts_audit AFTER INSERT ON accounts
        FOR EACH ROW EXECUTE FUNCTION record_insert();
      """;

  @Test
  void withoutPrivilegesTriggersFireAndUnreadableTablesAreSkippedAndReported() throws SQLException {
    String role = "roundtrip_seed_" + Long.toHexString(System.nanoTime());
    try (DisposableDatabase database = PostgresTestServer.newDatabase();
        Connection connection = database.connect()) {
      SeedFixture.execute(
          connection, SCHEMA + "CREATE TABLE secrets (id int PRIMARY KEY, value text);");
      SeedFixture.execute(connection, "CREATE ROLE " + role);
      try {
        SeedFixture.execute(
            connection,
            "GRANT USAGE ON SCHEMA public TO "
                + role
                + "; GRANT ALL ON ALL TABLES IN SCHEMA public TO "
                + role
                + "; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO "
                + role
                + "; REVOKE ALL ON secrets FROM "
                + role
                + "; SET ROLE "
                + role);

        SeedReport report =
            new Seeder(TestDialects.POSTGRESQL, SeedOptions.defaults())
                .seed(connection, List.of("public"), Set.of());

        assertThat(report.notes())
            .containsExactly(
                "user triggers fired while seeding: this role may not set"
                    + " session_replication_role to replica (42501)");
        assertThat(report.skippedRowCount()).isZero();
        assertThat(report.skippedTables())
            .containsExactly(
                new SeedReport.SkippedTable(
                    "public.secrets",
                    "the database refused to seed it (SQLSTATE 42501): ERROR: permission denied"
                        + " for table secrets"));
        assertThat(count(connection, "accounts")).isEqualTo(20);
        assertThat(number(connection, "SELECT count(*) FROM audit WHERE note = 'trigger fired'"))
            .isEqualTo(20);
        assertThat(count(connection, "audit")).isEqualTo(40);
      } finally {
        SeedFixture.execute(
            connection, "RESET ROLE; DROP OWNED BY " + role + "; DROP ROLE " + role);
      }
    }
  }
}
