package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss.Kind;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data comparisons of what only PostgreSQL has, each proven both ways: a time of day lost to a
 * {@code date} and text cut by a {@code USING} are found, a zone change of the same instant is not;
 * the copies go, and hold on to no type of the user's. What every dialect does is in the {@code
 * DataDiff*ContractTest} classes.
 */
class DataDiffTest {
  private DiffDatabase db;

  @BeforeEach
  void database() {
    db = new DiffDatabase(TestDialects.POSTGRESQL, PostgresTestServer.shared());
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Test
  void timeOfDayAndTruncationAreLostButAZoneChangeOfTheSameInstantIsNot() throws SQLException {
    db.payments();
    List<DataLoss> losses =
        db.after(
            Mode.UP,
            "ALTER TABLE payments ALTER COLUMN paid_at TYPE date",
            "ALTER TABLE payments ALTER COLUMN note TYPE varchar(3) USING left(note, 3)");
    assertThat(losses)
        .extracting(DataLoss::target)
        .containsExactlyInAnyOrder("public.payments.paid_at", "public.payments.note");
    assertThat(losses)
        .filteredOn(l -> l.column().equals("paid_at"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.samples())
                    .anySatisfy(
                        s ->
                            assertThat(s).startsWith("id=1: '2024-02-29 11:45:00.123456+00' -> ")));

    db.sql(
        "CREATE TABLE events (id int PRIMARY KEY, at timestamp)",
        "INSERT INTO events VALUES (1, '2024-02-29 13:45:00.5'), (2, '1999-12-31 23:59:59')");
    assertThat(
            db.after(
                Mode.UP,
                "ALTER TABLE events ALTER COLUMN at TYPE timestamptz USING at AT TIME ZONE 'UTC'"))
        .isEmpty();
  }

  @Test
  void copiesAreDroppedAndDoNotHoldOnToTheUsersTypes() throws SQLException {
    db.sql(
        "CREATE TYPE mood AS ENUM ('ok', 'sad')",
        "CREATE TABLE t (id int PRIMARY KEY, m mood)",
        "INSERT INTO t VALUES (1, 'ok')");
    try (DataSnapshot before = db.snapshot("t", true)) {
      db.sql("ALTER TABLE t DROP COLUMN m", "DROP TYPE mood");
      assertThat(db.diff().lost(before, Mode.EXACT))
          .extracting(DataLoss::kind)
          .containsExactly(Kind.COLUMN_DROPPED);
    }
    try (Connection c = db.database().connect();
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'roundtrip_shadow'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
