package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.database.DatabaseProvider;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.Providers;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.migration.Migration;
import java.util.ArrayList;
import java.util.List;

/** Runs the round trip on every configured dialect, each on a server of its own. */
public final class RoundTripRunner {
  private final RoundtripConfig config;
  private final Providers providers;

  private final Allowances allowances;

  public RoundTripRunner(RoundtripConfig config, Providers providers, Allowances allowances) {
    this.config = config;
    this.providers = providers;
    this.allowances = allowances;
  }

  public List<DialectRun> run(List<Migration> migrations) {
    List<DialectRun> runs = new ArrayList<>();
    for (Dialect dialect : config.dialects()) {
      DatabaseProvider provider =
          providers.choose(
              dialect, config.provider(), config.providerSettings(), config.listener());
      long start = System.nanoTime();
      try (DatabaseServer server = provider.start(dialect, config.providerSettings())) {
        config
            .listener()
            .info(
                "["
                    + dialect.id()
                    + "] "
                    + server.describe()
                    + " ready in "
                    + (System.nanoTime() - start) / 1_000_000
                    + " ms");
        runs.add(new DialectRoundTrip(config, dialect, server, allowances).run(migrations));
      }
    }
    return runs;
  }
}
