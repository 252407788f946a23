package dev.roundtrip.verifier.findings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.dialect.postgresql.PostgresStatementSplitter;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaDifference;
import dev.roundtrip.verifier.schema.SchemaDifference.Change;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferenceLocatorTest {
  private final PostgresStatementSplitter splitter = new PostgresStatementSplitter();

  private DifferenceLocator locator(String up, String down) {
    Path dir = Path.of("/project/db");
    return new DifferenceLocator(
        new DifferenceLocator.Script(dir.resolve("V2__x.sql"), splitter.split(up)),
        new DifferenceLocator.Script(dir.resolve("U2__x.sql"), splitter.split(down)),
        new Findings("postgresql", Path.of("/project")));
  }

  private static SchemaDifference diff(ObjectKind kind, String name, Change change) {
    return new SchemaDifference(kind, name, change, null, null, kind + " " + name + " differs");
  }

  @Test
  void anObjectStillThereIsTracedToTheUpThatCreatedIt() {
    var located =
        locator(
                "-- two\nCREATE TABLE a (id int);\n\nCREATE INDEX\n  a_id_idx ON a (id);\n",
                "DROP INDEX IF EXISTS a_idx;\n")
            .locate(List.of(diff(ObjectKind.INDEX, "public.a_id_idx", Change.UNEXPECTED)));
    assertThat(located.file()).hasFileName("V2__x.sql");
    assertThat(located.line()).isEqualTo(5);
    assertThat(located.evidence()).containsExactly("INDEX public.a_id_idx differs (V2__x.sql:5)");
  }

  @Test
  void aMissingObjectIsTracedToTheDownFirst() {
    var located =
        locator("ALTER TABLE a DROP COLUMN note;\n", "SELECT 1;\nALTER TABLE a DROP COLUMN note;\n")
            .locate(List.of(diff(ObjectKind.COLUMN, "public.a.note", Change.MISSING)));
    assertThat(located.file()).hasFileName("U2__x.sql");
    assertThat(located.line()).isEqualTo(2);
  }

  @Test
  void quotedNamesAndSignaturesAreMatchedByTheirBareName() {
    assertThat(DifferenceLocator.shortName("public.\"Order Items\"")).isEqualTo("Order Items");
    assertThat(DifferenceLocator.shortName("public.\"a.b\"")).isEqualTo("a.b");
    assertThat(DifferenceLocator.shortName("public.fee(numeric,numeric)")).isEqualTo("fee");
    assertThat(DifferenceLocator.shortName("public.t.\"Say \"\"hi\"\"\"")).isEqualTo("Say \"hi\"");
    var located =
        locator("CREATE TABLE \"Order Items\" (id int);\n", "SELECT 1;\n")
            .locate(List.of(diff(ObjectKind.TABLE, "public.\"Order Items\"", Change.UNEXPECTED)));
    assertThat(located.line()).isEqualTo(1);
  }

  @Test
  void aNameNoScriptMentionsPointsAtTheDownScriptWithoutALine() {
    var located =
        locator("SELECT 1;\n", "SELECT 2;\n")
            .locate(List.of(diff(ObjectKind.TRIGGER, "public.t.audit", Change.MISSING)));
    assertThat(located.file()).hasFileName("U2__x.sql");
    assertThat(located.line()).isZero();
    assertThat(located.evidence()).containsExactly("TRIGGER public.t.audit differs");
  }
}
