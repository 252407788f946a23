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
public final class ServerProcess extends Cleanup.Entry {
  static final String PID_FILE = "server.pid";

  /** What a server folder records of its kind, for the runs that reclaim it after a crash. */
  static final String KIND_FILE = "server.kind";

  private static final long KILL_WAIT_NANOS = 1_000_000_000L;

  /**
   * A kind of embedded server, given by its dialect.
   *
   * @param folderPrefix how its folders are named, e.g. {@code postgresql}
   * @param label how the shutdown hook names it, e.g. {@code embedded PostgreSQL}
   * @param ownPidFile the pid file the server writes, relative to its folder; null for none
   * @param signal the signal that stops it fast, e.g. {@code INT}; null for a folder of files that
   *     no process serves (SQLite's databases), which is only removed
   */
  public record Kind(String folderPrefix, String label, String ownPidFile, String signal) {}

  /** The kind of a folder whose kind was not recorded: its recorded pid alone counts. */
  private static final Kind UNKNOWN = new Kind("", "embedded server", PID_FILE, "TERM");

  private final Kind kind;
  private final Path folder;
  private volatile String label;
  private final List<ProcessHandle> signalled = new ArrayList<>();

  /** The process of a server of that kind to be started in {@code folder}, which records it. */
  public ServerProcess(Kind kind, Path folder) {
    this(kind, folder, true);
  }

  private ServerProcess(Kind kind, Path folder, boolean record) {
    this.kind = kind;
    this.folder = folder;
    this.label = kind.label();
    if (record) {
      WorkFolder.writePrivate(
          folder.resolve(KIND_FILE),
          (kind.ownPidFile() == null ? "-" : kind.ownPidFile())
              + "\n"
              + (kind.signal() == null ? "-" : kind.signal())
              + "\n"
              + kind.label());
    }
  }

  /** A server folder found in the run folder of a dead run. */
  static ServerProcess leftBehind(Path folder) {
    Kind kind = UNKNOWN;
    try {
      List<String> lines = Files.readAllLines(folder.resolve(KIND_FILE));
      if (lines.size() == 3) {
        String signal = lines.get(1).equals("-") ? null : lines.get(1);
        String pidFile = lines.get(0).equals("-") ? null : lines.get(0);
        kind = new Kind("", lines.get(2), pidFile, signal);
      }
    } catch (IOException e) {
      // not recorded: the recorded pid alone counts
    }
    ServerProcess p = new ServerProcess(kind, folder, false);
    p.label = kind.label() + " left by an earlier run";
    return p;
  }

  public Path folder() {
    return folder;
  }

  /** Names the server in the hook's line, e.g. {@code embedded PostgreSQL 17.5 (port 5433)}. */
  public void describeAs(String description) {
    label = description;
  }

  /** Records the running server's pid and start instant, for the hook and later runs. */
  public void recordServer() {
    Long pid = kind.ownPidFile() == null ? null : pidIn(folder.resolve(kind.ownPidFile()));
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
  public void begin() {
    if (kind.signal() == null) {
      return;
    }
    for (ProcessHandle p : processes()) {
      signal(p);
      signalled.add(p);
    }
  }

  @Override
  public String finish(long deadline) {
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
    if (kind.signal() == null) {
      return (removed ? "removed " : "could not remove ") + label;
    }
    String stopped =
        signalled.isEmpty() ? label + " (not running)" : (killed ? "killed " : "stopped ") + label;
    return stopped + (removed ? " and removed " : ", could not remove ") + folder;
  }

  /** Removes the folder once the server was stopped by its library (the normal end). */
  public void removeFolder() {
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
    if (found.isEmpty() && kind.ownPidFile() != null) {
      Long pid = pidIn(folder.resolve(kind.ownPidFile()));
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
          new ProcessBuilder("kill", "-" + kind.signal(), Long.toString(p.pid()))
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
