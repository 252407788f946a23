package dev.roundtrip.verifier.dialect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Replaces placeholders in a SQL script the way Flyway does before it parses a SQL migration, so
 * that a script run by our own executor reads exactly as Flyway would have given it to the
 * database.
 *
 * <p>Flyway's rules, which this class keeps:
 *
 * <ul>
 *   <li>A placeholder is {@code prefix name suffix}, by default {@code ${name}}. The name is
 *       everything up to the first suffix, blanks and line breaks included, so {@code ${ name }} is
 *       a placeholder named {@code " name "}.
 *   <li>Names are matched without regard to case: {@code ${SCHEMA}} takes the value of {@code
 *       schema}. (Flyway lower-cases with the JVM's default locale, this class with {@link
 *       Locale#ROOT}; they differ only under a Turkish or Azeri default locale.)
 *   <li>Replacement happens everywhere in the text, in comments, string literals and
 *       dollar-quoted bodies too: it is done before the script is parsed.
 *   <li>A placeholder without a value fails the script; an empty or {@code null} value removes the
 *       placeholder.
 *   <li>The script is scanned once, left to right; replaced values are not scanned again. After a
 *       partial prefix the scan resumes behind the character that broke it, so with prefix {@code
 *       ${} the text {@code $${x}} stays as it is while {@code $$${x}} becomes {@code $$} and the
 *       value of {@code x}: Flyway's reader behaves exactly so.
 *   <li>With replacement disabled ({@code placeholderReplacement=false}) the script is returned
 *       unchanged, whatever placeholders it contains.
 * </ul>
 *
 * <p>Flyway's built-in placeholders ({@link #DEFAULT_SCHEMA}, {@link #USER}, {@link #DATABASE},
 * {@link #TIMESTAMP}, {@link #WORKING_DIRECTORY}, {@link #TABLE}, {@link #ENVIRONMENT}) must be put
 * into the map by the caller, who knows the connection and configuration; {@link #FILENAME} is set
 * by {@link #replace(String, String)} for each file. Flyway refuses user-defined placeholders whose
 * name starts with {@code flyway:} ({@link #isReserved(String)}), so check the user's placeholders
 * before merging the built-in ones in.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Placeholders {

  /** Flyway's default placeholder prefix. */
  public static final String DEFAULT_PREFIX = "${";

  /** Flyway's default placeholder suffix. */
  public static final String DEFAULT_SUFFIX = "}";

  /** The schema Flyway manages: its {@code defaultSchema}, else the first of its schemas. */
  public static final String DEFAULT_SCHEMA = "flyway:defaultSchema";

  /** The user Flyway connects as. */
  public static final String USER = "flyway:user";

  /** The name of the database Flyway connects to. */
  public static final String DATABASE = "flyway:database";

  /** When the script was parsed, as {@code yyyy-MM-dd HH:mm:ss} in the JVM's time zone. */
  public static final String TIMESTAMP = "flyway:timestamp";

  /** The script's file name; set by {@link #replace(String, String)}. */
  public static final String FILENAME = "flyway:filename";

  /** Flyway's working directory, by default the {@code user.dir} system property. */
  public static final String WORKING_DIRECTORY = "flyway:workingDirectory";

  /** The name of Flyway's schema history table. */
  public static final String TABLE = "flyway:table";

  /** The name of Flyway's current environment. */
  public static final String ENVIRONMENT = "flyway:environment";

  private static final String RESERVED_PREFIX = "flyway:";
  private static final int MAX_SHOWN_NAME = 40;

  private final Map<String, String> values;
  private final String prefix;
  private final String suffix;
  private final boolean enabled;

  /**
   * Creates a replacer.
   *
   * @param values placeholder values by name, user-defined and built-in ({@code flyway:...}) alike;
   *     a {@code null} value counts as empty
   * @param prefix what opens a placeholder, Flyway's {@code placeholderPrefix}
   * @param suffix what closes a placeholder, Flyway's {@code placeholderSuffix}
   * @param enabled Flyway's {@code placeholderReplacement}: {@code false} leaves scripts untouched
   * @throws IllegalArgumentException if prefix or suffix is empty, or two names differ only in case
   */
  public Placeholders(Map<String, String> values, String prefix, String suffix, boolean enabled) {
    this.prefix = requireNonEmpty(prefix, "placeholderPrefix");
    this.suffix = requireNonEmpty(suffix, "placeholderSuffix");
    this.enabled = enabled;
    Map<String, String> byKey = new HashMap<>();
    Map<String, String> originalNames = new HashMap<>();
    values.forEach(
        (name, value) -> {
          String key = key(name);
          String clash = originalNames.put(key, name);
          if (clash != null) {
            throw new IllegalArgumentException(
                "placeholders '"
                    + clash
                    + "' and '"
                    + name
                    + "' differ only in case; Flyway matches placeholder names without regard to"
                    + " case, so keep one of them");
          }
          byKey.put(key, value == null ? "" : value);
        });
    this.values = Map.copyOf(byKey);
  }

  /**
   * Whether Flyway reserves {@code name} for its built-in placeholders and refuses it as a
   * user-defined one ({@code Invalid placeholder ('flyway:' prefix is reserved)}).
   *
   * @param name a placeholder name
   * @return {@code true} if the name starts with {@code flyway:}, in any case
   */
  public static boolean isReserved(String name) {
    return key(name).startsWith(RESERVED_PREFIX);
  }

  /**
   * Returns {@code script} with its placeholders replaced, as Flyway would run it.
   *
   * @param script the script's text
   * @param fileName the script's bare file name (as {@code U3__add_index.sql}): the value of {@link
   *     #FILENAME} and the file named in errors
   * @return the script with every placeholder replaced; unchanged if replacement is disabled
   * @throws UnresolvedPlaceholderException if a placeholder has no value or is never closed
   */
  public String replace(String script, String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    if (!enabled) {
      return script;
    }
    StringBuilder out = new StringBuilder(script.length());
    int at = 0;
    while (at < script.length()) {
      int matched = 0;
      while (matched < prefix.length()
          && at + matched < script.length()
          && script.charAt(at + matched) == prefix.charAt(matched)) {
        matched++;
      }
      if (matched < prefix.length()) {
        int end = Math.min(script.length(), at + matched + 1);
        out.append(script, at, end);
        at = end;
        continue;
      }
      int nameStart = at + prefix.length();
      int close = script.indexOf(suffix, nameStart);
      if (close < 0) {
        throw unclosed(script, at, nameStart, fileName);
      }
      String name = script.substring(nameStart, close);
      out.append(valueOf(name, fileName, script, at));
      at = close + suffix.length();
    }
    return out.toString();
  }

  private String valueOf(String name, String fileName, String script, int at) {
    String key = key(name);
    if (key.equals(key(FILENAME))) {
      return fileName;
    }
    String value = values.get(key);
    if (value != null) {
      return value;
    }
    int line = lineOf(script, at);
    String placeholder = prefix + name + suffix;
    String problem =
        isReserved(name)
            ? "no value for built-in placeholder "
                + placeholder
                + "; Flyway itself fills only flyway:defaultSchema, flyway:user, flyway:database,"
                + " flyway:timestamp, flyway:filename, flyway:workingDirectory, flyway:table and"
                + " flyway:environment"
            : "no value for placeholder "
                + placeholder
                + "; define it in <placeholders> (as for Flyway)";
    throw new UnresolvedPlaceholderException(
        fileName + ":" + line + ": " + problem, name, fileName, line);
  }

  private UnresolvedPlaceholderException unclosed(
      String script, int at, int nameStart, String fileName) {
    int lineEnd = script.indexOf('\n', nameStart);
    String rest =
        script.substring(nameStart, lineEnd < 0 ? script.length() : lineEnd).stripTrailing();
    String shown =
        rest.length() > MAX_SHOWN_NAME ? rest.substring(0, MAX_SHOWN_NAME) + "..." : rest;
    int line = lineOf(script, at);
    return new UnresolvedPlaceholderException(
        fileName
            + ":"
            + line
            + ": placeholder "
            + prefix
            + shown
            + " is never closed by "
            + suffix
            + "; close it, or if "
            + prefix
            + " is meant literally, change <placeholderPrefix> or set <placeholderReplacement> to"
            + " false (as for Flyway)",
        rest,
        fileName,
        line);
  }

  private static int lineOf(String script, int offset) {
    int line = 1;
    for (int i = script.indexOf('\n'); i >= 0 && i < offset; i = script.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String requireNonEmpty(String value, String setting) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(setting + " must not be empty (as in Flyway)");
    }
    return value;
  }
}
