package dev.roundtrip.verifier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.Roundtrip;
import dev.roundtrip.verifier.api.DialectRun;
import dev.roundtrip.verifier.api.RoundtripConfig;
import dev.roundtrip.verifier.api.RoundtripResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop sample's round trip with seeding on and off, three runs each, on embedded PostgreSQL
 * (server start excluded). {@code mvn -B verify -Pbenchmark -pl verifier}.
 */
@Tag("benchmark")
class ShopRoundTripBenchmark {
  @TempDir Path reports;

  @Test
  void seedingOnVersusOff() {
    Path shop = Path.of("../sample-projects/flyway-postgres-shop").toAbsolutePath().normalize();
    assertThat(Files.isDirectory(shop)).isTrue();
    for (int seedRows : new int[] {20, 0, 20, 0, 20, 0}) {
      RoundtripResult result =
          Roundtrip.verify(
              RoundtripConfig.builder(shop).seedRows(seedRows).reportDirectory(reports).build());
      DialectRun run = result.dialects().get(0);
      assertThat(result.passed()).as("shop passes with seedRows=%d", seedRows).isTrue();
      System.out.printf(
          "BENCHMARK shop seedRows=%d migrations=%d round-trip=%d ms%n",
          seedRows, run.migrations().size(), run.millis());
    }
  }
}
