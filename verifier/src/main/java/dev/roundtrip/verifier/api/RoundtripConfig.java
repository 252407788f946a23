package dev.roundtrip.verifier.api;

import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.DialectRegistry;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run needs, with the engine's defaults. Build one with {@link #builder(Path)}.
 *
 * @param projectDirectory the project's base directory; file paths in findings are relative to it
 * @param migrationDirectories folders holding the migrations
 * @param dialects the dialects to verify on
 * @param parallel whether several dialects are verified at the same time (each on its own
 *     database); true by default
 * @param provider the database provider id, or null to choose one
 * @param providerSettings what the provider needs (server URL and credentials)
 * @param schemas the schemas migrations manage, or empty for the connection's default schema
 * @param table Flyway's schema history table
 * @param placeholders Flyway placeholders, applied to up and down scripts alike
 * @param placeholderPrefix placeholder prefix, {@code ${} by default
 * @param placeholderSuffix placeholder suffix, {@code }} by default
 * @param placeholderReplacement whether placeholders are replaced at all
 * @param encoding encoding of the SQL files
 * @param reportDirectory where reports are written
 * @param seedRows rows the generator adds to each new or changed table after each up; 0 turns the
 *     generator off (data checks still run on the data the seed scripts give)
 * @param seed the generator's seed: the same seed gives the same rows
 * @param seedScriptDirectory folder of user seed scripts {@code after-V<version>.sql}
 * @param allows allowances from the build configuration
 * @param statementTimeout how long one statement of a step may run before it is stopped and
 *     reported ({@link #DEFAULT_STATEMENT_TIMEOUT} by default)
 * @param lockTimeout how long one statement may wait for a lock before it is stopped and reported
 *     ({@link #DEFAULT_LOCK_TIMEOUT} by default)
 * @param from the version from which on migrations are round-tripped, as written ({@code 120} or
 *     {@code V120}); the ones before it are only applied. Null: from the first
 * @param since a git ref: only migrations whose up or undo script changed since it are
 *     round-tripped, the others are only applied. Null: every migration, changed or not
 * @param listener where progress lines go
 */
public record RoundtripConfig(
    Path projectDirectory,
    List<Path> migrationDirectories,
    List<Dialect> dialects,
    boolean parallel,
    String provider,
    ProviderSettings providerSettings,
    List<String> schemas,
    String table,
    Map<String, String> placeholders,
    String placeholderPrefix,
    String placeholderSuffix,
    boolean placeholderReplacement,
    Charset encoding,
    Path reportDirectory,
    int seedRows,
    long seed,
    Path seedScriptDirectory,
    List<Allow> allows,
    Duration statementTimeout,
    Duration lockTimeout,
    String from,
    String since,
    ProgressListener listener) {

  public static final String DEFAULT_TABLE = "flyway_schema_history";

  /**
   * The default statement limit: far beyond what a migration needs on seeded data, short of a CI
   * job's own limit.
   */
  public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMinutes(10);

  /**
   * The default lock-wait limit. On a disposable database nothing but the run itself takes locks,
   * so a wait this long never ends by itself.
   */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(1);

  public static final int DEFAULT_SEED_ROWS = 20;
  public static final long DEFAULT_SEED = 20_261_122L;

  public RoundtripConfig {
    Objects.requireNonNull(projectDirectory, "projectDirectory");
    migrationDirectories = List.copyOf(migrationDirectories);
    dialects = List.copyOf(dialects);
    schemas = List.copyOf(schemas);
    placeholders = Map.copyOf(placeholders);
    allows = List.copyOf(allows);
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    Objects.requireNonNull(lockTimeout, "lockTimeout");
    if (seedRows < 0) {
      throw new IllegalArgumentException("seedRows must be 0 or more, not " + seedRows);
    }
  }

  public static Builder builder(Path projectDirectory) {
    return new Builder(projectDirectory);
  }

  /** A builder whose unset values are the engine's defaults. */
  public static final class Builder {
    private final Path projectDirectory;
    private List<Path> migrationDirectories;
    private List<Dialect> dialects = List.of(DialectRegistry.defaultDialect());
    private boolean parallel = true;
    private String provider;
    private ProviderSettings providerSettings = ProviderSettings.none();
    private List<String> schemas = List.of();
    private String table = DEFAULT_TABLE;
    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private String placeholderPrefix = "${";
    private String placeholderSuffix = "}";
    private boolean placeholderReplacement = true;
    private Charset encoding = StandardCharsets.UTF_8;
    private Path reportDirectory;
    private int seedRows = DEFAULT_SEED_ROWS;
    private long seed = DEFAULT_SEED;
    private Path seedScriptDirectory;
    private final List<Allow> allows = new ArrayList<>();
    private Duration statementTimeout = DEFAULT_STATEMENT_TIMEOUT;
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private String from;
    private String since;
    private ProgressListener listener = ProgressListener.silent();

    private Builder(Path projectDirectory) {
      this.projectDirectory = Objects.requireNonNull(projectDirectory).toAbsolutePath();
    }

    public Builder migrationDirectories(List<Path> dirs) {
      this.migrationDirectories = new ArrayList<>(dirs);
      return this;
    }

    public Builder dialects(List<Dialect> dialects) {
      if (dialects != null && !dialects.isEmpty()) {
        this.dialects = List.copyOf(dialects);
      }
      return this;
    }

    public Builder parallel(Boolean parallel) {
      if (parallel != null) {
        this.parallel = parallel;
      }
      return this;
    }

    public Builder provider(String provider) {
      this.provider = provider == null || provider.isBlank() ? null : provider.trim();
      return this;
    }

    public Builder providerSettings(ProviderSettings settings) {
      this.providerSettings = settings == null ? ProviderSettings.none() : settings;
      return this;
    }

    public Builder schemas(List<String> schemas) {
      if (schemas != null) {
        this.schemas = List.copyOf(schemas);
      }
      return this;
    }

    public Builder table(String table) {
      if (table != null && !table.isBlank()) {
        this.table = table;
      }
      return this;
    }

    public Builder placeholders(Map<String, String> placeholders) {
      if (placeholders != null) {
        this.placeholders.putAll(placeholders);
      }
      return this;
    }

    public Builder placeholderPrefix(String prefix) {
      if (prefix != null && !prefix.isEmpty()) {
        this.placeholderPrefix = prefix;
      }
      return this;
    }

    public Builder placeholderSuffix(String suffix) {
      if (suffix != null && !suffix.isEmpty()) {
        this.placeholderSuffix = suffix;
      }
      return this;
    }

    public Builder placeholderReplacement(Boolean enabled) {
      if (enabled != null) {
        this.placeholderReplacement = enabled;
      }
      return this;
    }

    public Builder encoding(Charset encoding) {
      if (encoding != null) {
        this.encoding = encoding;
      }
      return this;
    }

    public Builder reportDirectory(Path dir) {
      this.reportDirectory = dir;
      return this;
    }

    public Builder seedRows(Integer rows) {
      if (rows != null) {
        if (rows < 0) {
          throw new RoundtripException(
              "seedRows must be 0 or more, not " + rows,
              "Set <seedRows> to the rows per table to generate, or 0 to turn the generator off.");
        }
        this.seedRows = rows;
      }
      return this;
    }

    public Builder seed(Long seed) {
      if (seed != null) {
        this.seed = seed;
      }
      return this;
    }

    public Builder seedScriptDirectory(Path dir) {
      this.seedScriptDirectory = dir;
      return this;
    }

    public Builder allows(List<Allow> allows) {
      if (allows != null) {
        this.allows.addAll(allows);
      }
      return this;
    }

    /** The statement limit; null keeps the default. */
    public Builder statementTimeout(Duration limit) {
      if (limit != null) {
        this.statementTimeout = positive(limit, "statementTimeout");
      }
      return this;
    }

    /** The lock-wait limit; null keeps the default. */
    public Builder lockTimeout(Duration limit) {
      if (limit != null) {
        this.lockTimeout = positive(limit, "lockTimeout");
      }
      return this;
    }

    private static Duration positive(Duration limit, String setting) {
      if (limit.isNegative() || limit.isZero()) {
        throw new RoundtripException(
            "<" + setting + ">: " + limit + " is not a positive duration",
            "Give a limit above zero, e.g. 30s or 10m.");
      }
      return limit;
    }

    /**
     * The version from which on migrations are round-tripped ({@code 120} or {@code V120}); the
     * ones before it are only applied. Null or blank: from the first. Checked against the
     * migrations when the run starts.
     */
    public Builder from(String version) {
      this.from = version == null || version.isBlank() ? null : version.trim();
      return this;
    }

    /**
     * A git ref ({@code origin/main}, a tag, a commit): only migrations whose files changed since
     * it are round-tripped. Null or blank: every migration. Resolved when the run starts.
     */
    public Builder since(String ref) {
      this.since = ref == null || ref.isBlank() ? null : ref.trim();
      return this;
    }

    public Builder listener(ProgressListener listener) {
      if (listener != null) {
        this.listener = listener;
      }
      return this;
    }

    public RoundtripConfig build() {
      List<Path> dirs =
          migrationDirectories != null
              ? migrationDirectories
              : List.of(projectDirectory.resolve("src/main/resources/db/migration"));
      Path reports =
          reportDirectory != null ? reportDirectory : projectDirectory.resolve("target/roundtrip");
      return new RoundtripConfig(
          projectDirectory,
          dirs,
          dialects,
          parallel,
          provider,
          providerSettings,
          schemas,
          table,
          placeholders,
          placeholderPrefix,
          placeholderSuffix,
          placeholderReplacement,
          encoding,
          reports,
          seedRows,
          seed,
          seedScriptDirectory != null
              ? seedScriptDirectory
              : projectDirectory.resolve("src/test/resources/db/seed"),
          allows,
          statementTimeout,
          lockTimeout,
          from,
          since,
          listener);
    }
  }
}
