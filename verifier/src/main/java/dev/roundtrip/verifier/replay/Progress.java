package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Durations;
import dev.roundtrip.verifier.api.ProgressListener;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Says where a long run of one dialect is: {@code [postgresql] migration 120 of 346, 1 min 23 s},
 * at most once per {@link #EVERY}, and not at all in a run shorter than that.
 */
final class Progress {
  static final Duration EVERY = Duration.ofSeconds(10);

  private final ProgressListener out;
  private final String dialect;
  private final int total;
  private final LongSupplier nanoClock;
  private final long start;
  private long last;

  Progress(ProgressListener out, String dialect, int total) {
    this(out, dialect, total, System::nanoTime);
  }

  Progress(ProgressListener out, String dialect, int total, LongSupplier nanoClock) {
    this.out = out;
    this.dialect = dialect;
    this.total = total;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.last = start;
  }

  /** The run is at the migration of {@code index} (0-based): says so if it is time to. */
  void at(int index) {
    long now = nanoClock.getAsLong();
    if (now - last < EVERY.toNanos()) {
      return;
    }
    last = now;
    out.info(
        "["
            + dialect
            + "] migration "
            + (index + 1)
            + " of "
            + total
            + ", "
            + Durations.elapsed(Duration.ofNanos(now - start)));
  }
}
