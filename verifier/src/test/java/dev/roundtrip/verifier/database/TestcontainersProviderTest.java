package dev.roundtrip.verifier.database;

import static dev.roundtrip.verifier.testing.DockerTestImages.assumeDockerCanRun;
import static dev.roundtrip.verifier.testing.DockerTestImages.assumeEngineAnswers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.model.Container;
import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.postgresql.EmbeddedPostgresProvider;
import dev.roundtrip.verifier.testing.DockerTestImages;
import dev.roundtrip.verifier.testing.TestDialects;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/**
 * The {@code testcontainers} provider against a real Docker engine, with the images of {@link
 * DockerTestImages}; each test is skipped, saying why, where Docker cannot run what it needs.
 */
class TestcontainersProviderTest {
  private static final Pattern CONTAINER_ID = Pattern.compile("in container ([0-9a-f]{12}) of ");
  private static final String ABSENT_IMAGE = "roundtrip-local/no-such-image:1";

  private final TestcontainersProvider provider = new TestcontainersProvider();

  @Test
  void aPostgresContainerServesDisposableDatabasesWithoutDurabilityAndIsRemovedOnClose()
      throws SQLException {
    ProviderSettings settings = DockerTestImages.settings();
    assumeDockerCanRun(TestDialects.POSTGRESQL, settings);
    String id;
    try (DatabaseServer server = provider.start(TestDialects.POSTGRESQL, settings)) {
      assertThat(server.describe())
          .startsWith("PostgreSQL ")
          .contains(" of " + TestcontainersProvider.image(TestDialects.POSTGRESQL, settings) + " (")
          .doesNotContain("password");
      id = containerId(server);
      assertThat(containersWithId(id)).hasSize(1);
      try (DisposableDatabase db = server.createDatabase();
          Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id int PRIMARY KEY, name text)");
        s.execute("INSERT INTO t VALUES (1, 'ünïcode')");
        assertThat(single(s, "SELECT name FROM t")).isEqualTo("ünïcode");
        assertThat(single(s, "SELECT current_database()")).isEqualTo(db.name());
        assertThat(single(s, "SHOW fsync")).isEqualTo("off");
        assertThat(single(s, "SHOW synchronous_commit")).isEqualTo("off");
      }
    }
    assertThat(containersWithId(id)).as("the container is removed").isEmpty();
  }

  @Test
  void aMariaDbContainerServesDisposableDatabasesWithoutDurabilityAndIsRemovedOnClose()
      throws SQLException {
    ProviderSettings settings = DockerTestImages.settings();
    assumeDockerCanRun(TestDialects.MARIADB, settings);
    String id;
    try (DatabaseServer server = provider.start(TestDialects.MARIADB, settings)) {
      assertThat(server.describe())
          .startsWith("MariaDB ")
          .contains(" of " + TestcontainersProvider.image(TestDialects.MARIADB, settings) + " (");
      id = containerId(server);
      assertThat(containersWithId(id)).hasSize(1);
      try (DisposableDatabase db = server.createDatabase();
          Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (id int PRIMARY KEY, name varchar(20))");
        s.execute("INSERT INTO t VALUES (1, 'ünïcode 😀')");
        assertThat(single(s, "SELECT name FROM t")).isEqualTo("ünïcode 😀");
        assertThat(single(s, "SELECT DATABASE()")).isEqualTo(db.name());
        assertThat(single(s, "SELECT @@innodb_flush_log_at_trx_commit")).isEqualTo("0");
        assertThat(single(s, "SELECT @@log_bin")).isEqualTo("0");
      }
      DisposableDatabase dropped = server.createDatabase();
      dropped.close();
      try (DisposableDatabase other = server.createDatabase();
          Connection c = other.connect();
          Statement s = c.createStatement()) {
        assertThat(
                single(
                    s,
                    "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '"
                        + dropped.name()
                        + "'"))
            .isEqualTo("0");
      }
    }
    assertThat(containersWithId(id)).as("the container is removed").isEmpty();
  }

  @Test
  void anImageDockerCannotGetFallsBackToEmbeddedWithinSecondsSayingWhy() {
    assumeEngineAnswers();
    ProviderSettings settings =
        ProviderSettings.none().withImages(Map.of(TestDialects.POSTGRESQL, ABSENT_IMAGE));
    List<String> lines = new ArrayList<>();
    long start = System.nanoTime();
    DatabaseProvider chosen =
        Providers.discover().choose(TestDialects.POSTGRESQL, null, settings, listener(lines));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(chosen).isInstanceOf(EmbeddedPostgresProvider.class);
    assertThat(took).isLessThan(TestcontainersProvider.CHECK_LIMIT);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .matches(
            "\\[postgresql\\] database provider: embedded \\(testcontainers unavailable: Docker"
                + " \\S+ at \\S+ answers, but image "
                + Pattern.quote(ABSENT_IMAGE)
                + " is not present and cannot be pulled: .+; checked in \\d+ ms\\)");
  }

  @Test
  void mySqlWithAnImageDockerCannotGetFailsWithinSecondsNamingTheThreeFixes() {
    assumeEngineAnswers();
    ProviderSettings settings =
        ProviderSettings.none().withImages(Map.of(TestDialects.MYSQL, ABSENT_IMAGE));
    long start = System.nanoTime();
    assertThatThrownBy(
            () ->
                Providers.discover()
                    .choose(TestDialects.MYSQL, null, settings, ProgressListener.silent()))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageStartingWith(
            "no database provider can serve MySQL (testcontainers unavailable: Docker ")
        .hasMessageContaining(
            "answers, but image " + ABSENT_IMAGE + " is not present and cannot be pulled: ")
        .hasMessageContaining("; server unavailable: no server URL is set)")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .contains("(1) run a Docker engine")
                    .contains("<mysqlImage>")
                    .contains("(2) set <serverUrl>")
                    .contains("(3) verify on postgresql, mariadb or sqlite"));
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(TestcontainersProvider.CHECK_LIMIT);
  }

  @Test
  void theConfiguredProviderWithAnImageDockerCannotGetFailsAtOnceSayingWhy() {
    assumeEngineAnswers();
    ProviderSettings settings =
        ProviderSettings.none().withImages(Map.of(TestDialects.MARIADB, ABSENT_IMAGE));
    long start = System.nanoTime();
    assertThatThrownBy(() -> provider.start(TestDialects.MARIADB, settings))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageStartingWith(
            "provider 'testcontainers' cannot start a MariaDB container: Docker ")
        .hasMessageContaining("image " + ABSENT_IMAGE + " is not present and cannot be pulled")
        .satisfies(
            e ->
                assertThat(((ProvisioningException) e).fix())
                    .contains("<mariadbImage>")
                    .contains(ABSENT_IMAGE));
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(TestcontainersProvider.CHECK_LIMIT);
  }

  private static String containerId(DatabaseServer server) {
    Matcher m = CONTAINER_ID.matcher(server.describe());
    assertThat(m.find()).as(server.describe()).isTrue();
    return m.group(1);
  }

  private static List<Container> containersWithId(String id) {
    return DockerClientFactory.instance()
        .client()
        .listContainersCmd()
        .withShowAll(true)
        .withIdFilter(List.of(id))
        .exec();
  }

  private static String single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private static ProgressListener listener(List<String> lines) {
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
}
