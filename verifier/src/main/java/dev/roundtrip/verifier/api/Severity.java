package dev.roundtrip.verifier.api;

/** How serious a finding is. Any {@link #ERROR} fails the build. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
