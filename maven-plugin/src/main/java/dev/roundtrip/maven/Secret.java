package dev.roundtrip.maven;

/**
 * A parameter value that must not be shown: Maven prints each parameter of a goal with {@code
 * toString()} when run with {@code -X}, and this one prints as {@code ******}. Maven binds a plain
 * string to it ({@code <serverPassword>...</serverPassword>} or {@code -Droundtrip.serverPassword})
 * through {@link SecretConfigurator}, which never hands the text to Maven's debug log.
 */
public final class Secret {
  private final String value;

  /** A secret with no value. */
  public Secret() {
    this(null);
  }

  public Secret(String value) {
    this.value = value;
  }

  /** The value, or null when unset or blank. */
  String value() {
    return value == null || value.isBlank() ? null : value;
  }

  @Override
  public String toString() {
    return value() == null ? "(none)" : "******";
  }
}
