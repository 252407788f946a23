package dev.roundtrip.verifier.database;

import java.util.function.Consumer;

/**
 * Whether a Docker engine can run a container from an image here and now: it answers, and the image
 * is present on it or its registry answers for it.
 */
interface DockerCheck {

  /**
   * Checks, telling {@code step} what it is doing before each step that may take time, so that a
   * caller who gives up can say where it hung.
   */
  Result check(String image, Consumer<String> step);

  /** Checks, without telling the steps. */
  default Result check(String image) {
    return check(image, step -> {});
  }

  /**
   * The answer.
   *
   * @param usable whether a container can be started from the image
   * @param detail one line for the log: the engine and the image when usable, else what is wrong
   */
  record Result(boolean usable, String detail) {
    static Result usable(String detail) {
      return new Result(true, detail);
    }

    static Result unusable(String detail) {
      return new Result(false, detail);
    }
  }
}
