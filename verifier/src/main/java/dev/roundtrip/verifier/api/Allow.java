package dev.roundtrip.verifier.api;

import java.util.Objects;

/**
 * An explicit, reviewed allowance: findings of {@code rule} on migration {@code version} (every
 * migration when null) are still reported, marked allowed with the reason, but fail nothing.
 *
 * @param rule the rule id, e.g. {@code data-lost}
 * @param version the migration version, e.g. {@code 5}, or null for every migration
 * @param reason why it is fine; required
 */
public record Allow(String rule, String version, String reason) {
  public Allow {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
