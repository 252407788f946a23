package dev.roundtrip.verifier.testing;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.database.Availability;
import dev.roundtrip.verifier.database.TestcontainersProvider;
import dev.roundtrip.verifier.dialect.Dialect;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The images the container tests start: those named by {@value #POSTGRES_VARIABLE}, {@value
 * #MARIADB_VARIABLE} and {@value #MYSQL_VARIABLE} (CI's {@code .ci/containers} sets the first two
 * to images it builds, as no registry is reachable there), else the official images. Where Docker
 * cannot run them, the tests are skipped, and the reason is printed.
 */
public final class DockerTestImages {
  public static final String POSTGRES_VARIABLE = "ROUNDTRIP_TEST_POSTGRES_IMAGE";
  public static final String MARIADB_VARIABLE = "ROUNDTRIP_TEST_MARIADB_IMAGE";
  public static final String MYSQL_VARIABLE = "ROUNDTRIP_TEST_MYSQL_IMAGE";

  private DockerTestImages() {}

  /** Provider settings with the test images. */
  public static ProviderSettings settings() {
    Map<Dialect, String> images = new LinkedHashMap<>();
    put(images, TestDialects.POSTGRESQL, POSTGRES_VARIABLE);
    put(images, TestDialects.MARIADB, MARIADB_VARIABLE);
    put(images, TestDialects.MYSQL, MYSQL_VARIABLE);
    return ProviderSettings.none().withImages(images);
  }

  /** Skips the test, saying why, unless Docker can run the dialect's image here. */
  public static void assumeDockerCanRun(Dialect dialect, ProviderSettings settings) {
    Availability a = new TestcontainersProvider().availability(dialect, settings);
    assume(a.available(), "no " + dialect.id() + " container: " + a.reason());
  }

  /** Skips the test, saying why, unless a Docker engine answers (whatever images it has). */
  public static void assumeEngineAnswers() {
    Availability a = new TestcontainersProvider().availability(TestDialects.POSTGRESQL, settings());
    assume(
        a.available() || a.reason().contains(" answers, but "),
        "Docker cannot run containers here: " + a.reason());
  }

  private static void assume(boolean condition, String reason) {
    if (!condition) {
      System.out.println("SKIPPED (container test): " + reason);
    }
    Assumptions.assumeTrue(condition, reason);
  }

  private static void put(Map<Dialect, String> images, Dialect dialect, String variable) {
    String image = System.getenv(variable);
    if (image != null && !image.isBlank()) {
      images.put(dialect, image);
    }
  }
}
