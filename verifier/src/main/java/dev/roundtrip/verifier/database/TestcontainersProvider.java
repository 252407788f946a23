package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.dialect.Dialect;
import java.time.Duration;
import org.testcontainers.utility.DockerImageName;

/**
 * {@code testcontainers}: a fresh container per dialect, started through Testcontainers from the
 * official image (pinned by the dialect, {@link DialectServers#officialImage()}) or from the image
 * configured for the dialect, which stands in for the official one (a mirror, a private registry,
 * an image built in-house). Testcontainers' standard configuration applies: {@code DOCKER_HOST},
 * {@code ~/.testcontainers.properties}, remote and cloud Docker hosts, image name substitution. The
 * container runs without durability (fsync and redo log flushes off) and is removed at the end,
 * also on failure and on Ctrl-C.
 *
 * <p>Whether Docker can run the image is checked within {@link #CHECK_LIMIT}: an engine that
 * answers but cannot pull, which makes Testcontainers retry for minutes, is reported instead.
 */
public final class TestcontainersProvider implements DatabaseProvider {
  /** How long the check that Docker can run an image may take. */
  public static final Duration CHECK_LIMIT = Duration.ofSeconds(10);

  private static final DockerCheck SHARED =
      new BoundedDockerCheck(new TestcontainersDockerCheck(System::getenv), CHECK_LIMIT);

  private final DockerCheck docker;

  public TestcontainersProvider() {
    this(SHARED);
  }

  TestcontainersProvider(DockerCheck docker) {
    this.docker = docker;
  }

  @Override
  public String id() {
    return "testcontainers";
  }

  @Override
  public boolean supports(Dialect dialect) {
    return dialect.servers().officialImage() != null;
  }

  /**
   * Available when a Docker engine answers and the image is present on it or can be pulled; the
   * reason names the engine and the image, or says what is missing.
   *
   * @throws ProvisioningException when the configured image is not a valid image name
   */
  @Override
  public Availability availability(Dialect dialect, ProviderSettings settings) {
    if (!supports(dialect)) {
      return Availability.unavailable("no container image serves " + dialect.displayName());
    }
    DockerCheck.Result result = docker.check(imageName(dialect, settings).asCanonicalNameString());
    return result.usable()
        ? Availability.available(result.detail())
        : Availability.unavailable(result.detail());
  }

  @Override
  public DatabaseServer start(Dialect dialect, ProviderSettings settings) {
    if (!supports(dialect)) {
      throw new ProvisioningException(
          "provider 'testcontainers' cannot provide " + dialect.displayName(),
          "Choose another <provider> for " + dialect.id() + ".");
    }
    DockerImageName image = imageName(dialect, settings);
    DockerCheck.Result result = docker.check(image.asCanonicalNameString());
    if (!result.usable()) {
      throw new ProvisioningException(
          "provider 'testcontainers' cannot start a "
              + dialect.displayName()
              + " container: "
              + result.detail(),
          "Start a Docker engine that Testcontainers finds (DOCKER_HOST,"
              + " ~/.testcontainers.properties) and that has or can pull "
              + image.asCanonicalNameString()
              + ", or set <"
              + dialect.id()
              + "Image> to an image it has, or choose another <provider>.");
    }
    return DatabaseContainers.start(dialect, image);
  }

  /** The image for the dialect: the configured one, else the official one. */
  public static String image(Dialect dialect, ProviderSettings settings) {
    String configured = settings.image(dialect);
    return configured != null ? configured : officialImage(dialect);
  }

  /** The official image of the dialect, with its pinned version; null when it has none. */
  public static String officialImage(Dialect dialect) {
    return dialect.servers().officialImage();
  }

  /** The image, declared a substitute for the official one (Testcontainers checks that). */
  static DockerImageName imageName(Dialect dialect, ProviderSettings settings) {
    String image = image(dialect, settings);
    DockerImageName name;
    try {
      name = DockerImageName.parse(image);
      name.assertValid();
    } catch (IllegalArgumentException e) {
      throw new ProvisioningException(
          "<" + dialect.id() + "Image>: '" + image + "' is not a valid image name",
          "Name an image as Docker does, e.g. registry.example.com/mirror/"
              + officialImage(dialect)
              + ".",
          e);
    }
    String official = DockerImageName.parse(officialImage(dialect)).getUnversionedPart();
    return name.asCompatibleSubstituteFor(official);
  }
}
