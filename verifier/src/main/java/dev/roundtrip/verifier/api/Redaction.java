package dev.roundtrip.verifier.api;

import java.util.regex.Pattern;

/** Removes secrets from JDBC URLs and messages before they reach a log or a report. */
public final class Redaction {
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)((?:password|pwd|sslpassword)=)[^&;]*");
  private static final Pattern USERINFO = Pattern.compile("(//[^/@:]+):[^/@]*@");

  private Redaction() {}

  /** The text with every {@code password=...} parameter and {@code user:pass@} masked. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String masked = PASSWORD_PARAM.matcher(text).replaceAll("$1****");
    return USERINFO.matcher(masked).replaceAll("$1:****@");
  }

  /** The text with the given secret masked wherever it occurs, then {@link #redact(String)}. */
  public static String redact(String text, String secret) {
    if (text == null) {
      return null;
    }
    String masked = secret == null || secret.isEmpty() ? text : text.replace(secret, "****");
    return redact(masked);
  }
}
