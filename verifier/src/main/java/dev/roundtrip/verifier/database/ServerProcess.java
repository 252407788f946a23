package dev.roundtrip.verifier.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An embedded server's process and its folder, as the shutdown hook and the reclaiming of dead runs
 * see them: the server's pid comes from {@value #PID_FILE} (pid and start instant, written once the
 * server runs), else from the server's own pid file, and counts only while the process with that
 * pid is the one recorded, or has the folder on its command line. Releasing signals the server to
 * shut down fast, kills it if it is still there at the deadline, and removes the folder. JDK
 * classes only, no lambdas: it runs in the shutdown hook.
 */
final class ServerProcess extends Cleanup.Entry {
  static final String PID_FILE = "server.pid";
  private static final long KILL_WAIT_NANOS = 1_000_000_000L;

  /** The kinds of embedded servers: how their folder is named, pid file, signal to stop. */
  enum Kind {
    /** SIGINT is PostgreSQL's fast shutdown; SIGTERM would wait for every client to leave. */
    POSTGRESQL("postgresql", "embedded PostgreSQL", "data/postmaster.pid", "INT"),
    MARIADB("mariadb", "embedded MariaDB", "mariadbd.pid", "TERM");

    final String folderPrefix;
    final String label;
    final String ownPidFile;
    final String signal;

    Kind(String folderPrefix, String label, String ownPidFile, String signal) {
      this.folderPrefix = folderPrefix;
      this.label = label;
      this.ownPidFile = ownPidFile;
      this.signal = signal;
    }
  }

  private final Kind kind;
  private final Path folder;
  private volatile String label;
  private final List<ProcessHandle> signalled = new ArrayList<>();

  ServerProcess(Kind kind, Path folder) {
    this.kind = kind;
    this.folder = folder;
    this.label = kind.label;
  }

  /** A server folder found in the run folder of a dead run. */
  static ServerProcess leftBehind(Path folder) {
    String name = folder.getFileName().toString();
    Kind kind = name.startsWith(Kind.MARIADB.folderPrefix) ? Kind.MARIADB : Kind.POSTGRESQL;
    ServerProcess p = new ServerProcess(kind, folder);
    p.label = kind.label + " left by an earlier run";
    return p;
  }

  Path folder() {
    return folder;
  }

  /** Names the server in the hook's line, e.g. {@code embedded PostgreSQL 17.5 (port 5433)}. */
  void describeAs(String description) {
    label = description;
  }

  /** Records the running server's pid and start instant, for the hook and later runs. */
  void recordServer() {
    Long pid = pidIn(folder.resolve(kind.ownPidFile));
    Optional<ProcessHandle> p = pid == null ? Optional.empty() : ProcessHandle.of(pid);
    if (p.isPresent()) {
      Optional<RunOwner> owner = RunOwner.running(p.get());
      if (owner.isPresent()) {
        WorkFolder.writePrivate(
            folder.resolve(PID_FILE), owner.get().pid + " " + owner.get().startMillis + "\n");
      }
    }
  }

  @Override
  void begin() {
    for (ProcessHandle p : processes()) {
      signal(p);
      signalled.add(p);
    }
  }

  @Override
  String finish(long deadline) {
    awaitExit(deadline);
    boolean killed = false;
    for (ProcessHandle p : signalled) {
      if (p.isAlive()) {
        p.destroyForcibly();
        killed = true;
      }
    }
    if (killed) {
      awaitExit(System.nanoTime() + KILL_WAIT_NANOS);
    }
    boolean removed = WorkFolder.deleteTree(folder);
    WorkFolder.removeRunFolderIfEmpty();
    String stopped =
        signalled.isEmpty() ? label + " (not running)" : (killed ? "killed " : "stopped ") + label;
    return stopped + (removed ? " and removed " : ", could not remove ") + folder;
  }

  /** Removes the folder once the server was stopped by its library (the normal end). */
  void removeFolder() {
    WorkFolder.deleteTree(folder);
    WorkFolder.removeRunFolderIfEmpty();
  }

  private void awaitExit(long deadline) {
    for (ProcessHandle p : signalled) {
      while (p.isAlive() && System.nanoTime() < deadline) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * The server process, and the processes of this JVM working in the folder (initdb or the server
   * while it starts): only those that are certainly this server's.
   */
  private List<ProcessHandle> processes() {
    List<ProcessHandle> found = new ArrayList<>();
    String[] recorded = read(folder.resolve(PID_FILE));
    if (recorded.length == 2) {
      RunOwner server = RunOwner.of(Long.parseLong(recorded[0]), Long.parseLong(recorded[1]));
      Optional<ProcessHandle> p = ProcessHandle.of(server.pid);
      if (p.isPresent() && server.alive()) {
        found.add(p.get());
      }
    }
    if (found.isEmpty()) {
      Long pid = pidIn(folder.resolve(kind.ownPidFile));
      Optional<ProcessHandle> p = pid == null ? Optional.empty() : ProcessHandle.of(pid);
      if (p.isPresent() && worksIn(p.get())) {
        found.add(p.get());
      }
    }
    Iterator<ProcessHandle> children = ProcessHandle.current().descendants().iterator();
    while (children.hasNext()) {
      ProcessHandle child = children.next();
      if (!found.contains(child) && worksIn(child)) {
        found.add(child);
      }
    }
    return found;
  }

  private boolean worksIn(ProcessHandle p) {
    Optional<String> command = p.info().commandLine();
    return command.isPresent() && command.get().contains(folder.toString());
  }

  private void signal(ProcessHandle p) {
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win");
    if (windows) {
      p.destroyForcibly();
      return;
    }
    try {
      Process kill =
          new ProcessBuilder("kill", "-" + kind.signal, Long.toString(p.pid()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!kill.waitFor(2, TimeUnit.SECONDS)) {
        kill.destroyForcibly();
        p.destroy();
      }
    } catch (IOException e) {
      p.destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroy();
    }
  }

  private static Long pidIn(Path file) {
    String[] words = read(file);
    if (words.length == 0) {
      return null;
    }
    try {
      return Long.parseLong(words[0]);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The words of the file's first line; none when it is missing or unreadable. */
  private static String[] read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.isEmpty() || lines.get(0).isBlank()
          ? new String[0]
          : lines.get(0).trim().split("\\s+");
    } catch (IOException e) {
      return new String[0];
    }
  }
}
