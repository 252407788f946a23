package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.api.Redaction;
import dev.roundtrip.verifier.dialect.Dialect;

/**
 * {@code server}: an existing server given by an admin JDBC URL. Each run creates its own uniquely
 * named database there and drops it at the end, also on failure.
 */
public final class ServerProvider implements DatabaseProvider {

  @Override
  public String id() {
    return "server";
  }

  @Override
  public boolean supports(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL;
  }

  @Override
  public DatabaseServer start(Dialect dialect, ProviderSettings settings) {
    if (!settings.hasServerUrl()) {
      throw new ProvisioningException(
          "provider 'server' needs the admin JDBC URL of an existing "
              + dialect.displayName()
              + " server, and none is configured",
          "Set <serverUrl> (property roundtrip.serverUrl, or the environment variable"
              + " ROUNDTRIP_SERVER_URL), e.g. jdbc:postgresql://127.0.0.1:5432/postgres.");
    }
    String url = settings.serverUrl().trim();
    if (!url.startsWith(dialect.jdbcPrefix())) {
      throw new ProvisioningException(
          "server URL "
              + Redaction.redact(url, settings.serverPassword())
              + " is not a "
              + dialect.displayName()
              + " JDBC URL",
          "A "
              + dialect.displayName()
              + " URL starts with "
              + dialect.jdbcPrefix()
              + "//host:port/database.");
    }
    String safeUrl = Redaction.redact(url, settings.serverPassword());
    String version =
        PostgresServer.probeVersion(url, settings.serverUser(), settings.serverPassword());
    return new PostgresServer(
        url,
        settings.serverUser(),
        settings.serverPassword(),
        "PostgreSQL " + version + " at " + hostPart(safeUrl),
        null);
  }

  private static String hostPart(String url) {
    int start = url.indexOf("//");
    if (start < 0) {
      return url;
    }
    int end = url.indexOf('/', start + 2);
    return end < 0 ? url.substring(start + 2) : url.substring(start + 2, end);
  }
}
