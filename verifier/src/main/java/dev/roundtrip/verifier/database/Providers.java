package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The database providers on the class path ({@link ServiceLoader}) and the choice among them: an
 * explicit provider wins; otherwise {@code embedded} where it serves the dialect, else {@code
 * server} when a server URL is configured.
 */
public final class Providers {
  private final List<DatabaseProvider> providers;

  public Providers(List<DatabaseProvider> providers) {
    this.providers = List.copyOf(providers);
  }

  /** The providers registered with {@link ServiceLoader}. */
  public static Providers discover() {
    List<DatabaseProvider> found = new ArrayList<>();
    ServiceLoader.load(DatabaseProvider.class, DatabaseProvider.class.getClassLoader())
        .forEach(found::add);
    return new Providers(found);
  }

  /** Chooses a provider for the dialect and says why on one line. */
  public DatabaseProvider choose(
      Dialect dialect, String requested, ProviderSettings settings, ProgressListener out) {
    if (requested != null) {
      DatabaseProvider p =
          providers.stream()
              .filter(x -> x.id().equalsIgnoreCase(requested))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ProvisioningException(
                          "unknown database provider '" + requested + "'",
                          "Set <provider> to one of: " + ids() + "."));
      if (!p.supports(dialect)) {
        throw new ProvisioningException(
            "provider '" + p.id() + "' cannot provide " + dialect.displayName(),
            "Choose another <provider> for " + dialect.id() + ".");
      }
      out.info("[" + dialect.id() + "] database provider: " + p.id() + " (configured)");
      return p;
    }
    for (DatabaseProvider p : providers) {
      if (p.id().equals("embedded") && p.supports(dialect)) {
        out.info("[" + dialect.id() + "] database provider: embedded (default)");
        return p;
      }
    }
    if (settings.hasServerUrl()) {
      for (DatabaseProvider p : providers) {
        if (p.id().equals("server") && p.supports(dialect)) {
          out.info("[" + dialect.id() + "] database provider: server (a server URL is set)");
          return p;
        }
      }
    }
    throw new ProvisioningException(
        "no database provider can serve " + dialect.displayName(),
        "Set <provider>server</provider> and <serverUrl> to an existing "
            + dialect.displayName()
            + " server.");
  }

  private String ids() {
    return providers.stream().map(DatabaseProvider::id).collect(Collectors.joining(", "));
  }
}
