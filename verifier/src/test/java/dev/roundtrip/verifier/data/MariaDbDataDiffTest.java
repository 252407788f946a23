package dev.roundtrip.verifier.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.roundtrip.verifier.data.DataDiff.Mode;
import dev.roundtrip.verifier.data.DataLoss.Kind;
import dev.roundtrip.verifier.testing.MariaDbTestServer;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Data comparisons of what only the MySQL family has, each lossy change found and its lossless twin
 * not: floats compared as printed, a remapped enum, a collation that calls different values equal,
 * bytes, and values of every MariaDB type. The schema of the checks is the disposable database
 * itself. What every dialect does is in the {@code DataDiff*ContractTest} classes.
 */
class MariaDbDataDiffTest {
  private DiffDatabase db;

  @BeforeEach
  void database() {
    db = new DiffDatabase(TestDialects.MARIADB, MariaDbTestServer.shared());
  }

  @AfterEach
  void drop() {
    db.close();
  }

  private void sql(String... statements) throws SQLException {
    db.sql(statements);
  }

  private List<DataLoss> after(Mode mode, String... change) throws SQLException {
    return db.after(mode, change);
  }

  /** {@code <database>.<name>}: how the checks name a table of the disposable database. */
  private String table(String name) {
    return db.table(name);
  }

  @Test
  void floatsCompareAsPrintedWideningToDoubleIsNotALoss() throws SQLException {
    sql(
        "CREATE TABLE readings (id INT PRIMARY KEY, f FLOAT, d DOUBLE)",
        "INSERT INTO readings VALUES (1, 1.1, 0.1), (2, 2.5, 2.5), (3, NULL, NULL)");
    assertThat(after(Mode.UP, "ALTER TABLE readings MODIFY f DOUBLE")).isEmpty();
    assertThat(after(Mode.UP, "ALTER TABLE readings MODIFY d FLOAT"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.target()).isEqualTo(table("readings.d"));
              assertThat(l.samples()).containsExactly("id=1: '0.1' -> '0.10000000149011612'");
            });
  }

  @Test
  void truncatedTextALostTimeOfDayAndARemappedEnumAreLost() throws SQLException {
    db.payments();
    List<DataLoss> losses =
        after(
            Mode.UP,
            "UPDATE payments SET note = LEFT(note, 20)",
            "ALTER TABLE payments MODIFY note VARCHAR(20)",
            "ALTER TABLE payments MODIFY paid_at DATE",
            "UPDATE payments SET status = 'active' WHERE status = 'legacy'",
            "ALTER TABLE payments MODIFY status ENUM('active', 'closed')");
    assertThat(losses)
        .extracting(DataLoss::kind, DataLoss::target, DataLoss::count)
        .containsExactlyInAnyOrder(
            tuple(Kind.VALUES_CHANGED, table("payments.note"), 1L),
            tuple(Kind.VALUES_CHANGED, table("payments.paid_at"), 1L),
            tuple(Kind.VALUES_CHANGED, table("payments.status"), 1L));
    assertThat(losses)
        .flatExtracting(DataLoss::samples)
        .containsExactlyInAnyOrder(
            "id=1: 'first payment of the year, by card' -> 'first payment of the'",
            "id=1: '2024-02-29 13:45:00' -> '2024-02-29 00:00:00'",
            "id=1: 'legacy' -> 'active'");
  }

  @Test
  void caseTrailingSpacesAndAccentsAreChangesThoughTheCollationCallsThemEqual()
      throws SQLException {
    sql(
        "CREATE TABLE tags (id INT PRIMARY KEY, name VARCHAR(20)" + " COLLATE utf8mb4_general_ci)",
        "INSERT INTO tags VALUES (1, 'abc'), (2, 'cafe'), (3, 'x'), (4, 'same')");
    List<DataLoss> losses =
        after(
            Mode.EXACT,
            "UPDATE tags SET name = 'ABC' WHERE id = 1",
            "UPDATE tags SET name = 'café' WHERE id = 2",
            "UPDATE tags SET name = 'x  ' WHERE id = 3",
            "UPDATE tags SET name = 'same' WHERE id = 4");
    assertThat(losses)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.kind()).isEqualTo(Kind.VALUES_CHANGED);
              assertThat(l.count()).isEqualTo(3);
              assertThat(l.samples())
                  .containsExactlyInAnyOrder(
                      "id=1: 'abc' -> 'ABC'", "id=2: 'cafe' -> 'café'", "id=3: 'x' -> 'x  '");
            });
  }

  @Test
  void binaryValuesCompareByteForByte() throws SQLException {
    sql(
        "CREATE TABLE files (id INT PRIMARY KEY, digest BINARY(4), body VARBINARY(10), raw BLOB)",
        "INSERT INTO files VALUES (1, 0x00FF10, 0x616263, 0xDEADBEEF),"
            + " (2, 0x01, 0x20, ''), (3, NULL, NULL, NULL)");
    List<DataLoss> losses =
        after(
            Mode.EXACT,
            "UPDATE files SET body = 0x414243 WHERE id = 1",
            "UPDATE files SET raw = 0xDEADBEEE WHERE id = 1",
            "UPDATE files SET body = 0x2000 WHERE id = 2");
    assertThat(losses)
        .extracting(DataLoss::kind, DataLoss::target)
        .containsExactlyInAnyOrder(
            tuple(Kind.VALUES_CHANGED, table("files.body")),
            tuple(Kind.VALUES_CHANGED, table("files.raw")));
    assertThat(losses)
        .flatExtracting(DataLoss::samples)
        .containsExactlyInAnyOrder(
            "id=1: '616263' -> '414243'", "id=2: '20' -> '2000'", "id=1: 'DEADBEEF' -> 'DEADBEEE'");
    assertThat(
            after(
                Mode.UP,
                "ALTER TABLE files MODIFY body VARBINARY(20)",
                "ALTER TABLE files MODIFY raw LONGBLOB",
                "ALTER TABLE files MODIFY digest VARBINARY(4)"))
        .isEmpty();
  }

  @Test
  void valuesOfEveryKindReadTheSameUntilTheyChange() throws SQLException {
    sql(
        "CREATE TABLE kinds (id INT PRIMARY KEY, flag TINYINT(1), bits BIT(3), yr YEAR,"
            + " span TIME(2), stamp TIMESTAMP(3) NULL, f FLOAT, d DOUBLE,"
            + " padded INT(6) ZEROFILL, doc JSON, tags SET('a', 'b'), code CHAR(5), body TEXT,"
            + " day DATE, at DATETIME(6), spot POINT, addr INET6, uid UUID)",
        "INSERT INTO kinds VALUES (1, 1, b'101', 2024, '-12:34:56.78',"
            + " '2024-02-29 13:45:00.123', 1.1, 0.1, 42, '{\"b\": 1,  \"a\": [1, 2]}', 'b,a',"
            + " 'ab ', 'zoë\\n', '2024-02-29', '2024-02-29 13:45:00.123456',"
            + " ST_GeomFromText('POINT(1 2)'), '::1', '123e4567-e89b-12d3-a456-426614174000')",
        "INSERT INTO kinds (id) VALUES (2)");
    assertThat(after(Mode.EXACT, "ALTER TABLE kinds ENGINE = InnoDB")).isEmpty();
    assertThat(
            after(
                Mode.UP,
                "ALTER TABLE kinds MODIFY bits BIT(8), MODIFY yr SMALLINT, MODIFY span TIME(4),"
                    + " MODIFY padded INT, MODIFY flag INT, MODIFY stamp TIMESTAMP(6) NULL,"
                    + " MODIFY code VARCHAR(5), MODIFY addr VARCHAR(39)"))
        .isEmpty();
    assertThat(
            after(
                Mode.EXACT,
                "UPDATE kinds SET doc = '{\"b\": 1, \"a\": [1, 2]}', bits = 4, span = '12:34:56',"
                    + " spot = ST_GeomFromText('POINT(1 3)')"))
        .extracting(DataLoss::target)
        .containsExactlyInAnyOrder(
            table("kinds.doc"), table("kinds.bits"), table("kinds.span"), table("kinds.spot"));
  }
}
