package dev.roundtrip.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.api.RoundtripException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serverId}: the credentials of a {@code <server>} of settings.xml, and their order. */
class ServerCredentialsTest {
  private static final String ENCRYPTED = "{COQLCE6DU6GtcS5P=}";

  @TempDir Path base;
  private MavenProject project;
  private final Settings settings = new Settings();

  /** Decrypts {@link #ENCRYPTED} to "from-settings", as Maven's decrypter with a master key. */
  private final SettingsDecrypter decrypter =
      new SettingsDecrypter() {
        @Override
        public SettingsDecryptionResult decrypt(SettingsDecryptionRequest request) {
          Server server = request.getServers().get(0).clone();
          List<SettingsProblem> problems = List.of();
          if (ENCRYPTED.equals(server.getPassword())) {
            server.setPassword("from-settings");
          } else if (server.getPassword() != null && server.getPassword().startsWith("{")) {
            problems =
                List.of(
                    new DefaultSettingsProblem(
                        "Failed to decrypt password for server " + server.getId() + ": bad key",
                        SettingsProblem.Severity.ERROR,
                        "server: " + server.getId(),
                        -1,
                        -1,
                        null));
          }
          List<SettingsProblem> found = problems;
          return new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
              return server;
            }

            @Override
            public List<Server> getServers() {
              return List.of(server);
            }

            @Override
            public org.apache.maven.settings.Proxy getProxy() {
              return null;
            }

            @Override
            public List<org.apache.maven.settings.Proxy> getProxies() {
              return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
              return found;
            }
          };
        }
      };

  @BeforeEach
  void project() throws IOException {
    Files.createDirectories(base.resolve("src/main/resources/db/migration"));
    project = TestProjects.at(base);
    server("roundtrip-db", "settings-user", ENCRYPTED);
    server("other", "x", "y");
  }

  private void server(String id, String user, String password) {
    Server s = new Server();
    s.setId(id);
    s.setUsername(user);
    s.setPassword(password);
    settings.addServer(s);
  }

  private VerifyMojo mojo(String serverId) {
    VerifyMojo mojo = new VerifyMojo();
    mojo.serverId = serverId;
    mojo.settings = settings;
    mojo.settingsDecrypter = decrypter;
    return mojo;
  }

  private ProviderSettings settingsFor(VerifyMojo mojo, Map<String, String> env) {
    return new ConfigFactory(project, env::get)
        .build(mojo, ProgressListener.silent())
        .providerSettings();
  }

  @Test
  void theServerOfSettingsGivesUserAndDecryptedPassword() {
    ProviderSettings s = settingsFor(mojo("roundtrip-db"), Map.of());
    assertThat(s.serverUser()).isEqualTo("settings-user");
    assertThat(s.serverPassword()).isEqualTo("from-settings");
  }

  @Test
  void parametersWinOverTheServerFieldByField() {
    VerifyMojo mojo = mojo("roundtrip-db");
    mojo.serverUser = "pom-user";
    ProviderSettings userOnly = settingsFor(mojo, Map.of());
    assertThat(userOnly.serverUser()).isEqualTo("pom-user");
    assertThat(userOnly.serverPassword()).isEqualTo("from-settings");

    mojo.serverPassword = new Secret("from-parameter");
    assertThat(settingsFor(mojo, Map.of()).serverPassword()).isEqualTo("from-parameter");
  }

  @Test
  void theServerWinsOverTheEnvironment() {
    Map<String, String> env =
        Map.of("ROUNDTRIP_SERVER_USER", "env-user", "ROUNDTRIP_SERVER_PASSWORD", "from-env");
    ProviderSettings s = settingsFor(mojo("roundtrip-db"), env);
    assertThat(s.serverUser()).isEqualTo("settings-user");
    assertThat(s.serverPassword()).isEqualTo("from-settings");

    Server passwordless = settings.getServer("other");
    passwordless.setPassword(null);
    ProviderSettings partial = settingsFor(mojo("other"), env);
    assertThat(partial.serverUser()).isEqualTo("x");
    assertThat(partial.serverPassword()).isEqualTo("from-env");
  }

  @Test
  void anUnknownServerIdNamesThePomElementAndSettingsXml() {
    assertThatThrownBy(() -> settingsFor(mojo("roundtrip-prod"), Map.of()))
        .isInstanceOf(RoundtripException.class)
        .hasMessage(
            "<serverId>: settings.xml has no <server> with the id 'roundtrip-prod' (known:"
                + " roundtrip-db, other)")
        .satisfies(
            e ->
                assertThat(((RoundtripException) e).fix())
                    .contains("<server><id>roundtrip-prod</id>")
                    .contains("~/.m2/settings.xml (or the file given with -s)")
                    .contains("fix <serverId> (roundtrip.serverId)"));
  }

  @Test
  void aPasswordThatCannotBeDecryptedIsAnErrorWithoutThePassword() {
    settings.getServer("other").setPassword("{not-decryptable}");
    assertThatThrownBy(() -> settingsFor(mojo("other"), Map.of()))
        .isInstanceOf(RoundtripException.class)
        .hasMessage(
            "<serverId>: the password of <server> 'other' in settings.xml cannot be decrypted:"
                + " Failed to decrypt password for server other: bad key")
        .hasMessageNotContaining("not-decryptable");
  }

  @Test
  void withoutServerIdTheSettingsAreNotRead() {
    VerifyMojo mojo = mojo(" ");
    mojo.settings = null;
    ProviderSettings s = settingsFor(mojo, Map.of("ROUNDTRIP_SERVER_PASSWORD", "from-env"));
    assertThat(s.serverUser()).isNull();
    assertThat(s.serverPassword()).isEqualTo("from-env");
  }

  @Test
  void credentialsPrintWithoutThePassword() {
    assertThat(new ServerCredentials("u", "s3cret"))
        .hasToString("ServerCredentials[user=u, password=****]");
    assertThat(new Secret("s3cret")).hasToString("******");
    assertThat(new Secret(" ")).hasToString("(none)");
  }
}
