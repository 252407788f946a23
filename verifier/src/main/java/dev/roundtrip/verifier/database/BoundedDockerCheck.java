package dev.roundtrip.verifier.database;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A {@link DockerCheck} that answers within a time limit, whatever the engine does: an engine that
 * accepts connections but never answers, or Testcontainers retrying a pull for minutes, must not
 * stall a build. The check runs in a daemon thread; when it does not finish in time the answer is
 * "unusable", naming the step it was stuck in, and every later check in this JVM gives the same
 * answer at once (the stuck step may hold Testcontainers' locks). Answers are kept for a minute.
 */
final class BoundedDockerCheck implements DockerCheck {
  private static final Duration KEEP = Duration.ofMinutes(1);

  private final DockerCheck inner;
  private final Duration limit;
  private final Map<String, Kept> answers = new HashMap<>();
  private String stuck;

  BoundedDockerCheck(DockerCheck inner, Duration limit) {
    this.inner = inner;
    this.limit = limit;
  }

  @Override
  public synchronized Result check(String image, Consumer<String> step) {
    if (stuck != null) {
      return Result.unusable(stuck);
    }
    Kept kept = answers.get(image);
    if (kept != null && kept.until > System.nanoTime()) {
      return kept.result;
    }
    long start = System.nanoTime();
    AtomicReference<String> current = new AtomicReference<>("starting");
    FutureTask<Result> task =
        new FutureTask<>(
            () ->
                inner.check(
                    image,
                    s -> {
                      current.set(s);
                      step.accept(s);
                    }));
    Thread thread = new Thread(task, "roundtrip-docker-check");
    thread.setDaemon(true);
    thread.start();
    Result result;
    try {
      result = task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      thread.interrupt();
      stuck =
          "gave up after "
              + seconds(limit)
              + " "
              + current.get()
              + "; set <provider> to embedded or server to skip Docker, or fix the engine";
      return Result.unusable(stuck);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      result = Result.unusable("the Docker check failed unexpectedly: " + cause.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.unusable("the Docker check was interrupted");
    }
    Result timed =
        new Result(
            result.usable(),
            result.detail() + "; checked in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    answers.put(image, new Kept(timed, System.nanoTime() + KEEP.toNanos()));
    return timed;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private record Kept(Result result, long until) {}
}
