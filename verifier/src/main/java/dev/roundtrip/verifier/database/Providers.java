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
      DatabaseProvider p = configured(dialect, requested.trim());
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

  /**
   * The provider with the id that serves the dialect: several may share an id (there is an {@code
   * embedded} provider per database product).
   */
  private DatabaseProvider configured(Dialect dialect, String requested) {
    List<DatabaseProvider> named =
        providers.stream().filter(x -> x.id().equalsIgnoreCase(requested)).toList();
    if (named.isEmpty()) {
      throw new ProvisioningException(
          "unknown database provider '" + requested + "'",
          "Set <provider> to one of: " + ids() + ".");
    }
    return named.stream()
        .filter(x -> x.supports(dialect))
        .findFirst()
        .orElseThrow(() -> cannotServe(dialect, named.get(0).id()));
  }

  private static ProvisioningException cannotServe(Dialect dialect, String id) {
    if (id.equals("embedded")) {
      return new ProvisioningException(
          "no embedded server for " + dialect.displayName(),
          "Set <provider>server</provider> and <serverUrl> to a "
              + dialect.displayName()
              + " server (Testcontainers support comes later).");
    }
    return new ProvisioningException(
        "provider '" + id + "' cannot provide " + dialect.displayName(),
        "Choose another <provider> for " + dialect.id() + ".");
  }

  private String ids() {
    return providers.stream()
        .map(DatabaseProvider::id)
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
