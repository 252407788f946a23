package dev.roundtrip.maven;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Base of Roundtrip's goals: the parameters every goal reads (where the migrations are, in which
 * dialects, how their text is read), and {@code roundtrip.skip}, then the goal itself.
 */
public abstract class AbstractRoundtripMojo extends AbstractMojo {

  /**
   * Skips every Roundtrip goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.skip")
  protected Boolean skip;

  /**
   * Where the migrations are, as Flyway names locations: {@code classpath:db/migration} (looked up
   * in the project's resource folders) or {@code filesystem:path} (relative to the project).
   * Default: {@code classpath:db/migration}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.locations")
  List<String> locations;

  /**
   * The SQL dialects to verify on: {@code postgresql}, {@code mysql}, {@code mariadb}, {@code
   * sqlite}, each on a disposable database of its own. Default: the dialects of the project's JDBC
   * driver dependencies ({@code org.postgresql:postgresql}, {@code com.mysql:mysql-connector-j},
   * {@code org.mariadb.jdbc:mariadb-java-client}, {@code org.xerial:sqlite-jdbc}), else {@code
   * postgresql}. A location holding {@code {vendor}} reads a folder per dialect, e.g. {@code
   * db/migration/mariadb}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.dialects")
  List<String> dialects;

  /**
   * Placeholders replaced in up and down scripts, as Flyway's {@code placeholders}.
   *
   * @since 0.1.0
   */
  @Parameter Map<String, String> placeholders;

  /**
   * Placeholder prefix. Default: {@code ${}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.placeholderPrefix")
  String placeholderPrefix;

  /**
   * Placeholder suffix. Default: <code>}</code>.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.placeholderSuffix")
  String placeholderSuffix;

  /**
   * Whether placeholders are replaced at all. Default: {@code true}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.placeholderReplacement")
  Boolean placeholderReplacement;

  /**
   * Encoding of the SQL files. Default: {@code UTF-8}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.encoding")
  String encoding;

  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (Boolean.TRUE.equals(skip)) {
      getLog().info("Roundtrip skipped (roundtrip.skip=true)");
      return;
    }
    run();
  }

  /** The goal itself, called unless skipped. */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;
}
