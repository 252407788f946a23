package dev.roundtrip.verifier.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table and columns a statement makes unique, read from its text: {@code CREATE UNIQUE INDEX
 * ... ON t (a, b)}, {@code ALTER TABLE t ADD [CONSTRAINT c] UNIQUE|PRIMARY KEY (a, b)}. Only plain
 * columns count; an expression or a prefix length gives nothing.
 *
 * @param table the table as the statement writes it
 * @param columns the columns, unquoted
 */
record UniqueTarget(String table, List<String> columns) {
  private static final String NAME = "(?:[A-Za-z_][\\w$]*|\"[^\"]+\"|`[^`]+`)";
  private static final String QUALIFIED = NAME + "(?:\\s*\\.\\s*" + NAME + ")?";
  private static final Pattern INDEX =
      Pattern.compile(
          "(?is)^\\s*CREATE\\s+UNIQUE\\s+INDEX\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?"
              + "(?:"
              + QUALIFIED
              + "\\s+)?ON\\s+(?:ONLY\\s+)?("
              + QUALIFIED
              + ")\\s*(?:USING\\s+\\w+\\s*)?\\(([^()]*)\\)");
  private static final Pattern CONSTRAINT =
      Pattern.compile(
          "(?is)^\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?("
              + QUALIFIED
              + ")\\s+ADD\\s+(?:CONSTRAINT\\s+"
              + NAME
              + "\\s+)?(?:UNIQUE|PRIMARY\\s+KEY)(?:\\s+(?:KEY|INDEX))?(?:\\s+"
              + NAME
              + ")?\\s*\\(([^()]*)\\)");
  private static final Pattern COLUMN =
      Pattern.compile("(?i)\\s*(" + NAME + ")(?:\\s+(?:ASC|DESC))?\\s*");

  /** The target of {@code sql}, or null when it makes nothing unique or says it otherwise. */
  static UniqueTarget of(String sql) {
    if (sql == null) {
      return null;
    }
    String text = sql.replaceAll("(?m)--.*$", " ").replaceAll("(?s)/\\*.*?\\*/", " ");
    for (Pattern p : List.of(INDEX, CONSTRAINT)) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        List<String> columns = new ArrayList<>();
        for (String part : m.group(2).split(",")) {
          Matcher c = COLUMN.matcher(part);
          if (!c.matches()) {
            return null;
          }
          columns.add(unquote(c.group(1)));
        }
        return new UniqueTarget(m.group(1).replaceAll("\\s+", ""), columns);
      }
    }
    return null;
  }

  private static String unquote(String name) {
    boolean quoted = name.startsWith("\"") || name.startsWith("`");
    return quoted ? name.substring(1, name.length() - 1) : name;
  }
}
