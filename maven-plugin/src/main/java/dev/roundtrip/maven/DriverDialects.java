package dev.roundtrip.maven;

import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.DialectRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Dependency;

/**
 * The dialects a project's JDBC driver dependencies point at, for when the POM names none: each
 * dialect names its drivers ({@link Dialect#driverArtifacts()}); the PostgreSQL driver means {@code
 * postgresql}, MySQL Connector/J {@code mysql}, MariaDB Connector/J {@code mariadb}. Only the
 * project's own (declared or inherited) dependencies count, in the order they are declared.
 */
final class DriverDialects {
  private DriverDialects() {}

  /** Each dialect found, with the dependency that named it ({@code groupId:artifactId}). */
  static Map<Dialect, String> of(List<Dependency> dependencies) {
    Map<Dialect, String> found = new LinkedHashMap<>();
    for (Dependency d : dependencies) {
      String key = d.getGroupId() + ":" + d.getArtifactId();
      for (Dialect dialect : DialectRegistry.all()) {
        if (dialect.driverArtifacts().contains(key)) {
          found.putIfAbsent(dialect, key);
        }
      }
    }
    return found;
  }
}
