package dev.roundtrip.verifier.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where embedded servers keep their files: {@code ${java.io.tmpdir}/roundtrip-<user>/}, readable by
 * its owner only (0700), with one folder per run, {@code run-<pid>-<start>} (the JVM's process id
 * and start instant in base 36 milliseconds, also written to its {@code owner} file), and in it one
 * folder per server. The first server of a run reclaims the folders of earlier runs whose process
 * is gone (killed, or the machine stopped): it stops the server processes they started and removes
 * them.
 */
public final class WorkFolder {
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_READ_WRITE =
      PosixFilePermissions.fromString("rw-------");
  private static final Pattern RUN = Pattern.compile("run-(\\d+)-([0-9a-z]+)");

  private static Path run;
  private static int servers;
  private static final List<String> reclaimed = new ArrayList<>();

  private WorkFolder() {}

  /** {@code ${java.io.tmpdir}/roundtrip-<user>}, created or checked: a directory, ours, 0700. */
  public static Path userFolder() {
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    Path folder = Path.of(System.getProperty("java.io.tmpdir"), "roundtrip-" + user);
    privateDirectory(folder);
    return folder;
  }

  /**
   * A new, empty folder for one server of this run, {@code <kind>-<n>}, readable by this user only.
   * The first call of the JVM creates the run folder and reclaims those of dead runs.
   */
  public static synchronized Path newServerFolder(String kind) {
    if (run == null || !Files.isDirectory(run)) {
      Path user = userFolder();
      reclaimed.addAll(reclaim(user));
      RunOwner self = RunOwner.self();
      Path folder = user.resolve(runFolderName(self));
      privateDirectory(folder);
      writePrivate(
          folder.resolve("owner"),
          "pid=" + self.pid + "\nstart=" + Instant.ofEpochMilli(self.startMillis) + "\n");
      run = folder;
    }
    servers++;
    Path server = run.resolve(kind + "-" + servers);
    privateDirectory(server);
    return server;
  }

  /** What reclaiming dead runs removed, once: the first server of a run reports it. */
  public static synchronized List<String> takeReclaimed() {
    List<String> out = List.copyOf(reclaimed);
    reclaimed.clear();
    return out;
  }

  /** Removes the run folder once no server folder is left in it. JDK classes only. */
  static synchronized void removeRunFolderIfEmpty() {
    if (run == null) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(run)) {
      for (Path p : entries) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          return;
        }
      }
    } catch (IOException e) {
      return;
    }
    deleteTree(run);
    run = null;
  }

  static String runFolderName(RunOwner owner) {
    return "run-" + owner.pid + "-" + Long.toString(owner.startMillis, 36);
  }

  /**
   * Stops the servers of every run folder whose process is gone and removes the folder. A folder
   * whose name is not a run folder's, or whose process runs, is left alone.
   */
  static List<String> reclaim(Path userFolder) {
    List<ServerProcess> left = new ArrayList<>();
    List<Path> runs = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(userFolder, "run-*")) {
      for (Path folder : entries) {
        Matcher m = RUN.matcher(folder.getFileName().toString());
        if (!m.matches()
            || RunOwner.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2), 36)).alive()) {
          continue;
        }
        runs.add(folder);
        try (DirectoryStream<Path> inside = Files.newDirectoryStream(folder)) {
          for (Path server : inside) {
            if (Files.isDirectory(server, LinkOption.NOFOLLOW_LINKS)) {
              left.add(ServerProcess.leftBehind(server));
            }
          }
        }
      }
    } catch (IOException e) {
      return List.of("could not look for folders left by earlier runs in " + userFolder + ": " + e);
    }
    for (ServerProcess p : left) {
      p.begin();
    }
    long deadline = System.nanoTime() + Cleanup.LIMIT_SECONDS * 1_000_000_000L;
    List<String> done = new ArrayList<>();
    for (ServerProcess p : left) {
      done.add(p.finish(deadline));
    }
    for (Path folder : runs) {
      if (deleteTree(folder) && done.isEmpty()) {
        done.add("removed " + folder);
      }
    }
    return done;
  }

  /**
   * Deletes the tree without following links; true when it is gone. Uses JDK classes only and no
   * lambdas: it runs in the shutdown hook too.
   */
  static boolean deleteTree(Path root) {
    try {
      if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
          for (Path p : entries) {
            deleteTree(p);
          }
        }
      }
      Files.deleteIfExists(root);
      return true;
    } catch (NoSuchFileException gone) {
      return true;
    } catch (IOException e) {
      return !Files.exists(root, LinkOption.NOFOLLOW_LINKS);
    }
  }

  /** Writes a file only this user can read (a password, an init script). */
  public static void writePrivate(Path file, String content) {
    try {
      Files.deleteIfExists(file);
      if (posix(file.getParent())) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
      }
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ProvisioningException(
          "could not write " + file + ": " + e.getMessage(),
          "Check that " + file.getParent() + " is writable by you.",
          e);
    }
  }

  /** Creates the directory with 0700, or checks an existing one is ours and makes it 0700. */
  private static void privateDirectory(Path dir) {
    try {
      boolean posix = posix(dir.getParent());
      try {
        if (posix) {
          Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
          Files.createDirectory(dir);
        }
      } catch (FileAlreadyExistsException exists) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
          throw notOurs(dir, "is not a directory (or is a link)");
        }
      }
      if (posix) {
        UserPrincipal owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
        String me = System.getProperty("user.name");
        if (me != null && !owner.getName().equals(me)) {
          throw notOurs(dir, "belongs to " + owner.getName() + ", not to " + me);
        }
        Files.setPosixFilePermissions(dir, OWNER_ONLY);
      }
    } catch (IOException e) {
      throw new ProvisioningException(
          "could not create the private folder " + dir + ": " + e.getMessage(),
          "Embedded servers need a writable temporary directory (java.io.tmpdir); set"
              + " -Djava.io.tmpdir to one you own, or use <provider>server</provider>.",
          e);
    }
  }

  private static ProvisioningException notOurs(Path dir, String why) {
    return new ProvisioningException(
        dir + " " + why + ": embedded servers keep their data there, so it must be yours alone",
        "Remove it, or run with -Djava.io.tmpdir set to a directory only you can write to.");
  }

  private static boolean posix(Path dir) {
    return dir != null
        && dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        && !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }
}
