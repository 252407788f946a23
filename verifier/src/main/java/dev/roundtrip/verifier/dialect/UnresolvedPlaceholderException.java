package dev.roundtrip.verifier.dialect;

/**
 * A script uses a placeholder that has no value, or opens one that is never closed; Flyway refuses
 * such a script too.
 *
 * <p>The message names the file, line and placeholder and says what to do, e.g. {@code
 * U3__add_index.sql:12: no value for placeholder ${schema}; define it in <placeholders> (as for
 * Flyway)}.
 */
public final class UnresolvedPlaceholderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String placeholder;
  private final String fileName;
  private final int line;

  /**
   * Creates the exception.
   *
   * @param message the full message, naming file, line and placeholder
   * @param placeholder the placeholder's name, without prefix and suffix
   * @param fileName the script's file name
   * @param line the 1-based line where the placeholder starts
   */
  public UnresolvedPlaceholderException(
      String message, String placeholder, String fileName, int line) {
    super(message);
    this.placeholder = placeholder;
    this.fileName = fileName;
    this.line = line;
  }

  /**
   * Returns the placeholder's name as written in the script.
   *
   * @return the name between prefix and suffix (for one never closed, the rest of its line)
   */
  public String placeholder() {
    return placeholder;
  }

  /**
   * Returns the script's file name.
   *
   * @return the file name given to {@link Placeholders#replace(String, String)}
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns where the placeholder starts.
   *
   * @return the 1-based line of the placeholder's prefix
   */
  public int line() {
    return line;
  }
}
