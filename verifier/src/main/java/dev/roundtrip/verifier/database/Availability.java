package dev.roundtrip.verifier.database;

/**
 * Whether a provider can serve a dialect here and now, and why, in words for the log line that says
 * which provider was chosen.
 *
 * @param available whether it can
 * @param reason why it can or cannot, e.g. {@code a server URL is set} or {@code no Docker engine
 *     answers}
 */
public record Availability(boolean available, String reason) {

  public static Availability available(String reason) {
    return new Availability(true, reason);
  }

  public static Availability unavailable(String reason) {
    return new Availability(false, reason);
  }
}
