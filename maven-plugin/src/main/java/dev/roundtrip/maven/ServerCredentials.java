package dev.roundtrip.maven;

import dev.roundtrip.verifier.api.RoundtripException;
import java.util.stream.Collectors;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The user and password for {@code provider=server}, each from the first source that has it: the
 * goal's {@code serverUser} / {@code serverPassword}, then the {@code <server>} of {@code
 * settings.xml} named by {@code serverId} (its password decrypted as Maven decrypts it), then the
 * environment variables {@code ROUNDTRIP_SERVER_USER} / {@code ROUNDTRIP_SERVER_PASSWORD}.
 *
 * @param user the user, or null
 * @param password the password, or null
 */
record ServerCredentials(String user, String password) {

  /** The credentials of {@code <server>} {@code serverId}, or none when it is unset. */
  static ServerCredentials fromSettings(
      String serverId, Settings settings, SettingsDecrypter decrypter) {
    if (serverId == null || serverId.isBlank()) {
      return new ServerCredentials(null, null);
    }
    String id = serverId.trim();
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      throw new RoundtripException(
          "<serverId>: settings.xml has no <server> with the id '"
              + id
              + "' (known: "
              + known(settings)
              + ")",
          "Add <server><id>"
              + id
              + "</id><username>...</username><password>...</password></server> to"
              + " ~/.m2/settings.xml (or the file given with -s), or fix <serverId>"
              + " (roundtrip.serverId).");
    }
    if (decrypter != null) {
      SettingsDecryptionResult result =
          decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      for (SettingsProblem problem : result.getProblems()) {
        if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
          throw new RoundtripException(
              "<serverId>: the password of <server> '"
                  + id
                  + "' in settings.xml cannot be decrypted: "
                  + problem.getMessage(),
              "Check ~/.m2/settings-security.xml (see Maven's password encryption guide), or"
                  + " give the password unencrypted or in ROUNDTRIP_SERVER_PASSWORD.");
        }
      }
      server = result.getServer();
    }
    return new ServerCredentials(
        blankAsNull(server.getUsername()), blankAsNull(server.getPassword()));
  }

  /** This user and password where set, else those of {@code fallback}. */
  ServerCredentials or(ServerCredentials fallback) {
    return new ServerCredentials(
        user != null ? user : fallback.user, password != null ? password : fallback.password);
  }

  private static String known(Settings settings) {
    if (settings == null || settings.getServers().isEmpty()) {
      return "none";
    }
    return settings.getServers().stream().map(Server::getId).collect(Collectors.joining(", "));
  }

  static String blankAsNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public String toString() {
    return "ServerCredentials[user="
        + user
        + ", password="
        + (password == null ? "none" : "****")
        + "]";
  }
}
