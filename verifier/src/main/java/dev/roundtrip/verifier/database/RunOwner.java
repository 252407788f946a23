package dev.roundtrip.verifier.database;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Who a run is: its process id and that process's start instant (a pid alone may be reused by a
 * later process), and a tag for the OS user, the host and the PID namespace it runs in. What a run
 * leaves behind is marked with these, so that a later run can tell whether its owner is gone: it is
 * when no process of that pid runs, or one runs that started at another instant. Only marks with
 * this run's tag are judged, since only processes of this user in this namespace are visible.
 */
final class RunOwner {
  /** Start instants read twice may differ by rounding (Linux counts clock ticks). */
  private static final long START_TOLERANCE_MILLIS = 1_000;

  private static final RunOwner CURRENT = current();
  private static String tag;

  final long pid;
  final long startMillis;

  private RunOwner(long pid, long startMillis) {
    this.pid = pid;
    this.startMillis = startMillis;
  }

  /** This JVM. */
  static RunOwner self() {
    return CURRENT;
  }

  /** The process {@code pid} that started at {@code startMillis} (epoch milliseconds). */
  static RunOwner of(long pid, long startMillis) {
    return new RunOwner(pid, startMillis);
  }

  /** The process, if it runs and its start instant is known. */
  static Optional<RunOwner> running(ProcessHandle process) {
    return process.info().startInstant().map(s -> new RunOwner(process.pid(), s.toEpochMilli()));
  }

  /**
   * Whether this process still runs. A process whose start instant cannot be read counts as
   * running: nothing is taken from a run that may be alive.
   */
  boolean alive() {
    Optional<ProcessHandle> p = ProcessHandle.of(pid);
    if (p.isEmpty() || !p.get().isAlive()) {
      return false;
    }
    Optional<Instant> start = p.get().info().startInstant();
    return start.isEmpty()
        || Math.abs(start.get().toEpochMilli() - startMillis) <= START_TOLERANCE_MILLIS;
  }

  /**
   * Eight hex digits naming this OS user, host and PID namespace (Linux; elsewhere the user and
   * host alone), so that marks from other users, machines or containers are never judged here.
   */
  static synchronized String tag() {
    if (tag == null) {
      String who = System.getProperty("user.name", "") + "@" + hostName() + "/" + pidNamespace();
      CRC32 crc = new CRC32();
      crc.update(who.getBytes(StandardCharsets.UTF_8));
      tag = String.format(Locale.ROOT, "%08x", crc.getValue());
    }
    return tag;
  }

  private static String hostName() {
    try {
      // Linux: no name lookup, which may take seconds on a badly configured network
      return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
    } catch (IOException | UnsupportedOperationException notLinux) {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("");
      }
    }
  }

  private static String pidNamespace() {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
    } catch (IOException | UnsupportedOperationException notLinux) {
      return "";
    }
  }

  @Override
  public String toString() {
    return "pid " + pid + " started " + Instant.ofEpochMilli(startMillis);
  }

  private static RunOwner current() {
    ProcessHandle self = ProcessHandle.current();
    long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    return new RunOwner(self.pid(), start);
  }
}
