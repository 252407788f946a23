package dev.roundtrip.verifier.database;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.InvalidConfigurationException;
import org.testcontainers.dockerclient.TransportConfig;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;

/**
 * The check as Testcontainers would find things: the engine its standard configuration names
 * ({@code DOCKER_HOST}, {@code ~/.testcontainers.properties}, Testcontainers Desktop or Cloud, the
 * default socket), the image after its image name substitution (e.g. {@code
 * hub.image.name.prefix}), and, unless {@code TESTCONTAINERS_RYUK_DISABLED=true}, the image of its
 * resource reaper (Ryuk), which it starts before the first container, and the address of the Docker
 * host, which it looks up before the first connection. An image is usable when it is present on the
 * engine, or when the engine's pull of it gets a first answer from the registry; a pull that fails
 * (no registry, unknown image, no access) makes it unusable, with the engine's words. Unbounded in
 * time: {@link BoundedDockerCheck} bounds it.
 */
final class TestcontainersDockerCheck implements DockerCheck {
  /** The reaper image Testcontainers 2.0.5 starts (its {@code RyukContainer}). */
  static final String RYUK_IMAGE = "testcontainers/ryuk:0.14.0";

  private static final Pattern JSON_MESSAGE =
      Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final UnaryOperator<String> environment;

  TestcontainersDockerCheck(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  @Override
  public Result check(String image, Consumer<String> step) {
    step.accept(
        "looking for a Docker engine (DOCKER_HOST, ~/.testcontainers.properties, default socket)");
    TransportConfig transport;
    try {
      transport = DockerClientFactory.instance().getTransportConfig();
    } catch (IllegalStateException | InvalidConfigurationException e) {
      return Result.unusable(
          "no Docker engine answers (Testcontainers looked at DOCKER_HOST,"
              + " ~/.testcontainers.properties and the default socket)");
    }
    String host = String.valueOf(transport.getDockerHost());
    DockerClient client = DockerClientProviderStrategy.getClientForConfig(transport);
    try {
      step.accept("asking the Docker engine at " + host + " for its version");
      String engine = "Docker " + client.versionCmd().exec().getVersion() + " at " + host;
      ImageState wanted = state(client, substituted(image), step);
      if (!wanted.usable()) {
        return Result.unusable(engine + " answers, but " + wanted.text());
      }
      if (!Boolean.parseBoolean(environment.apply("TESTCONTAINERS_RYUK_DISABLED"))) {
        ImageState ryuk = state(client, substituted(RYUK_IMAGE), step);
        if (!ryuk.usable()) {
          return Result.unusable(
              engine
                  + " answers, but Testcontainers' resource reaper needs "
                  + ryuk.text()
                  + "; set TESTCONTAINERS_RYUK_DISABLED=true in the environment to do without it"
                  + " (Roundtrip removes its containers itself)");
        }
      }
      step.accept(
          "asking Testcontainers for the Docker host's address (inside a container it starts "
              + "alpine:3.17 to find the gateway; TESTCONTAINERS_HOST_OVERRIDE=<address> skips"
              + " that)");
      DockerClientFactory.instance().dockerHostIpAddress();
      return Result.usable(engine + ", " + wanted.text());
    } catch (DockerException e) {
      return Result.unusable(
          "the Docker engine at " + host + " answered with an error: " + message(e));
    } finally {
      try {
        client.close();
      } catch (IOException ignored) {
        // a client of our own, for the check only
      }
    }
  }

  private static DockerImageName substituted(String image) {
    return ImageNameSubstitutor.instance().apply(DockerImageName.parse(image));
  }

  private static ImageState state(
      DockerClient client, DockerImageName name, Consumer<String> step) {
    step.accept("asking Docker for image " + name);
    try {
      client.inspectImageCmd(name.asCanonicalNameString()).exec();
      return new ImageState(true, "image " + name + " present");
    } catch (NotFoundException absent) {
      // ask its registry
    }
    step.accept("asking the registry for image " + name);
    PullProbe probe = new PullProbe();
    client.pullImageCmd(name.getUnversionedPart()).withTag(name.getVersionPart()).exec(probe);
    String error = probe.firstAnswer();
    return error == null
        ? new ImageState(true, "image " + name + " to be pulled from its registry")
        : new ImageState(false, "image " + name + " is not present and cannot be pulled: " + error);
  }

  /** The engine's own words: the JSON {@code message} of its answer where there is one. */
  static String message(Throwable e) {
    String text = String.valueOf(e.getMessage()).strip();
    Matcher m = JSON_MESSAGE.matcher(text);
    if (m.find()) {
      return m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return text;
  }

  private record ImageState(boolean usable, String text) {}

  /** Waits for the first answer to a pull: progress (the registry answers) or an error. */
  private static final class PullProbe extends ResultCallback.Adapter<PullResponseItem> {
    private final CountDownLatch answered = new CountDownLatch(1);
    private volatile String error;

    @Override
    public void onNext(PullResponseItem item) {
      if (item.isErrorIndicated() && answered.getCount() > 0) {
        error =
            item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                ? item.getErrorDetail().getMessage()
                : "the registry reported an error";
      }
      answered.countDown();
    }

    @Override
    public void onError(Throwable throwable) {
      if (answered.getCount() > 0) {
        error = message(throwable);
      }
      answered.countDown();
    }

    @Override
    public void onComplete() {
      answered.countDown();
    }

    /** Null when the registry answered, else what went wrong. */
    String firstAnswer() {
      try {
        answered.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        error = "interrupted while waiting for the registry";
      }
      try {
        close();
      } catch (IOException ignored) {
        // the pull goes on or stops; Testcontainers pulls again when it starts the container
      }
      return error;
    }
  }
}
