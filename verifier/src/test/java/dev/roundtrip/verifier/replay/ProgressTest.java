package dev.roundtrip.verifier.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtrip.verifier.api.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The progress line of a long run: at most every 10 s, none in a short run. */
class ProgressTest {
  private final List<String> lines = new ArrayList<>();
  private long now = 1_000;

  private final ProgressListener listener =
      new ProgressListener() {
        @Override
        public void info(String line) {
          lines.add("INFO " + line);
        }

        @Override
        public void warn(String line) {
          lines.add("WARN " + line);
        }

        @Override
        public void debug(String line) {
          lines.add("DEBUG " + line);
        }
      };

  private void pass(long seconds) {
    now += TimeUnit.SECONDS.toNanos(seconds);
  }

  @Test
  void aRunShorterThanTenSecondsSaysNothing() {
    Progress progress = new Progress(listener, "postgresql", 346, () -> now);
    for (int i = 0; i < 346; i++) {
      progress.at(i);
      now += TimeUnit.MILLISECONDS.toNanos(25);
    }
    assertThat(lines).isEmpty();
  }

  @Test
  void aLongRunSaysWhereItIsAtMostEveryTenSeconds() {
    Progress progress = new Progress(listener, "postgresql", 346, () -> now);
    progress.at(0);
    pass(9);
    progress.at(60);
    pass(1);
    progress.at(70);
    pass(3);
    progress.at(80);
    pass(70);
    progress.at(119);
    progress.at(120);

    assertThat(lines)
        .containsExactly(
            "INFO [postgresql] migration 71 of 346, 10 s",
            "INFO [postgresql] migration 120 of 346, 1 min 23 s");
  }
}
