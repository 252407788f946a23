package dev.roundtrip.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's outcomes that need no database: skipping, and input problems named with a fix. */
class VerifyMojoTest {
  @TempDir Path base;

  private final List<String> info = new ArrayList<>();

  private VerifyMojo mojo() {
    VerifyMojo mojo = new VerifyMojo();
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            info.add(content.toString());
          }
        });
    mojo.project = TestProjects.at(base);
    return mojo;
  }

  @Test
  void skipDoesNothingButSaySo() throws Exception {
    VerifyMojo mojo = mojo();
    mojo.skip = true;
    mojo.locations = List.of("classpath:does/not/exist");
    mojo.execute();
    assertThat(info).containsExactly("Roundtrip skipped (roundtrip.skip=true)");
  }

  @Test
  void noMigrationsIsAnExecutionErrorWithAFix() throws IOException {
    Files.createDirectories(base.resolve("src/main/resources/db/migration"));
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("no versioned migrations (V<version>__<description>.sql) found")
        .hasMessageContaining("Point <locations> at your Flyway migrations");
  }

  @Test
  void aMissingMigrationFolderNamesTheLocation() {
    assertThatThrownBy(() -> mojo().execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("location classpath:db/migration is in none of the resource folders")
        .hasMessageContaining(
            "Check <locations> (Flyway's default is classpath:db/migration), or put the"
                + " migrations in src/main/resources/db/migration.");
  }
}
