package dev.roundtrip.verifier.migration;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Flyway's script configuration: a file named after a script with {@code .conf} appended ({@code
 * U3__add_index.sql.conf}) whose settings apply to that script alone. Roundtrip reads it for the
 * down scripts it runs itself, as Flyway reads it for the ups: {@code executeInTransaction}, {@code
 * encoding} and {@code placeholderReplacement}.
 *
 * @param executeInTransaction whether the script runs in one transaction, or null to let its
 *     statements decide
 * @param encoding the script's encoding, or null for the configured one
 * @param placeholderReplacement whether placeholders are replaced, or null for the configured
 *     setting
 */
public record ScriptConfig(
    Boolean executeInTransaction, String encoding, Boolean placeholderReplacement) {

  /** No script configuration. */
  public static final ScriptConfig NONE = new ScriptConfig(null, null, null);

  /**
   * The configuration of {@code script}, or {@link #NONE} when it has no {@code .conf} file.
   *
   * @throws MigrationInputException when the file cannot be read, or holds a setting Flyway does
   *     not know or a value that is not {@code true} or {@code false}
   */
  public static ScriptConfig of(Path script) {
    Path file = script.resolveSibling(script.getFileName() + ".conf");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException none) {
      return NONE;
    } catch (IOException e) {
      throw new MigrationInputException(
          "cannot read the script configuration " + file + ": " + e.getMessage(),
          "Check that the file is readable.",
          e);
    }
    Properties props = new Properties();
    try {
      props.load(new StringReader(text));
    } catch (IOException | IllegalArgumentException e) {
      throw new MigrationInputException(
          file + " is not a valid script configuration: " + e.getMessage(),
          "Write it as Flyway's script configuration: one key=value per line.",
          e);
    }
    Boolean inTransaction = null;
    String encoding = null;
    Boolean placeholders = null;
    for (String key : props.stringPropertyNames()) {
      String value = props.getProperty(key).trim();
      switch (key) {
        case "executeInTransaction" -> inTransaction = bool(file, key, value);
        case "encoding" -> encoding = value;
        case "placeholderReplacement" -> placeholders = bool(file, key, value);
        case "shouldExecute" ->
            throw new MigrationInputException(
                file
                    + ": shouldExecute is not supported in the configuration of a script"
                    + " Roundtrip runs itself",
                "Remove shouldExecute from "
                    + file.getFileName()
                    + "; a down script that must not run on some databases belongs in a location"
                    + " of its own, e.g. classpath:db/migration/{vendor}.");
        default ->
            throw new MigrationInputException(
                file + ": unknown script configuration setting '" + key + "'",
                "Flyway's script configuration knows executeInTransaction, encoding,"
                    + " placeholderReplacement and shouldExecute; Roundtrip runs down scripts"
                    + " with the first three.");
      }
    }
    return new ScriptConfig(inTransaction, encoding, placeholders);
  }

  private static Boolean bool(Path file, String key, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default ->
          throw new MigrationInputException(
              file + ": " + key + "=" + value + " is neither true nor false",
              "Set " + key + "=true or " + key + "=false.");
    };
  }
}
