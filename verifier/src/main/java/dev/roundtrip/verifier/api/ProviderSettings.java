package dev.roundtrip.verifier.api;

import java.util.Objects;

/**
 * What a provider may need: for {@code server} mode, the admin JDBC URL and credentials of an
 * existing server.
 *
 * @param serverUrl admin JDBC URL of an existing server, or null
 * @param serverUser user for that URL, or null to take it from the URL
 * @param serverPassword password, or null
 */
public record ProviderSettings(String serverUrl, String serverUser, String serverPassword) {

  public static ProviderSettings none() {
    return new ProviderSettings(null, null, null);
  }

  public boolean hasServerUrl() {
    return serverUrl != null && !serverUrl.isBlank();
  }

  @Override
  public String toString() {
    return "ProviderSettings[serverUrl="
        + Redaction.redact(serverUrl, serverPassword)
        + ", serverUser="
        + serverUser
        + ", serverPassword="
        + (Objects.isNull(serverPassword) ? "none" : "****")
        + "]";
  }
}
