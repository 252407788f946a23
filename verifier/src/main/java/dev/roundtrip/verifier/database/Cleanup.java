package dev.roundtrip.verifier.database;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The engine's one JVM shutdown hook: what a run leaves behind while it runs (embedded servers and
 * their folders, databases on an existing server) is registered here, and on SIGTERM or Ctrl-C the
 * hook releases all of it within {@link #LIMIT_SECONDS} seconds and prints one line saying what it
 * stopped, removed and dropped. The hook is installed with the first entry and removed with the
 * last, so a run that ends normally leaves none behind.
 *
 * <p>Under Maven the plugin's class loader is closed while shutdown hooks run (the build goes on to
 * its end in the main thread), so nothing the hook runs may load a class then: the hook and every
 * {@link Entry} class are loaded and initialized when registered, and entries use only JDK classes
 * when released.
 */
public final class Cleanup {
  /** How long the hook may take, in seconds, for every entry together. */
  public static final long LIMIT_SECONDS = 8;

  private static final Set<Entry> ENTRIES = new LinkedHashSet<>();
  private static Hook hook;
  private static volatile boolean exiting;

  private Cleanup() {}

  /**
   * Something left behind until it is released: {@link #begin()} starts (e.g. signals a process)
   * without waiting, {@link #finish(long)} completes it by a deadline.
   */
  abstract static class Entry {
    /** Starts releasing, without waiting. */
    void begin() {}

    /**
     * Completes the release by {@code deadline} ({@link System#nanoTime()}); returns what was
     * released, for the hook's line, or null for nothing.
     */
    abstract String finish(long deadline);
  }

  /** An entry that runs a task at exit, e.g. removing a container through its library. */
  static final class Task extends Entry {
    private final String done;
    private final Runnable task;

    /**
     * @param done what the task does, for the hook's line, e.g. {@code removed container 1a2b}
     */
    Task(String done, Runnable task) {
      this.done = done;
      this.task = task;
    }

    @Override
    String finish(long deadline) {
      try {
        task.run();
        return done;
      } catch (RuntimeException | LinkageError e) {
        return "could not finish (" + done + "): " + e.getClass().getSimpleName();
      }
    }
  }

  /** Registers the entry; its class is loaded now, while the class loader is open. */
  public static synchronized void add(Entry entry) {
    preload(entry.getClass());
    preload(WorkFolder.class);
    if (hook == null && !exiting) {
      preload(Hook.class);
      Hook h = new Hook();
      try {
        Runtime.getRuntime().addShutdownHook(h);
        hook = h;
      } catch (IllegalStateException shuttingDown) {
        // too late for a hook; the entry is released by whoever closes it
      }
    }
    ENTRIES.add(entry);
  }

  /** Forgets the entry (released by its owner); the hook goes with the last one. */
  public static synchronized void remove(Entry entry) {
    ENTRIES.remove(entry);
    if (ENTRIES.isEmpty() && hook != null && !exiting) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs and finds nothing to do
      }
      hook = null;
    }
  }

  /**
   * Whether the JVM is exiting and the hook has started releasing what runs use: failures that
   * follow (a connection refused by a server being stopped) are its doing, not the run's.
   */
  public static boolean exiting() {
    return exiting;
  }

  /**
   * When the JVM is exiting, blocks the calling thread until the JVM ends instead of letting it
   * report failures caused by the cleanup; returns at once otherwise.
   */
  public static void awaitExitIfExiting() {
    if (!exiting) {
      return;
    }
    while (true) {
      try {
        Thread.sleep(TimeUnit.SECONDS.toMillis(LIMIT_SECONDS * 2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Releases every entry, as the hook does; the line it would print, or null for nothing. */
  static String releaseAll() {
    List<Entry> entries;
    synchronized (Cleanup.class) {
      entries = new ArrayList<>(ENTRIES);
      ENTRIES.clear();
    }
    // everything is signalled first, then awaited by one deadline: the waits overlap
    for (int i = entries.size() - 1; i >= 0; i--) {
      try {
        entries.get(i).begin();
      } catch (RuntimeException | LinkageError e) {
        // finish reports what could not be released
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
    StringBuilder line = new StringBuilder();
    for (int i = entries.size() - 1; i >= 0; i--) {
      String done;
      try {
        done = entries.get(i).finish(deadline);
      } catch (RuntimeException | LinkageError e) {
        done = "could not release everything (" + e.getClass().getSimpleName() + ")";
      }
      if (done != null) {
        line.append(line.length() == 0 ? "" : "; ").append(done);
      }
    }
    return line.length() == 0 ? null : "Roundtrip: the JVM is exiting; " + line + ".";
  }

  /** Loads and initializes the class and its member classes (e.g. an enum it uses). */
  private static void preload(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot load " + type.getName(), e);
    }
    for (Class<?> member : type.getDeclaredClasses()) {
      preload(member);
    }
  }

  /** The hook thread: marks the JVM as exiting, releases everything, prints one line. */
  private static final class Hook extends Thread {
    private final PrintStream err = System.err;

    Hook() {
      super("roundtrip-cleanup");
    }

    @Override
    public void run() {
      exiting = true;
      String line = releaseAll();
      if (line != null) {
        err.println(line);
        err.flush();
      }
    }
  }
}
