package dev.roundtrip.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripException;
import dev.roundtrip.verifier.dialect.Dialect;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal's parameters as the engine receives them; unset ones keep the engine's defaults. */
class ConfigFactoryTest {
  @TempDir Path base;
  private MavenProject project;

  @BeforeEach
  void project() throws IOException {
    Files.createDirectories(base.resolve("src/main/resources/db/migration"));
    project = TestProjects.at(base);
  }

  private RoundtripConfig build(VerifyMojo mojo, Map<String, String> env) {
    return new ConfigFactory(project, env::get).build(mojo, ProgressListener.silent());
  }

  @Test
  void unsetParametersGiveTheEngineDefaults() {
    RoundtripConfig config = build(new VerifyMojo(), Map.of());
    assertThat(config.migrationDirectories())
        .containsExactly(base.resolve("src/main/resources/db/migration"));
    assertThat(config.dialects()).containsExactly(Dialect.fromId("postgresql"));
    assertThat(config.provider()).isNull();
    assertThat(config.table()).isEqualTo("flyway_schema_history");
    assertThat(config.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(config.placeholderReplacement()).isTrue();
    assertThat(config.reportDirectory()).isEqualTo(base.resolve("target/roundtrip"));
    assertThat(config.providerSettings().hasServerUrl()).isFalse();
    assertThat(config.providerSettings().images()).isEmpty();
  }

  @Test
  void timeLimitsReachTheEngineAndBadOnesNameTheParameter() {
    RoundtripConfig defaults = build(new VerifyMojo(), Map.of());
    assertThat(defaults.statementTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(defaults.lockTimeout()).isEqualTo(Duration.ofMinutes(1));

    VerifyMojo mojo = new VerifyMojo();
    mojo.statementTimeout = "90s";
    mojo.lockTimeout = "PT5S";
    RoundtripConfig config = build(mojo, Map.of());
    assertThat(config.statementTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(5));

    VerifyMojo bad = new VerifyMojo();
    bad.lockTimeout = "soon";
    assertThatThrownBy(() -> build(bad, Map.of()))
        .isInstanceOf(RoundtripException.class)
        .hasMessageContaining("<lockTimeout>")
        .hasMessageContaining("soon");
  }

  @Test
  void fromAndSinceReachTheEngineAndAreUnsetByDefault() {
    RoundtripConfig defaults = build(new VerifyMojo(), Map.of());
    assertThat(defaults.from()).isNull();
    assertThat(defaults.since()).isNull();

    VerifyMojo mojo = new VerifyMojo();
    mojo.from = " 120 ";
    mojo.since = "origin/main";
    RoundtripConfig config = build(mojo, Map.of());
    assertThat(config.from()).isEqualTo("120");
    assertThat(config.since()).isEqualTo("origin/main");

    VerifyMojo blank = new VerifyMojo();
    blank.from = "";
    blank.since = " ";
    assertThat(build(blank, Map.of()).since()).isNull();
    assertThat(build(blank, Map.of()).from()).isNull();
  }

  @Test
  void imagesPerDialectReachTheEngine() {
    VerifyMojo mojo = new VerifyMojo();
    mojo.postgresqlImage = " registry.example.com/mirror/postgres:17 ";
    mojo.mariadbImage = "roundtrip-local/mariadb:10.11";
    mojo.mysqlImage = " ";

    RoundtripConfig config = build(mojo, Map.of());

    assertThat(config.providerSettings().images())
        .containsExactly(
            Map.entry(Dialect.fromId("postgresql"), "registry.example.com/mirror/postgres:17"),
            Map.entry(Dialect.fromId("mariadb"), "roundtrip-local/mariadb:10.11"));
    assertThat(config.providerSettings().image(Dialect.fromId("mysql"))).isNull();
  }

  @Test
  void withoutDialectsTheJdbcDriversOfTheProjectChooseThem() {
    project.getModel().addDependency(dependency("org.mariadb.jdbc", "mariadb-java-client"));
    project.getModel().addDependency(dependency("org.flywaydb", "flyway-core"));
    project.getModel().addDependency(dependency("org.postgresql", "postgresql"));
    List<String> lines = new java.util.ArrayList<>();

    RoundtripConfig config =
        new ConfigFactory(project, Map.<String, String>of()::get)
            .build(new VerifyMojo(), recording(lines));

    assertThat(config.dialects())
        .containsExactly(Dialect.fromId("mariadb"), Dialect.fromId("postgresql"));
    assertThat(lines)
        .containsExactly(
            "Roundtrip: dialects from the JDBC drivers: mariadb"
                + " (org.mariadb.jdbc:mariadb-java-client), postgresql (org.postgresql:postgresql)");
  }

  @Test
  void configuredDialectsWinOverTheDrivers() {
    project.getModel().addDependency(dependency("com.mysql", "mysql-connector-j"));
    VerifyMojo mojo = new VerifyMojo();
    mojo.dialects = List.of("postgresql");
    assertThat(build(mojo, Map.of()).dialects()).containsExactly(Dialect.fromId("postgresql"));
    project.getModel().addDependency(dependency("mysql", "mysql-connector-java"));
    assertThat(build(new VerifyMojo(), Map.of()).dialects())
        .containsExactly(Dialect.fromId("mysql"));
  }

  private static org.apache.maven.model.Dependency dependency(String group, String artifact) {
    org.apache.maven.model.Dependency d = new org.apache.maven.model.Dependency();
    d.setGroupId(group);
    d.setArtifactId(artifact);
    d.setVersion("1");
    return d;
  }

  private static ProgressListener recording(List<String> lines) {
    return new ProgressListener() {
      @Override
      public void info(String line) {
        lines.add(line);
      }

      @Override
      public void warn(String line) {
        lines.add(line);
      }

      @Override
      public void debug(String line) {}
    };
  }

  @Test
  void parametersReachTheEngine() throws IOException {
    Files.createDirectories(base.resolve("sql"));
    VerifyMojo mojo = new VerifyMojo();
    mojo.locations = List.of("filesystem:sql");
    mojo.dialects = List.of("PostgreSQL");
    mojo.provider = "server";
    mojo.serverUrl = "jdbc:postgresql://db:5432/postgres";
    mojo.serverUser = "admin";
    mojo.serverPassword = new Secret("pw");
    mojo.schemas = List.of("app");
    mojo.table = "history";
    mojo.placeholders = Map.of("owner", "app_owner");
    mojo.placeholderPrefix = "#[";
    mojo.placeholderSuffix = "]";
    mojo.placeholderReplacement = false;
    mojo.encoding = "ISO-8859-1";
    mojo.reportDirectory = new File(base.toFile(), "reports");

    RoundtripConfig config =
        build(mojo, Map.of("ROUNDTRIP_SERVER_URL", "jdbc:postgresql://other/x"));

    assertThat(config.migrationDirectories()).containsExactly(base.resolve("sql"));
    assertThat(config.provider()).isEqualTo("server");
    assertThat(config.providerSettings().serverUrl())
        .isEqualTo("jdbc:postgresql://db:5432/postgres");
    assertThat(config.providerSettings().serverUser()).isEqualTo("admin");
    assertThat(config.providerSettings().serverPassword()).isEqualTo("pw");
    assertThat(config.providerSettings().toString()).doesNotContain("pw,").contains("****");
    assertThat(config.schemas()).containsExactly("app");
    assertThat(config.table()).isEqualTo("history");
    assertThat(config.placeholders()).containsEntry("owner", "app_owner");
    assertThat(config.placeholderPrefix()).isEqualTo("#[");
    assertThat(config.placeholderSuffix()).isEqualTo("]");
    assertThat(config.placeholderReplacement()).isFalse();
    assertThat(config.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(config.reportDirectory()).isEqualTo(base.resolve("reports"));
  }

  @Test
  void serverCredentialsFallBackToTheEnvironment() {
    RoundtripConfig config =
        build(
            new VerifyMojo(),
            Map.of(
                "ROUNDTRIP_SERVER_URL", "jdbc:postgresql://ci:5432/postgres",
                "ROUNDTRIP_SERVER_USER", "ci",
                "ROUNDTRIP_SERVER_PASSWORD", "from-env"));
    assertThat(config.providerSettings().serverUrl())
        .isEqualTo("jdbc:postgresql://ci:5432/postgres");
    assertThat(config.providerSettings().serverUser()).isEqualTo("ci");
    assertThat(config.providerSettings().serverPassword()).isEqualTo("from-env");
  }

  @Test
  void badValuesNameTheirPomElement() {
    VerifyMojo dialect = new VerifyMojo();
    dialect.dialects = List.of("oracle");
    assertThatThrownBy(() -> build(dialect, Map.of()))
        .isInstanceOf(RoundtripException.class)
        .hasMessageContaining("<dialects>")
        .hasMessageContaining("oracle");

    VerifyMojo encoding = new VerifyMojo();
    encoding.encoding = "UTF-9";
    assertThatThrownBy(() -> build(encoding, Map.of()))
        .isInstanceOf(RoundtripException.class)
        .hasMessageContaining("<encoding>");

    VerifyMojo reserved = new VerifyMojo();
    reserved.placeholders = Map.of("flyway:user", "me");
    assertThatThrownBy(() -> build(reserved, Map.of()))
        .isInstanceOf(RoundtripException.class)
        .hasMessageContaining("<placeholders>")
        .hasMessageContaining("flyway:user");

    VerifyMojo location = new VerifyMojo();
    location.locations = List.of("classpath:db/nope");
    assertThatThrownBy(() -> build(location, Map.of()))
        .isInstanceOf(RoundtripException.class)
        .hasMessageContaining("classpath:db/nope");
  }
}
