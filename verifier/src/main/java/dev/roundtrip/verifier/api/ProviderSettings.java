package dev.roundtrip.verifier.api;

import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.DialectRegistry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a provider may need: for {@code server} mode, the admin JDBC URL and credentials of an
 * existing server; for {@code testcontainers}, the container image per dialect where it is not the
 * official one.
 *
 * @param serverUrl admin JDBC URL of an existing server, or null
 * @param serverUser user for that URL, or null to take it from the URL
 * @param serverPassword password, or null
 * @param images container image per dialect (e.g. {@code registry.example.com/mirror/postgres:17}),
 *     each standing in for the dialect's official image; dialects not named get the official one
 */
public record ProviderSettings(
    String serverUrl, String serverUser, String serverPassword, Map<Dialect, String> images) {

  public ProviderSettings {
    Map<Dialect, String> copy = new LinkedHashMap<>();
    if (images != null) {
      for (Dialect dialect : DialectRegistry.all()) {
        String image = images.get(dialect);
        if (image != null && !image.isBlank()) {
          copy.put(dialect, image.trim());
        }
      }
    }
    images = Collections.unmodifiableMap(copy);
  }

  /** Server settings, with the official container images. */
  public ProviderSettings(String serverUrl, String serverUser, String serverPassword) {
    this(serverUrl, serverUser, serverPassword, Map.of());
  }

  public static ProviderSettings none() {
    return new ProviderSettings(null, null, null);
  }

  public boolean hasServerUrl() {
    return serverUrl != null && !serverUrl.isBlank();
  }

  /** The container image configured for the dialect, or null for the provider's default. */
  public String image(Dialect dialect) {
    return images.get(dialect);
  }

  /** These settings with the container images replaced. */
  public ProviderSettings withImages(Map<Dialect, String> images) {
    return new ProviderSettings(serverUrl, serverUser, serverPassword, images);
  }

  @Override
  public String toString() {
    return "ProviderSettings[serverUrl="
        + Redaction.redact(serverUrl, serverPassword)
        + ", serverUser="
        + serverUser
        + ", serverPassword="
        + (Objects.isNull(serverPassword) ? "none" : "****")
        + ", images="
        + images
        + "]";
  }
}
