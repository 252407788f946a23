package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.api.Redaction;
import dev.roundtrip.verifier.dialect.Dialect;

/**
 * {@code server}: an existing server given by an admin JDBC URL ({@code jdbc:postgresql:}, {@code
 * jdbc:mysql:} or {@code jdbc:mariadb:}, after the dialect). Each run creates its own uniquely
 * named database there and drops it at the end, also on failure and on SIGTERM or Ctrl-C; and drops
 * those that runs of this user on this machine left when they were killed ({@link OwnedNames}).
 */
public final class ServerProvider implements DatabaseProvider {

  @Override
  public String id() {
    return "server";
  }

  @Override
  public boolean supports(Dialect dialect) {
    return dialect.servers().hasServers();
  }

  /** Available when a server URL is configured. */
  @Override
  public Availability availability(Dialect dialect, ProviderSettings settings) {
    return supports(dialect) && settings.hasServerUrl()
        ? Availability.available("a server URL is set")
        : Availability.unavailable("no server URL is set");
  }

  @Override
  public DatabaseServer start(Dialect dialect, ProviderSettings settings) {
    if (!settings.hasServerUrl()) {
      throw new ProvisioningException(
          "provider 'server' needs the admin JDBC URL of an existing "
              + dialect.displayName()
              + " server, and none is configured",
          "Set <serverUrl> (property roundtrip.serverUrl, or the environment variable"
              + " ROUNDTRIP_SERVER_URL), e.g. "
              + exampleUrl(dialect)
              + ".");
    }
    String url = settings.serverUrl().trim();
    String user = settings.serverUser();
    String password = settings.serverPassword();
    String safeUrl = Redaction.redact(url, password);
    if (!url.startsWith(dialect.jdbcPrefix())) {
      throw new ProvisioningException(
          "server URL " + safeUrl + " is not a " + dialect.displayName() + " JDBC URL",
          "A "
              + dialect.displayName()
              + " URL starts with "
              + dialect.jdbcPrefix()
              + "//host:port/, e.g. "
              + exampleUrl(dialect)
              + ".");
    }
    AbstractDatabaseServer server =
        dialect.servers().connect(url, user, password, " at " + hostPart(safeUrl), null);
    server.dropAbandoned();
    return server;
  }

  private static String exampleUrl(Dialect dialect) {
    return dialect.servers().exampleServerUrl();
  }

  private static String hostPart(String url) {
    int start = url.indexOf("//");
    if (start < 0) {
      return url;
    }
    int end = start + 2;
    while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
      end++;
    }
    return url.substring(start + 2, end);
  }
}
