package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.ProgressListener;
import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.DialectRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The database providers on the class path ({@link ServiceLoader}) and the choice among them: an
 * explicit provider wins; otherwise the first available of {@code testcontainers} (a Docker engine
 * can run the dialect's image), {@code embedded} (the dialect has an embedded server) and {@code
 * server} (a server URL is configured). The choice and its reason are logged on one line.
 */
public final class Providers {
  /** The providers tried, in this order, when none is configured. */
  static final List<String> DEFAULT_ORDER = List.of("testcontainers", "embedded", "server");

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

  /**
   * Chooses a provider for the dialect and says which and why on one line.
   *
   * @throws ProvisioningException when the configured provider is unknown or cannot serve the
   *     dialect, or when none is configured and none is available, with the ways to fix it
   */
  public DatabaseProvider choose(
      Dialect dialect, String requested, ProviderSettings settings, ProgressListener out) {
    String line = "[" + dialect.id() + "] database provider: ";
    if (requested != null) {
      DatabaseProvider p = configured(dialect, requested.trim());
      out.info(line + p.id() + " (configured)");
      return p;
    }
    List<String> passedOver = new ArrayList<>();
    for (String id : DEFAULT_ORDER) {
      for (DatabaseProvider p : providers) {
        if (!p.id().equals(id) || !p.supports(dialect)) {
          continue;
        }
        Availability a = p.availability(dialect, settings);
        if (a.available()) {
          out.info(line + id + " (" + reason(a, passedOver) + ")");
          return p;
        }
        passedOver.add(id + " unavailable: " + a.reason());
      }
    }
    throw new ProvisioningException(
        "no database provider can serve "
            + dialect.displayName()
            + (passedOver.isEmpty() ? "" : " (" + String.join("; ", passedOver) + ")"),
        waysToFix(dialect, settings));
  }

  private static String reason(Availability chosen, List<String> passedOver) {
    if (passedOver.isEmpty()) {
      return chosen.reason();
    }
    String others = String.join("; ", passedOver);
    return chosen.reason().equals("default") ? others : chosen.reason() + "; " + others;
  }

  private String waysToFix(Dialect dialect, ProviderSettings settings) {
    String name = dialect.displayName();
    boolean embedded =
        providers.stream().anyMatch(p -> p.id().equals("embedded") && p.supports(dialect));
    List<String> ways = new ArrayList<>();
    if (dialect.servers().officialImage() != null) {
      ways.add(
          "run a Docker engine that Testcontainers finds (DOCKER_HOST,"
              + " ~/.testcontainers.properties) and that has or can pull "
              + TestcontainersProvider.image(dialect, settings)
              + ", or set <"
              + dialect.id()
              + "Image> to an image it has");
    }
    if (dialect.servers().hasServers()) {
      ways.add(
          "set <serverUrl> (or ROUNDTRIP_SERVER_URL) to the admin JDBC URL of an existing "
              + name
              + " server");
    }
    if (embedded) {
      ways.add(
          "use <provider>embedded</provider> on a platform with embedded " + name + " binaries");
    } else {
      List<String> others =
          DialectRegistry.all().stream()
              .filter(
                  d -> providers.stream().anyMatch(p -> p.id().equals("embedded") && p.supports(d)))
              .map(Dialect::id)
              .toList();
      ways.add(
          "verify on "
              + String.join(", ", others.subList(0, Math.max(0, others.size() - 1)))
              + (others.size() > 1 ? " or " : "")
              + (others.isEmpty() ? "another dialect" : others.get(others.size() - 1))
              + ", which have an embedded server, instead of "
              + dialect.id());
    }
    StringBuilder fix = new StringBuilder(ways.size() > 1 ? "Either " : "");
    for (int i = 0; i < ways.size(); i++) {
      if (ways.size() > 1) {
        fix.append(i == 0 ? "" : i == ways.size() - 1 ? "; or " : "; ")
            .append('(')
            .append(i + 1)
            .append(") ");
      }
      fix.append(ways.get(i));
    }
    String text = fix.append('.').toString();
    return ways.size() > 1 ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
          "Set <provider>testcontainers</provider> to run "
              + dialect.displayName()
              + " in a container, or <provider>server</provider> and <serverUrl> to use an"
              + " existing "
              + dialect.displayName()
              + " server.");
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
