package dev.roundtrip.verifier.selection;

import dev.roundtrip.verifier.api.Durations;
import dev.roundtrip.verifier.api.RoundtripException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs git commands in one folder, each under a time limit: a command still running at the limit is
 * killed with its children. Its output goes to files, read once it has ended, so that no full pipe
 * can stop it; its input is closed, so that it cannot wait for an answer.
 */
final class Git {
  /** How long one git command may take: far beyond what a diff of a large clone needs. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(60);

  /** How long a killed git may take to go away before the run stops waiting for it. */
  private static final long KILL_WAIT_SECONDS = 5;

  private final String executable;
  private final Path directory;
  private final Duration limit;
  private final String ref;

  /**
   * @param executable the git command, {@code git} to find it on the PATH
   * @param directory where the commands run
   * @param limit the time limit of each command
   * @param ref the ref of {@code since}, for messages
   */
  Git(String executable, Path directory, Duration limit, String ref) {
    this.executable = executable;
    this.directory = directory;
    this.limit = limit;
    this.ref = ref;
  }

  /** Git in another folder of the same clone, with the same limit. */
  Git in(Path other) {
    return new Git(executable, other, limit, ref);
  }

  /** What a command gave: its exit code, its output as bytes, the first line of its errors. */
  record Result(int exit, byte[] output, String error) {
    String text() {
      return new String(output, StandardCharsets.UTF_8).trim();
    }

    /** The NUL-separated entries of {@code -z} output. */
    List<String> entries() {
      List<String> entries = new ArrayList<>();
      int from = 0;
      for (int i = 0; i < output.length; i++) {
        if (output[i] == 0) {
          if (i > from) {
            entries.add(new String(output, from, i - from, StandardCharsets.UTF_8));
          }
          from = i + 1;
        }
      }
      if (from < output.length) {
        entries.add(new String(output, from, output.length - from, StandardCharsets.UTF_8));
      }
      return entries;
    }
  }

  /**
   * Runs {@code git args...} and returns what it gave, whatever its exit code.
   *
   * @throws RoundtripException when git cannot be started, runs past the limit (it is killed), or
   *     the run is interrupted
   */
  Result run(String... args) {
    List<String> command = new ArrayList<>();
    command.add(executable);
    command.addAll(List.of(args));
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("roundtrip-git-", ".out");
      err = Files.createTempFile("roundtrip-git-", ".err");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().put("GIT_TERMINAL_PROMPT", "0");
      builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
      builder.environment().put("LC_ALL", "C");
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new RoundtripException(
            "<since>: cannot run git to find the migrations changed since "
                + ref
                + ": "
                + e.getMessage(),
            "Install git and put it on the PATH, or leave out <since> (-Droundtrip.since) to"
                + " round-trip every migration.",
            e);
      }
      await(process, command);
      return new Result(
          process.exitValue(), Files.readAllBytes(out), firstLine(Files.readString(err)));
    } catch (IOException e) {
      throw new RoundtripException(
          "<since>: cannot read what '" + String.join(" ", args) + "' wrote: " + e.getMessage(),
          "Check that the temporary folder (java.io.tmpdir) is writable.",
          e);
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private void await(Process process, List<String> command) {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new RoundtripException(
            "<since>: '"
                + String.join(" ", command)
                + "' did not finish within "
                + Durations.show(limit)
                + " in "
                + directory
                + " and was stopped",
            "Check that git works in this clone (git status answers at once), or leave out"
                + " <since> (-Droundtrip.since) to round-trip every migration.");
      }
    } catch (IOException e) {
      kill(process);
      throw new RoundtripException(
          "<since>: cannot talk to git: " + e.getMessage(), "Run the build again.", e);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new RoundtripException(
          "interrupted while git looked for the migrations changed since " + ref,
          "Run the build again.",
          e);
    }
  }

  /** Kills git and what it started, and waits a little for it to go. */
  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a temporary file of a few bytes; the OS cleans its temporary folder
    }
  }
}
