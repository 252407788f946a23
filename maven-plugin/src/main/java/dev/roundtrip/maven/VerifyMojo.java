package dev.roundtrip.maven;

import dev.roundtrip.verifier.Roundtrip;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.api.RoundtripResult;
import dev.roundtrip.verifier.api.Severity;
import dev.roundtrip.verifier.report.ConsoleReport;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Replays every migration up, down and up again on a disposable database per dialect, and fails the
 * build when a down script does not restore the schema, a migration cannot be applied again, or a
 * migration has no down script.
 *
 * @since 0.1.0
 */
@Mojo(
    name = "verify",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    configurator = SecretConfigurator.HINT)
public class VerifyMojo extends AbstractRoundtripMojo {

  /**
   * How databases are provided: {@code testcontainers} (a container per dialect, through
   * Testcontainers and its standard configuration: {@code DOCKER_HOST}, {@code
   * ~/.testcontainers.properties}), {@code embedded} (a server started for the run from binaries on
   * Maven Central; PostgreSQL and MariaDB) or {@code server} (a fresh database on an existing
   * server, see {@code serverUrl}). Default: {@code testcontainers} where a Docker engine can run
   * the dialect's image (checked within seconds), else {@code embedded}, else {@code server} when
   * {@code serverUrl} is set; the build log says which and why.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.provider")
  String provider;

  /**
   * Image of the PostgreSQL container for {@code provider=testcontainers}, standing in for the
   * official {@code postgres} image: a mirror, a private registry, an image built in-house.
   * Default: {@code postgres:17}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.postgresqlImage")
  String postgresqlImage;

  /**
   * Image of the MySQL container for {@code provider=testcontainers}, standing in for the official
   * {@code mysql} image. Default: {@code mysql:8.4}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.mysqlImage")
  String mysqlImage;

  /**
   * Image of the MariaDB container for {@code provider=testcontainers}, standing in for the
   * official {@code mariadb} image. Default: {@code mariadb:11.4}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.mariadbImage")
  String mariadbImage;

  /**
   * Admin JDBC URL of an existing server for {@code provider=server}, e.g. {@code
   * jdbc:postgresql://127.0.0.1:5432/postgres}. Roundtrip creates its own database there and drops
   * it at the end. Falls back to the environment variable {@code ROUNDTRIP_SERVER_URL}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.serverUrl")
  String serverUrl;

  /**
   * User for {@code serverUrl}; needs the right to create databases. Wins over the user of {@code
   * serverId}; falls back to it, then to {@code ROUNDTRIP_SERVER_USER}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.serverUser")
  String serverUser;

  /**
   * Password for {@code serverUrl}. Wins over the password of {@code serverId}; falls back to it,
   * then to {@code ROUNDTRIP_SERVER_PASSWORD}. Prefer {@code serverId} or the environment variable
   * to keep it out of the POM. Never logged, {@code -X} included.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.serverPassword")
  Secret serverPassword;

  /**
   * Id of a {@code <server>} in Maven's {@code settings.xml} whose {@code <username>} and {@code
   * <password>} (encrypted or not, as Maven encrypts them) are the credentials for {@code
   * serverUrl}, as flyway-maven-plugin's {@code serverId}. {@code serverUser} and {@code
   * serverPassword}, where set, win over it. An id that settings.xml does not have is an error.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.serverId")
  String serverId;

  /** Maven's settings, for the {@code <server>} named by {@code serverId}. */
  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  /** Decrypts the passwords of settings.xml. */
  @Inject SettingsDecrypter settingsDecrypter;

  /**
   * The schemas the migrations manage, as Flyway's {@code schemas}. Default: the connection's
   * default schema ({@code public}).
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.schemas")
  List<String> schemas;

  /**
   * Flyway's schema history table. Default: {@code flyway_schema_history}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.table")
  String table;

  /**
   * Where the reports are written. Default: {@code ${project.build.directory}/roundtrip}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.reportDirectory")
  java.io.File reportDirectory;

  /**
   * Rows the generator adds to each new or changed table after each migration, with boundary values
   * (NULLs, empty and maximum-length strings, extreme numbers, Unicode, time zones). 0 turns the
   * generator off; the data checks still run on the rows of the seed scripts. Default: {@code 20}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.seedRows")
  Integer seedRows;

  /**
   * Seed of the generator: the same seed gives the same rows on every run. Default: a fixed seed.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.seed")
  Long seed;

  /**
   * Folder of the project's own seed scripts, {@code after-V<version>.sql}, run after the migration
   * of that version for data a generator cannot guess. Default: {@code src/test/resources/db/seed}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.seedScripts")
  java.io.File seedScripts;

  /**
   * Findings the project accepts, each with a reason: {@code <allow><rule>data-lost</rule>
   * <version>5</version><reason>...</reason></allow>}. An allowed finding is still reported. The
   * same can be said in the migration itself: {@code -- roundtrip:allow data-lost "reason"}.
   *
   * @since 0.1.0
   */
  @Parameter List<AllowEntry> allows;

  /**
   * How long one statement of a step (an up, a down, the data checks, a seed script) may run before
   * it is stopped and reported as {@code timed-out}, e.g. {@code 90s}, {@code 10m}, {@code 1h},
   * {@code 500ms} or ISO-8601 ({@code PT10M}). Default: {@code 10m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.statementTimeout")
  String statementTimeout;

  /**
   * How long one statement may wait for a lock before it is stopped and reported as {@code
   * timed-out}, with what held the lock; same form as {@code statementTimeout}. Default: {@code
   * 1m}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.lockTimeout")
  String lockTimeout;

  /**
   * Whether several dialects are verified at the same time, each on its own database, so that the
   * run takes about as long as the slowest dialect. Set to {@code false} to verify one after the
   * other (less memory and CPU at once). Default: {@code true}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.parallel")
  Boolean parallel;

  /**
   * The version of the migration from which on migrations are round-tripped, e.g. {@code 120} (or
   * {@code V120}) for {@code V120__add_orders.sql}; the ones before it are only applied, with their
   * seed scripts and generated rows, to bring the database to it. A version that is not one of the
   * migrations is an error. With {@code since}, a migration is round-tripped when it is from this
   * version on and changed since that ref. Default: every migration.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.from")
  String from;

  /**
   * A git ref (branch, tag or commit, e.g. {@code origin/main}): only the migrations whose up or
   * undo script was added or changed since it are round-tripped: committed since the merge base of
   * the ref and {@code HEAD}, changed in the working tree, or untracked. The others are only
   * applied, to bring the database to the changed ones. Needs git on the PATH and a clone; a ref
   * the clone does not have is an error. For a pre-merge check, {@code
   * -Droundtrip.since=origin/main}; a release gate leaves it out and round-trips everything.
   * Default: every migration.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.since")
  String since;

  /**
   * Maven's loggers for the start-up chatter of the embedded servers and of Testcontainers (its
   * containers log as {@code tc.<image>}), quiet unless debugging. The build log has Roundtrip's
   * own line on the provider chosen and why; Testcontainers' search for a Docker engine, which logs
   * an error where there is none, is silent unless debugging.
   */
  private static final Map<String, String> QUIET_LOGGERS =
      Map.of(
          "org.slf4j.simpleLogger.log.io.zonky.test", "warn",
          "org.slf4j.simpleLogger.log.ch.vorburger", "warn",
          "org.slf4j.simpleLogger.log.org.testcontainers", "warn",
          "org.slf4j.simpleLogger.log.org.testcontainers.dockerclient", "off",
          "org.slf4j.simpleLogger.log.tc", "warn",
          "org.slf4j.simpleLogger.log.com.github.dockerjava", "off");

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException {
    if (!getLog().isDebugEnabled()) {
      QUIET_LOGGERS.forEach(
          (logger, level) -> {
            if (System.getProperty(logger) == null) {
              System.setProperty(logger, level);
            }
          });
    }
    RoundtripResult result;
    try {
      RoundtripConfig config =
          new ConfigFactory(project, System::getenv).build(this, new MavenListener(getLog()));
      result = Roundtrip.verify(config);
    } catch (RoundtripException e) {
      throw new MojoExecutionException(e.getMessage() + "\n" + e.fix(), e);
    }
    ConsoleReport.summary(result).forEach(getLog()::info);
    for (Finding f : result.findings()) {
      List<String> lines = ConsoleReport.finding(f);
      if (f.failing()) {
        lines.forEach(getLog()::error);
      } else if (f.severity() == Severity.INFO) {
        lines.forEach(getLog()::info);
      } else {
        lines.forEach(getLog()::warn);
      }
    }
    getLog().info("Report: " + result.report());
    if (!result.problems().isEmpty()) {
      throw new MojoExecutionException(Verdict.problemMessage(result));
    }
    if (!result.passed()) {
      throw new MojoFailureException(Verdict.failureMessage(result));
    }
  }
}
