package dev.roundtrip.verifier.migration;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A file name of a migration folder read as Flyway reads it: {@code V<version>__<description>.sql}
 * (versioned), {@code U<version>__<description>.sql} (undo), {@code R__<description>.sql}
 * (repeatable). As in Flyway, the prefix is upper-case, the suffix {@code .sql} in any case, the
 * description may be empty and its separator left out ({@code V2.sql} is version 2).
 *
 * <p>A name that looks like a migration (a {@code .sql} file whose name starts with V, U or R
 * followed by a digit or a separator, or with v, u or r followed by a digit or {@code __}) but does
 * not follow that form is an error: Flyway skips such a file with no more than a summary line, so
 * its up or undo script would never run. Other files ({@code README.md}, the {@code
 * <script>.sql.conf} script configuration, callbacks such as {@code afterMigrate.sql}) are not
 * migrations.
 *
 * @param prefix {@code V}, {@code U} or {@code R}
 * @param version the version, null for a repeatable migration
 * @param description the description, underscores as spaces; may be empty
 */
record FlywayFileName(char prefix, MigrationVersion version, String description) {
  static final String FORMS =
      "V<version>__<description>.sql (migration), U<version>__<description>.sql (undo) or"
          + " R__<description>.sql (repeatable)";

  private static final String SEPARATOR = "__";
  private static final String SUFFIX = ".sql";
  // upper-case V, U, R and a digit or separator; lower-case only before a digit or "__", so that
  // a v_orders.sql beside the migrations is not taken for one
  private static final Pattern LOOKS_LIKE_MIGRATION =
      Pattern.compile("[VUR][0-9._\\-\\s].*|[vur]([0-9]|__).*");
  private static final Pattern SINGLE_UNDERSCORE =
      Pattern.compile("([0-9]+(?:\\.[0-9]+)*)_(?=[^0-9_])");

  /**
   * Reads the name of {@code file}.
   *
   * @return the migration name, or null when the file is not a migration at all
   * @throws MigrationInputException when the name looks like a migration but is not one, naming the
   *     file and the form it should have
   */
  static FlywayFileName of(Path file) {
    String name = file.getFileName().toString();
    if (!isSql(name) || !LOOKS_LIKE_MIGRATION.matcher(name).matches()) {
      return null;
    }
    try {
      return parse(name);
    } catch (IllegalArgumentException notAName) {
      String suggestion = suggestion(name);
      throw new MigrationInputException(
          file
              + ": not a Flyway migration name ("
              + notAName.getMessage()
              + "), so Flyway skips the file and it is never checked",
          "Rename it "
              + FORMS
              + (suggestion == null ? "" : "; here probably " + suggestion)
              + ". Move files that are not migrations out of the migration folders.",
          notAName);
    }
  }

  boolean repeatable() {
    return version == null;
  }

  static boolean isSql(String name) {
    return name.length() > SUFFIX.length()
        && name.regionMatches(true, name.length() - SUFFIX.length(), SUFFIX, 0, SUFFIX.length());
  }

  /**
   * Reads a name that looks like a migration.
   *
   * @throws IllegalArgumentException saying why it is not a migration name
   */
  private static FlywayFileName parse(String name) {
    char prefix = name.charAt(0);
    if (prefix != 'V' && prefix != 'U' && prefix != 'R') {
      throw new IllegalArgumentException(
          "the prefix must be an upper-case "
              + Character.toUpperCase(prefix)
              + ", not '"
              + prefix
              + "'");
    }
    String rest = name.substring(1, name.length() - SUFFIX.length());
    int separator = rest.indexOf(SEPARATOR);
    String version = separator < 0 ? rest : rest.substring(0, separator);
    String description =
        separator < 0 ? "" : rest.substring(separator + SEPARATOR.length()).replace('_', ' ');
    if (prefix == 'R') {
      if (!version.isEmpty()) {
        throw new IllegalArgumentException(
            "a repeatable migration has no version, but this one has '" + version + "'");
      }
      return new FlywayFileName(prefix, null, description);
    }
    try {
      return new FlywayFileName(prefix, MigrationVersion.parse(version), description);
    } catch (IllegalArgumentException e) {
      String why = version.isEmpty() ? "it has no version" : "'" + version + "' is not a version";
      throw new IllegalArgumentException(
          separator < 0 && version.contains("_")
              ? why + "; two underscores separate the version from the description"
              : why,
          e);
    }
  }

  /** The name the file was probably meant to have, or null when that is not clear. */
  private static String suggestion(String name) {
    char prefix = Character.toUpperCase(name.charAt(0));
    String rest = name.substring(1);
    if (prefix == 'R') {
      int separator = rest.indexOf(SEPARATOR);
      rest = separator < 0 ? null : rest.substring(separator);
    } else {
      rest = rest.replaceFirst("^[._\\-\\s]+", "");
      if (!rest.contains(SEPARATOR)) {
        rest =
            SINGLE_UNDERSCORE.matcher(rest).lookingAt() ? rest.replaceFirst("_", SEPARATOR) : rest;
      }
    }
    if (rest == null) {
      return null;
    }
    String candidate = prefix + rest;
    try {
      parse(candidate);
      return candidate.equals(name) ? null : candidate;
    } catch (IllegalArgumentException stillNotAName) {
      return null;
    }
  }
}
