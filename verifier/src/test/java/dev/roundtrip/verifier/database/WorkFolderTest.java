package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The private work folder and the reclaiming of what killed runs left in it. */
class WorkFolderTest {
  @TempDir Path user;

  @Test
  void theUserFolderIsReadableByItsOwnerOnly() throws Exception {
    Path folder = WorkFolder.userFolder();
    assertThat(folder.getFileName().toString()).startsWith("roundtrip-");
    assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(WorkFolder.OWNER_ONLY);
  }

  @Test
  void aDeadRunsServerIsStoppedAndItsFolderRemovedWhileALiveRunIsLeftAlone() throws Exception {
    RunOwner dead = deadProcess();
    Path deadRun = Files.createDirectories(user.resolve(WorkFolder.runFolderName(dead)));
    Path server = Files.createDirectories(deadRun.resolve("postgresql-1/data"));
    // a process standing in for the server the dead run left, recorded as it would be
    Process left = new ProcessBuilder("sleep", "60").start();
    try {
      RunOwner leftOwner = RunOwner.running(left.toHandle()).orElseThrow();
      new ServerProcess(
          new ServerProcess.Kind("postgresql", "embedded PostgreSQL", "data/postmaster.pid", "INT"),
          server.getParent());
      Files.writeString(
          server.getParent().resolve(ServerProcess.PID_FILE),
          leftOwner.pid + " " + leftOwner.startMillis + "\n");
      Path liveRun =
          Files.createDirectories(
              user.resolve(WorkFolder.runFolderName(RunOwner.self())).resolve("mariadb-1"));
      Path stranger = Files.createDirectories(user.resolve("notes"));

      List<String> done = WorkFolder.reclaim(user);

      assertThat(left.waitFor(5, TimeUnit.SECONDS)).as("the left server was stopped").isTrue();
      assertThat(deadRun).doesNotExist();
      assertThat(done)
          .singleElement()
          .asString()
          .startsWith("stopped embedded PostgreSQL left by an earlier run and removed ")
          .contains(server.getParent().toString());
      assertThat(liveRun).isDirectory();
      assertThat(stranger).isDirectory();
    } finally {
      left.destroyForcibly();
    }
  }

  @Test
  void aDeadRunsFolderOfFilesIsRemovedWithoutLookingForAProcess() throws Exception {
    RunOwner dead = deadProcess();
    Path files =
        Files.createDirectories(user.resolve(WorkFolder.runFolderName(dead)).resolve("sqlite-1"));
    new ServerProcess(new ServerProcess.Kind("sqlite", "SQLite databases", null, null), files);
    Files.writeString(files.resolve("roundtrip_x.db"), "");

    List<String> done = WorkFolder.reclaim(user);

    assertThat(files).doesNotExist();
    assertThat(done).containsExactly("removed SQLite databases left by an earlier run");
  }

  @Test
  void aPidReusedByAnotherProcessIsNotTakenForTheServer() throws Exception {
    RunOwner dead = deadProcess();
    Path server =
        Files.createDirectories(user.resolve(WorkFolder.runFolderName(dead)).resolve("mariadb-1"));
    Process other = new ProcessBuilder("sleep", "60").start();
    try {
      // the recorded pid is now another process's: it started at another instant
      Files.writeString(server.resolve(ServerProcess.PID_FILE), other.pid() + " 1000\n");
      WorkFolder.reclaim(user);
      assertThat(other.isAlive()).isTrue();
      assertThat(server).doesNotExist();
    } finally {
      other.destroyForcibly();
    }
  }

  private static RunOwner deadProcess() throws Exception {
    Process p = new ProcessBuilder("sleep", "30").start();
    RunOwner owner = RunOwner.running(p.toHandle()).orElseThrow();
    p.destroyForcibly().waitFor();
    return owner;
  }
}
