package dev.roundtrip.maven;

import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/** Maven projects for the goal's tests. */
final class TestProjects {
  private TestProjects() {}

  /**
   * A project in {@code base}: its POM there, {@code target} as the build directory and {@code
   * src/main/resources} as its one resource folder.
   */
  static MavenProject at(Path base) {
    Model model = new Model();
    Build build = new Build();
    build.setDirectory(base.resolve("target").toString());
    Resource resource = new Resource();
    resource.setDirectory(base.resolve("src/main/resources").toString());
    build.addResource(resource);
    model.setBuild(build);
    MavenProject project = new MavenProject(model);
    project.setFile(base.resolve("pom.xml").toFile());
    return project;
  }
}
