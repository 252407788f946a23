package dev.roundtrip.verifier.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The time limit on the Docker check, with checks that hang or answer; no Docker involved. */
class BoundedDockerCheckTest {
  private static final Duration LIMIT = Duration.ofMillis(300);

  @Test
  void aCheckThatHangsIsAbandonedAtTheLimitNamingTheStepItHungIn() {
    CountDownLatch never = new CountDownLatch(1);
    BoundedDockerCheck check =
        new BoundedDockerCheck(
            (image, step) -> {
              step.accept("asking the registry for image " + image);
              try {
                never.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return DockerCheck.Result.usable("too late");
            },
            LIMIT);

    long start = System.nanoTime();
    DockerCheck.Result result = check.check("postgres:17");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(result.usable()).isFalse();
    assertThat(result.detail())
        .isEqualTo(
            "gave up after 300 ms asking the registry for image postgres:17; set <provider> to"
                + " embedded or server to skip Docker, or fix the engine");
    assertThat(took).isGreaterThanOrEqualTo(LIMIT).isLessThan(LIMIT.plusSeconds(2));
  }

  @Test
  void afterAHangEveryCheckAnswersAtOnceWithoutAskingAgain() {
    AtomicInteger asked = new AtomicInteger();
    BoundedDockerCheck check =
        new BoundedDockerCheck(
            (image, step) -> {
              asked.incrementAndGet();
              step.accept("looking for a Docker engine");
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return DockerCheck.Result.usable("too late");
            },
            LIMIT);
    check.check("postgres:17");

    long start = System.nanoTime();
    DockerCheck.Result again = check.check("mariadb:11.4");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LIMIT);
    assertThat(again.usable()).isFalse();
    assertThat(again.detail()).startsWith("gave up after 300 ms looking for a Docker engine");
    assertThat(asked).hasValue(1);
  }

  @Test
  void answersSayHowLongTheCheckTookAndAreKeptPerImage() {
    AtomicInteger asked = new AtomicInteger();
    BoundedDockerCheck check =
        new BoundedDockerCheck(
            (image, step) -> {
              asked.incrementAndGet();
              return image.startsWith("postgres")
                  ? DockerCheck.Result.usable(
                      "Docker 27.1 at unix:///x, image " + image + " present")
                  : DockerCheck.Result.unusable("image " + image + " is not present");
            },
            LIMIT);

    DockerCheck.Result postgres = check.check("postgres:17");
    DockerCheck.Result mysql = check.check("mysql:8.4");
    DockerCheck.Result postgresAgain = check.check("postgres:17");

    assertThat(postgres.usable()).isTrue();
    assertThat(postgres.detail())
        .matches("Docker 27\\.1 at unix:///x, image postgres:17 present; checked in \\d+ ms");
    assertThat(mysql.usable()).isFalse();
    assertThat(mysql.detail()).matches("image mysql:8\\.4 is not present; checked in \\d+ ms");
    assertThat(postgresAgain).isEqualTo(postgres);
    assertThat(asked).hasValue(2);
  }

  @Test
  void aCheckThatThrowsIsUnusableWithItsMessage() {
    BoundedDockerCheck check =
        new BoundedDockerCheck(
            (image, step) -> {
              throw new IllegalStateException("socket closed");
            },
            LIMIT);

    DockerCheck.Result result = check.check("postgres:17");

    assertThat(result.usable()).isFalse();
    assertThat(result.detail())
        .matches("the Docker check failed unexpectedly: socket closed; checked in \\d+ ms");
  }

  @Test
  void theEngineSaysWhatIsWrongInItsOwnWords() {
    assertThat(
            TestcontainersDockerCheck.message(
                new IllegalStateException(
                    "Status 500: {\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\":"
                        + " dial tcp: lookup registry-1.docker.io: no such host\"}\n")))
        .isEqualTo(
            "Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io: no"
                + " such host");
    assertThat(TestcontainersDockerCheck.message(new IllegalStateException("plain words ")))
        .isEqualTo("plain words");
  }
}
