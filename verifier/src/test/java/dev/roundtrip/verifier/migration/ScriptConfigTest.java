package dev.roundtrip.verifier.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptConfigTest {
  @TempDir Path dir;

  private Path script(String conf) throws IOException {
    Path script = Files.writeString(dir.resolve("U3__add_index.sql"), "SELECT 1;\n");
    if (conf != null) {
      Files.writeString(dir.resolve("U3__add_index.sql.conf"), conf);
    }
    return script;
  }

  @Test
  void aScriptWithoutConfigurationHasNone() throws IOException {
    assertThat(ScriptConfig.of(script(null))).isEqualTo(ScriptConfig.NONE);
  }

  @Test
  void readsTheSettingsFlywayKnows() throws IOException {
    ScriptConfig config =
        ScriptConfig.of(
            script(
                "# runs outside a transaction\nexecuteInTransaction = false\n"
                    + "encoding=ISO-8859-1\nplaceholderReplacement=TRUE\n"));
    assertThat(config).isEqualTo(new ScriptConfig(false, "ISO-8859-1", true));
  }

  @Test
  void refusesWhatItCannotHonour() throws IOException {
    assertThatThrownBy(() -> ScriptConfig.of(script("executeInTransaction=maybe\n")))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageEndingWith(
            "U3__add_index.sql.conf: executeInTransaction=maybe is neither true nor false");
    assertThatThrownBy(() -> ScriptConfig.of(script("executeInTransction=false\n")))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("unknown script configuration setting 'executeInTransction'");
    assertThatThrownBy(() -> ScriptConfig.of(script("shouldExecute=false\n")))
        .isInstanceOf(MigrationInputException.class)
        .hasMessageContaining("shouldExecute is not supported");
  }
}
