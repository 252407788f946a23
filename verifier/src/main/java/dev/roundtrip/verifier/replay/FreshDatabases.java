package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.Cleanup;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import dev.roundtrip.verifier.database.ProvisioningException;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.execution.StepFailure;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fresh databases of one dialect run, brought straight to the state after a run of migrations (see
 * {@link Session#migrateThrough}). Where the server copies a database ({@link
 * DatabaseServer#copyOf}, e.g. PostgreSQL's template databases), the run keeps one database of its
 * own that only ever moves forward, migrated straight with the project's seed scripts and without
 * generated rows: a fresh database is a copy of it, after it applied the migrations since the last
 * fresh database, so that a run with many migrations in doubt does not migrate from the first one
 * again for each. Elsewhere, or where the copy fails, every fresh database is migrated from the
 * first migration, as it always was.
 *
 * <p>A copy is the same database as the migrations would rebuild, but for what a server keeps apart
 * from a database's files or what holds its name: PostgreSQL leaves settings made with {@code ALTER
 * DATABASE}, comments and grants on the database behind. A history whose scripts speak of the
 * database ({@code ALTER DATABASE}, {@code ON DATABASE}, {@code current_database()}, {@code
 * ${flyway:database}}) is therefore always rebuilt.
 */
final class FreshDatabases implements AutoCloseable {
  private static final Pattern NAMES_ITS_DATABASE =
      Pattern.compile(
          "flyway:database|\\bcurrent_(?:database|catalog)\\b|\\balter\\s+database\\b"
              + "|\\bon\\s+database\\b",
          Pattern.CASE_INSENSITIVE);

  private final RoundtripConfig config;
  private final Dialect dialect;
  private final DatabaseServer server;
  private final List<Path> folders;
  private final Map<MigrationVersion, Path> seedScripts;
  private final ProgressListener out;

  /** Whether fresh databases are still made as copies. */
  private boolean copies;

  /** The database copies are made of, with no connection open on it, or null before the first. */
  private DisposableDatabase base;

  /** The migrations {@link #base} holds: the first {@code baseCount} of the run's. */
  private int baseCount;

  private MigrationVersion baseVersion;

  FreshDatabases(
      RoundtripConfig config,
      Dialect dialect,
      DatabaseServer server,
      List<Path> folders,
      Map<MigrationVersion, Path> seedScripts) {
    this.config = config;
    this.dialect = dialect;
    this.server = server;
    this.folders = List.copyOf(folders);
    this.seedScripts = seedScripts;
    this.out = config.listener();
    this.copies = server.copiesDatabases();
  }

  /**
   * A new session on a fresh database brought to the state after {@code applied} (the first
   * migrations of the run, in order), with the project's seed rows and, with {@code generate},
   * generated ones.
   *
   * @throws StepFailure when a migration or seed script fails on the way there
   */
  Session fresh(List<Migration> applied, boolean generate) throws StepFailure {
    // on SIGTERM the cleanup hook has dropped the databases it knew: start no other
    Cleanup.awaitExitIfExiting();
    Session copy = copies && !applied.isEmpty() ? fromCopy(applied) : null;
    Session session =
        copy != null ? copy : new Session(config, dialect, server, folders, seedScripts);
    try {
      if (copy == null) {
        session.migrateThrough(applied, generate);
      } else if (generate) {
        session.generateAll(applied.get(applied.size() - 1));
      }
      return session;
    } catch (StepFailure | RuntimeException e) {
      session.close();
      throw e;
    }
  }

  /**
   * A session on a copy of the base database brought to {@code applied}, or null where copies are
   * not made (then never again in this run).
   */
  private Session fromCopy(List<Migration> applied) throws StepFailure {
    if (base == null) {
      Optional<String> why = whyNotCopied();
      if (why.isPresent()) {
        stopCopies(why.get());
        return null;
      }
    }
    if (applied.size() < baseCount) {
      stopCopies("the base database is past " + applied.get(applied.size() - 1).label());
      return null;
    }
    if (base == null) {
      base = server.createDatabase();
    }
    if (applied.size() > baseCount) {
      try (Session on =
          new Session(config, dialect, base, false, baseVersion, folders, seedScripts)) {
        on.migrateThrough(applied.subList(baseCount, applied.size()), false);
      } catch (StepFailure | RuntimeException e) {
        dropBase();
        copies = false;
        throw e;
      }
      baseCount = applied.size();
      baseVersion = applied.get(applied.size() - 1).version();
    }
    DisposableDatabase copy;
    try {
      Optional<DisposableDatabase> made = server.copyOf(base);
      if (made.isEmpty()) {
        stopCopies(server.describe() + " does not copy databases");
        return null;
      }
      copy = made.get();
    } catch (ProvisioningException e) {
      stopCopies(e.getMessage());
      return null;
    }
    out.debug(
        "["
            + dialect.id()
            + "] fresh database "
            + copy.name()
            + ": a copy of the run's database at "
            + applied.get(applied.size() - 1).label());
    return new Session(config, dialect, copy, true, baseVersion, folders, seedScripts);
  }

  /**
   * Why databases of a history must be rebuilt and not copied: the first script of its folders or
   * seed scripts that speaks of its database, or empty.
   */
  private Optional<String> whyNotCopied() {
    Charset charset = config.encoding();
    List<Path> scripts = new ArrayList<>(seedScripts.values());
    for (Path folder : folders) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(f -> f.toString().endsWith(".sql")).sorted().forEach(scripts::add);
      } catch (IOException | UncheckedIOException e) {
        return Optional.of("cannot list " + folder + ": " + e.getMessage());
      }
    }
    for (Path script : scripts) {
      try {
        Matcher m = NAMES_ITS_DATABASE.matcher(Files.readString(script, charset));
        if (m.find()) {
          return Optional.of(script.getFileName() + " names its database (" + m.group() + ")");
        }
      } catch (IOException | UncheckedIOException e) {
        return Optional.of("cannot read " + script + ": " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  private void stopCopies(String why) {
    copies = false;
    dropBase();
    out.debug("[" + dialect.id() + "] fresh databases are migrated from the start: " + why);
  }

  private void dropBase() {
    if (base != null) {
      DisposableDatabase dropped = base;
      base = null;
      baseCount = 0;
      baseVersion = null;
      dropped.close();
    }
  }

  @Override
  public void close() {
    dropBase();
  }
}
