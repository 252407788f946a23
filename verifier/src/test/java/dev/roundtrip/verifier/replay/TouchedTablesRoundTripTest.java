package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.PostgresTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A migration that changes one table of a hundred has its data copied, counted and compared for
 * that table and the one whose foreign key points at it, on real PostgreSQL and MariaDB: the
 * statements the engine sends name no other table, except the parent the generator takes keys from.
 */
class TouchedTablesRoundTripTest extends ProjectRoundTripTest {
  private static final Pattern TABLE = Pattern.compile("\\bt(\\d{3})\\b");

  /**
   * 100 tables with rows, t042 referencing t041 and t043 referencing t042; V2 adds a column to
   * t042.
   */
  private void hundredTables() throws IOException {
    StringBuilder up = new StringBuilder();
    for (int i = 1; i <= 100; i++) {
      String name = String.format("t%03d", i);
      up.append("CREATE TABLE ")
          .append(name)
          .append(" (id INT PRIMARY KEY, label VARCHAR(30) NOT NULL")
          .append(
              i == 42 || i == 43
                  ? String.format(", parent_id INT REFERENCES t%03d (id)", i - 1)
                  : "")
          .append(");\n");
      up.append("INSERT INTO ")
          .append(name)
          .append(" (id, label) VALUES (1, 'one'), (2, 'two');\n");
    }
    // without a down, V1 is applied and seeded without a round trip of its own
    migration("V1__hundred_tables.sql", up.toString());
    migration(
        "V2__t042_note.sql",
        "ALTER TABLE t042 ADD COLUMN note VARCHAR(40);\nUPDATE t042 SET note = label;\n");
    migration("U2__t042_note.sql", "ALTER TABLE t042 DROP COLUMN note;\n");
  }

  private List<String> statementsOfV2(Dialect dialect, DatabaseServer shared) throws IOException {
    hundredTables();
    CountingServer server = new CountingServer(shared);
    ProgressListener marks =
        new ProgressListener() {
          @Override
          public void info(String line) {
            server.mark(line);
          }

          @Override
          public void warn(String line) {
            server.mark(line);
          }

          @Override
          public void debug(String line) {}
        };
    DialectRun run = RoundTrips.on(dialect, server, config(5).listener(marks).build());
    assertThat(run.migrations())
        .extracting(o -> o.version() + " " + o.status())
        .containsExactly("1 FAILED", "2 PASSED");
    List<String> log = server.log();
    int v1 = indexOf(log, "V1 hundred tables");
    int v2 = indexOf(log, "V2 t042 note");
    return log.subList(v1 + 1, v2);
  }

  private static int indexOf(List<String> log, String line) {
    for (int i = 0; i < log.size(); i++) {
      if (log.get(i).startsWith("-- ") && log.get(i).contains(line)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + line + " in " + log);
  }

  /** The tables t<n> named by statements that {@code filter} picks. */
  private static Set<String> tablesNamed(List<String> statements, Pattern filter) {
    Set<String> names = new TreeSet<>();
    for (String sql : statements) {
      if (filter.matcher(sql).find()) {
        Matcher m = TABLE.matcher(sql);
        while (m.find()) {
          names.add("t" + m.group(1));
        }
      }
    }
    return names;
  }

  private static long count(List<String> statements, Pattern filter) {
    return statements.stream().filter(s -> filter.matcher(s).find()).count();
  }

  private static void onlyTheTouchedTables(List<String> statements, Pattern copy) {
    assertThat(tablesNamed(statements, Pattern.compile(".")))
        .as("tables any statement of V2's round trip names")
        .containsExactly("t041", "t042", "t043");
    assertThat(tablesNamed(statements, copy)).as("tables copied").containsExactly("t042", "t043");
    // before, after the up, after the writes: one copy of each of the two tables each time
    assertThat(count(statements, copy)).as("copies").isEqualTo(6);
    List<String> parentReads = new ArrayList<>();
    for (String sql : statements) {
      if (TABLE.matcher(sql).results().allMatch(r -> r.group(1).equals("041"))
          && sql.contains("t041")) {
        parentReads.add(sql);
      }
    }
    assertThat(parentReads)
        .as("the statements naming only t041, the parent of t042")
        .isNotEmpty()
        .allMatch(sql -> sql.strip().toUpperCase().startsWith("SELECT"));
  }

  @Test
  void oneTableOfAHundredIsAllThatIsCopiedOnPostgres() throws IOException {
    List<String> statements = statementsOfV2(TestDialects.POSTGRESQL, PostgresTestServer.shared());
    onlyTheTouchedTables(statements, Pattern.compile("(?i)^CREATE UNLOGGED TABLE"));
  }

  @Test
  void oneTableOfAHundredIsAllThatIsCopiedOnMariaDb() throws IOException {
    List<String> statements = statementsOfV2(TestDialects.MARIADB, MariaDbTestServer.shared());
    onlyTheTouchedTables(statements, Pattern.compile("(?i)^INSERT INTO \\S*_shadow"));
  }
}
