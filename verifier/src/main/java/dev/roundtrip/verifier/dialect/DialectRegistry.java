package dev.roundtrip.verifier.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The dialects on the class path, found once with {@link ServiceLoader} in the order their
 * providers are listed; the first is the default.
 */
public final class DialectRegistry {
  private static final List<Dialect> ALL = load();

  private DialectRegistry() {}

  private static List<Dialect> load() {
    List<Dialect> found = new ArrayList<>();
    for (Dialect d : ServiceLoader.load(Dialect.class, DialectRegistry.class.getClassLoader())) {
      for (Dialect known : found) {
        if (known.id().equals(d.id())) {
          throw new IllegalStateException(
              "two dialects have the id '"
                  + d.id()
                  + "': "
                  + known.getClass().getName()
                  + " and "
                  + d.getClass().getName());
        }
      }
      found.add(d);
    }
    if (found.isEmpty()) {
      throw new IllegalStateException(
          "no dialect found: META-INF/services/" + Dialect.class.getName() + " is missing");
    }
    return List.copyOf(found);
  }

  /** Every known dialect. */
  public static List<Dialect> all() {
    return ALL;
  }

  /** The dialect used when the configuration names none. */
  public static Dialect defaultDialect() {
    return ALL.get(0);
  }

  /** The dialect with this id (case-insensitive), or an exception listing the known ones. */
  public static Dialect byId(String id) {
    String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
    for (Dialect d : ALL) {
      if (d.id().equals(wanted)) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown dialect '" + id + "'; known dialects: " + knownIds());
  }

  /** The ids of the known dialects, comma-separated. */
  public static String knownIds() {
    return ALL.stream().map(Dialect::id).collect(Collectors.joining(", "));
  }
}
