package dev.roundtrip.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** Base of Roundtrip's goals: handles {@code roundtrip.skip}, then runs the goal. */
public abstract class AbstractRoundtripMojo extends AbstractMojo {

  /**
   * Skips every Roundtrip goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "roundtrip.skip")
  protected Boolean skip;

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
