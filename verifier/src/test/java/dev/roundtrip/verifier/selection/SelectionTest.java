package dev.roundtrip.verifier.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.migration.FlywayMigrationSource;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationInputException;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which migrations {@code from} and {@code since} round-trip, the latter in real git clones made
 * here with {@code git init}.
 */
class SelectionTest {
  @TempDir Path dir;

  private Path migrations() throws IOException {
    return Files.createDirectories(dir.resolve("project/src/main/resources/db/migration"));
  }

  private void write(String name, String sql) throws IOException {
    Files.writeString(migrations().resolve(name), sql);
  }

  private List<Migration> read() throws IOException {
    return new FlywayMigrationSource(List.of(migrations())).migrations();
  }

  private void fiveMigrations() throws IOException {
    for (int v = 1; v <= 5; v++) {
      write("V" + v + "__step_" + v + ".sql", "CREATE TABLE t" + v + " (id int);\n");
      write("U" + v + "__step_" + v + ".sql", "DROP TABLE t" + v + ";\n");
    }
    write("V7__step_7.sql", "SELECT 1;\n");
    write("U7__step_7.sql", "SELECT 1;\n");
  }

  private static List<String> versions(Set<MigrationVersion> picked) {
    return picked.stream().map(MigrationVersion::toString).toList();
  }

  /** Runs git in {@code where}, with a time limit; returns its output. */
  private static String git(Path where, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Roundtrip Test"));
    command.addAll(List.of("-c", "user.email=test@roundtrip.dev", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(where.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("git %s ended", args[0]).isTrue();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("git %s: %s", String.join(" ", args), text).isZero();
    return text.trim();
  }

  private Path repository() throws IOException, InterruptedException {
    git(dir, "init", "-q", "-b", "main");
    return dir.resolve("project");
  }

  @Test
  void fromRoundTripsTheMigrationsFromItsVersionOn() throws IOException {
    fiveMigrations();
    Selection selection = Selection.of("3", null, dir);

    assertThat(versions(selection.pick(read(), "db/migration")))
        .containsExactly("3", "4", "5", "7");
    assertThat(versions(Selection.of("V4", null, dir).pick(read(), "db/migration")))
        .containsExactly("4", "5", "7");
    assertThat(selection.describe()).isEqualTo("from V3");
    assertThat(Selection.of(null, null, dir).isEvery()).isTrue();
  }

  @Test
  void aFromThatIsNoMigrationNamesTheNearestOnes() throws IOException {
    fiveMigrations();

    assertThatThrownBy(() -> Selection.of("6", null, dir).pick(read(), "db/migration"))
        .isInstanceOf(MigrationInputException.class)
        .hasMessage(
            "<from>: 6 is not the version of a migration in db/migration; the nearest are"
                + " V5 and V7")
        .satisfies(
            e ->
                assertThat(((RoundtripException) e).fix())
                    .isEqualTo(
                        "Set <from> (-Droundtrip.from) to the version of one of the migrations,"
                            + " e.g. 7 for V7__step_7.sql."));
    assertThatThrownBy(() -> Selection.of("12", null, dir).pick(read(), "db/migration"))
        .hasMessageEndingWith("; the last is V7");
    assertThatThrownBy(() -> Selection.of("0.5", null, dir).pick(read(), "db/migration"))
        .hasMessageEndingWith("; the first is V1");
  }

  @Test
  void aMalformedFromIsAnError() {
    assertThatThrownBy(() -> Selection.of("3a", null, dir))
        .isInstanceOf(MigrationInputException.class)
        .hasMessage("<from>: '3a' is not a migration version: its parts must be numbers")
        .satisfies(
            e -> assertThat(((RoundtripException) e).fix()).contains("-Droundtrip.from=120"));
  }

  @Test
  void sinceRoundTripsWhatWasCommittedChangedOrAddedSinceTheRef()
      throws IOException, InterruptedException {
    Path project = repository();
    fiveMigrations();
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "five migrations");
    git(dir, "tag", "base");
    // committed since: V2 changed, U4 changed (the undo script counts too)
    write("V2__step_2.sql", "CREATE TABLE t2 (id int, note text);\n");
    write("U4__step_4.sql", "DROP TABLE IF EXISTS t4;\n");
    git(dir, "commit", "-q", "-am", "change V2 and U4");
    // changed in the working tree, not committed: V5; untracked: V8; deleted: U1
    write("V5__step_5.sql", "CREATE TABLE t5 (id bigint);\n");
    Files.delete(migrations().resolve("U1__step_1.sql"));
    write("V8__step_8.sql", "SELECT 8;\n");
    write("U8__step_8.sql", "SELECT 8;\n");

    Selection selection = Selection.of(null, "base", project);

    assertThat(versions(selection.pick(read(), "db/migration")))
        .containsExactly("1", "2", "4", "5", "8");
    assertThat(selection.describe()).isEqualTo("since base");
    assertThat(versions(Selection.of("4", "base", project).pick(read(), "db/migration")))
        .as("with from: both")
        .containsExactly("4", "5", "8");
    assertThat(versions(Selection.of(null, "HEAD", project).pick(read(), "db/migration")))
        .as("since HEAD: what is not committed")
        .containsExactly("1", "5", "8");
  }

  @Test
  void sinceAMergedBranchPointCountsOnlyTheBranchsOwnChanges()
      throws IOException, InterruptedException {
    Path project = repository();
    fiveMigrations();
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "five migrations");
    git(dir, "checkout", "-q", "-b", "feature");
    write("V3__step_3.sql", "CREATE TABLE t3 (id int, n int);\n");
    git(dir, "commit", "-q", "-am", "feature changes V3");
    git(dir, "checkout", "-q", "main");
    write("V1__step_1.sql", "CREATE TABLE t1 (id bigint);\n");
    git(dir, "commit", "-q", "-am", "main moves on: V1");
    git(dir, "checkout", "-q", "feature");

    assertThat(versions(Selection.of(null, "main", project).pick(read(), "db/migration")))
        .as("V1 changed on main, not on the branch")
        .containsExactly("3");
  }

  @Test
  void migrationFoldersOutsideTheProjectAndLinkedFilesAreMatched()
      throws IOException, InterruptedException {
    Path project = Files.createDirectories(repository().resolve("module"));
    Path shared = Files.createDirectories(dir.resolve("shared/db"));
    Files.writeString(shared.resolve("V1__a.sql"), "SELECT 1;\n");
    Files.writeString(shared.resolve("V2__b.sql"), "SELECT 2;\n");
    Path own = Files.createDirectories(project.resolve("db"));
    Files.writeString(own.resolve("V1__a.sql"), "SELECT 1;\n");
    Files.createSymbolicLink(own.resolve("V2__b.sql"), Path.of("../../../shared/db/V2__b.sql"));
    Files.createSymbolicLink(own.resolve("V3__c.sql"), Path.of("../../../shared/db/V1__a.sql"));
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "shared migrations");
    Files.writeString(shared.resolve("V2__b.sql"), "SELECT 22;\n");

    List<Migration> outside = new FlywayMigrationSource(List.of(shared)).migrations();
    List<Migration> linked = new FlywayMigrationSource(List.of(own)).migrations();

    assertThat(versions(Selection.of(null, "HEAD", project).pick(outside, "../../shared/db")))
        .as("a folder outside the project, in the same clone")
        .containsExactly("2");
    assertThat(versions(Selection.of(null, "HEAD", project).pick(linked, "db")))
        .as("a link to a changed file")
        .containsExactly("2");

    Files.delete(own.resolve("V3__c.sql"));
    Files.createSymbolicLink(own.resolve("V3__c.sql"), Path.of("../../../shared/db/V2__b.sql"));
    git(dir, "commit", "-q", "-am", "V2 changed, V3 links elsewhere");
    Files.writeString(shared.resolve("V2__b.sql"), "SELECT 2;\n");
    git(dir, "commit", "-q", "-am", "V2 back");
    assertThat(versions(Selection.of(null, "HEAD~2", project).pick(linked, "db")))
        .as("a link that now points elsewhere is a changed file")
        .containsExactly("3");
  }

  @Test
  void nothingChangedSelectsNothing() throws IOException, InterruptedException {
    Path project = repository();
    fiveMigrations();
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "five migrations");

    assertThat(Selection.of(null, "HEAD", project).pick(read(), "db/migration")).isEmpty();
  }

  @Test
  void anUnknownRefNamesTheParameterAndTheFix() throws IOException, InterruptedException {
    Path project = repository();
    fiveMigrations();
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "five migrations");

    assertThatThrownBy(() -> Selection.of(null, "origin/mian", project))
        .isInstanceOf(RoundtripException.class)
        .hasMessageStartingWith("<since>: 'origin/mian' is not a branch, tag or commit of the git")
        .satisfies(
            e ->
                assertThat(((RoundtripException) e).fix())
                    .contains("git branch -a")
                    .contains("git fetch origin main"));
    assertThatThrownBy(() -> Selection.of(null, "--output=/tmp/x", project))
        .isInstanceOf(RoundtripException.class)
        .hasMessage("<since>: '--output=/tmp/x' is not a git ref");
  }

  @Test
  void outsideAGitWorkTreeSinceIsAnErrorWithTheFix() throws IOException {
    fiveMigrations();
    Path project = dir.resolve("project");
    Files.createDirectories(project.resolve(".git-not-here"));
    // a ceiling keeps git from finding a clone above the temporary folder
    assertThatThrownBy(
            () -> ChangedFiles.since("main", project, ceilingGit(project), Git.TIME_LIMIT))
        .isInstanceOf(RoundtripException.class)
        .hasMessageStartingWith("<since>: " + project + " is not in a git work tree")
        .hasMessageContaining("not a git repository")
        .satisfies(
            e ->
                assertThat(((RoundtripException) e).fix())
                    .contains("leave out <since> (-Droundtrip.since)"));
  }

  /** A git that looks for no clone above {@code project} (GIT_CEILING_DIRECTORIES). */
  private Path ceilingGitScript;

  private String ceilingGit(Path project) throws IOException {
    ceilingGitScript = dir.resolve("ceiling-git");
    Files.writeString(
        ceilingGitScript,
        "#!/bin/sh\nGIT_CEILING_DIRECTORIES='" + project.getParent() + "' exec git \"$@\"\n");
    assertThat(ceilingGitScript.toFile().setExecutable(true)).isTrue();
    return ceilingGitScript.toString();
  }

  @Test
  void withoutGitSinceIsAnErrorWithTheFix() throws IOException {
    fiveMigrations();
    assertThatThrownBy(
            () ->
                ChangedFiles.since(
                    "main", dir, dir.resolve("no-such-git").toString(), Git.TIME_LIMIT))
        .isInstanceOf(RoundtripException.class)
        .hasMessageStartingWith("<since>: cannot run git to find the migrations changed since main")
        .satisfies(
            e ->
                assertThat(((RoundtripException) e).fix())
                    .startsWith("Install git and put it on the PATH"));
  }

  @Test
  void aGitThatHangsIsStoppedAtTheLimitAndKilled() throws IOException {
    Path pidFile = dir.resolve("hanging.pid");
    Path hanging = dir.resolve("hanging-git");
    Files.writeString(hanging, "#!/bin/sh\necho $$ > '" + pidFile + "'\nexec sleep 60\n");
    assertThat(hanging.toFile().setExecutable(true)).isTrue();

    long start = System.nanoTime();
    assertThatThrownBy(
            () -> ChangedFiles.since("main", dir, hanging.toString(), Duration.ofMillis(500)))
        .isInstanceOf(RoundtripException.class)
        .hasMessageContaining("did not finish within 500 ms")
        .hasMessageContaining("and was stopped");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    long pid = Long.parseLong(Files.readString(pidFile).trim());
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
        .as("the hanging git is gone")
        .isFalse();
  }
}
