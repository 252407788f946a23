package dev.roundtrip.maven;

import dev.roundtrip.verifier.api.Allow;
import dev.roundtrip.verifier.api.Durations;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.Placeholders;
import dev.roundtrip.verifier.migration.Locations;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/**
 * Builds the engine's configuration from the goal's parameters, the project, and the environment
 * (for server credentials). Unset parameters stay unset: the engine owns the defaults.
 */
final class ConfigFactory {
  static final String ENV_URL = "ROUNDTRIP_SERVER_URL";
  static final String ENV_USER = "ROUNDTRIP_SERVER_USER";
  static final String ENV_PASSWORD = "ROUNDTRIP_SERVER_PASSWORD";

  private final MavenProject project;
  private final UnaryOperator<String> environment;

  ConfigFactory(MavenProject project, UnaryOperator<String> environment) {
    this.project = project;
    this.environment = environment;
  }

  private static Duration duration(String text, String parameter) {
    return text == null || text.isBlank() ? null : Durations.parse(text, parameter);
  }

  RoundtripConfig build(VerifyMojo p, ProgressListener listener) {
    Path base = project.getBasedir().toPath();
    List<Path> resourceRoots =
        project.getResources().stream().map(Resource::getDirectory).map(Path::of).toList();
    Path reports =
        p.reportDirectory != null
            ? p.reportDirectory.toPath()
            : Path.of(project.getBuild().getDirectory(), "roundtrip");
    List<Dialect> dialects = dialects(p.dialects);
    if (dialects.isEmpty()) {
      dialects = detected(listener);
    }
    ServerCredentials credentials = credentials(p);
    return RoundtripConfig.builder(base)
        .migrationDirectories(Locations.resolve(p.locations, base, resourceRoots, dialects))
        .dialects(dialects)
        .parallel(p.parallel)
        .provider(p.provider)
        .providerSettings(
            new ProviderSettings(
                orEnv(p.serverUrl, ENV_URL), credentials.user(), credentials.password(), images(p)))
        .schemas(p.schemas)
        .table(p.table)
        .placeholders(placeholders(p.placeholders))
        .placeholderPrefix(p.placeholderPrefix)
        .placeholderSuffix(p.placeholderSuffix)
        .placeholderReplacement(p.placeholderReplacement)
        .encoding(charset(p.encoding))
        .reportDirectory(reports)
        .seedRows(p.seedRows)
        .seed(p.seed)
        .seedScriptDirectory(p.seedScripts == null ? null : p.seedScripts.toPath())
        .allows(allows(p.allows))
        .statementTimeout(duration(p.statementTimeout, "statementTimeout"))
        .lockTimeout(duration(p.lockTimeout, "lockTimeout"))
        .from(p.from)
        .since(p.since)
        .listener(listener)
        .build();
  }

  /**
   * The server credentials: the goal's parameters, else the {@code <server>} of {@code serverId},
   * else the environment.
   */
  private ServerCredentials credentials(VerifyMojo p) {
    ServerCredentials parameters =
        new ServerCredentials(
            ServerCredentials.blankAsNull(p.serverUser),
            p.serverPassword == null ? null : p.serverPassword.value());
    return parameters
        .or(ServerCredentials.fromSettings(p.serverId, p.settings, p.settingsDecrypter))
        .or(new ServerCredentials(orEnv(null, ENV_USER), orEnv(null, ENV_PASSWORD)));
  }

  /**
   * The dialects of the project's JDBC drivers, said in one line; the engine's default when it has
   * none.
   */
  private List<Dialect> detected(ProgressListener listener) {
    Map<Dialect, String> found = DriverDialects.of(project.getDependencies());
    if (found.isEmpty()) {
      List<Dialect> fallback = RoundtripConfig.builder(Path.of(".")).build().dialects();
      listener.info(
          "Roundtrip: no JDBC driver among the dependencies; verifying on "
              + String.join(", ", fallback.stream().map(Dialect::id).toList())
              + " (set <dialects> to choose)");
      return fallback;
    }
    List<String> from = new java.util.ArrayList<>();
    found.forEach((dialect, dependency) -> from.add(dialect.id() + " (" + dependency + ")"));
    listener.info("Roundtrip: dialects from the JDBC drivers: " + String.join(", ", from));
    return List.copyOf(found.keySet());
  }

  /** The images configured per dialect; unset ones are left to the engine's defaults. */
  static Map<Dialect, String> images(VerifyMojo p) {
    Map<Dialect, String> images = new LinkedHashMap<>();
    putIfSet(images, Dialect.fromId("postgresql"), p.postgresqlImage);
    putIfSet(images, Dialect.fromId("mysql"), p.mysqlImage);
    putIfSet(images, Dialect.fromId("mariadb"), p.mariadbImage);
    return images;
  }

  private static void putIfSet(Map<Dialect, String> images, Dialect dialect, String image) {
    if (image != null && !image.isBlank()) {
      images.put(dialect, image.trim());
    }
  }

  private String orEnv(String value, String variable) {
    if (value != null && !value.isBlank()) {
      return value;
    }
    String env = environment.apply(variable);
    return env == null || env.isBlank() ? null : env;
  }

  static Map<String, String> placeholders(Map<String, String> values) {
    if (values != null) {
      for (String name : values.keySet()) {
        if (Placeholders.isReserved(name)) {
          throw new RoundtripException(
              "<placeholders>: '" + name + "' uses the prefix 'flyway:', which Flyway reserves",
              "Rename the placeholder; Flyway sets the flyway:* values itself.");
        }
      }
    }
    return values;
  }

  static List<Allow> allows(List<AllowEntry> entries) {
    if (entries == null) {
      return List.of();
    }
    List<Allow> allows = new java.util.ArrayList<>();
    for (AllowEntry e : entries) {
      if (e.getRule() == null || e.getRule().isBlank()) {
        throw new RoundtripException(
            "<allows>: an <allow> entry has no <rule>",
            "Name the rule it allows, e.g. <rule>data-lost</rule>.");
      }
      if (e.getReason() == null || e.getReason().isBlank()) {
        throw new RoundtripException(
            "<allows>: the <allow> entry for " + e.getRule() + " has no <reason>",
            "Say why it is fine in <reason>: it is what reviewers read.");
      }
      String version =
          e.getVersion() == null || e.getVersion().isBlank() ? null : e.getVersion().trim();
      allows.add(new Allow(e.getRule().trim(), version, e.getReason().trim()));
    }
    return allows;
  }

  static List<Dialect> dialects(List<String> ids) {
    if (ids == null) {
      return List.of();
    }
    try {
      return ids.stream().filter(s -> !s.isBlank()).map(Dialect::fromId).distinct().toList();
    } catch (IllegalArgumentException e) {
      throw new RoundtripException(
          "<dialects>: " + e.getMessage(), "Use one of: " + Dialect.knownIds() + ".", e);
    }
  }

  static Charset charset(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new RoundtripException(
          "<encoding>: unknown encoding '" + name + "'", "Use an encoding such as UTF-8.", e);
    }
  }
}
