package dev.roundtrip.verifier.findings;

import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.schema.SchemaDifference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Points each schema difference at the statement most likely responsible: the up or down statement
 * that names the object. An object still there that should not be is usually created by the up; one
 * that is missing was usually dropped by the up (and not recreated by the down) or dropped by the
 * down.
 */
public final class DifferenceLocator {
  private final Script up;
  private final Script down;
  private final Findings findings;

  public record Script(Path file, List<SqlStatement> statements) {}

  public DifferenceLocator(Script up, Script down, Findings findings) {
    this.up = up;
    this.down = down;
    this.findings = findings;
  }

  public Findings.Located locate(List<SchemaDifference> differences) {
    Path firstFile = null;
    int firstLine = 0;
    List<String> evidence = new ArrayList<>();
    for (SchemaDifference d : differences) {
      Script[] order =
          d.change() == SchemaDifference.Change.MISSING
              ? new Script[] {down, up}
              : new Script[] {up, down};
      String where = "";
      for (Script script : order) {
        int line = lineNaming(script, shortName(d.name()));
        if (line > 0) {
          where = " (" + script.file().getFileName() + ":" + line + ")";
          if (firstFile == null) {
            firstFile = script.file();
            firstLine = line;
          }
          break;
        }
      }
      evidence.add(d.description() + where);
    }
    return new Findings.Located(firstFile != null ? firstFile : down.file(), firstLine, evidence);
  }

  /** The line of the first statement of {@code script} that names {@code name}, or 0. */
  static int lineNaming(Script script, String name) {
    if (name.isEmpty()) {
      return 0;
    }
    Pattern word =
        Pattern.compile(
            "(?<![\\w$])\"?" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "\"?(?![\\w$])");
    for (SqlStatement s : script.statements()) {
      String sql = s.sql().toLowerCase(Locale.ROOT);
      var m = word.matcher(sql);
      if (m.find()) {
        int offset = m.start();
        return s.line() + (int) sql.substring(0, offset).chars().filter(c -> c == '\n').count();
      }
    }
    return 0;
  }

  /** The last part of a qualified name, without argument lists or identifier quotes. */
  static String shortName(String qualified) {
    String name = qualified == null ? "" : qualified;
    String last = "";
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
          part.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (!quoted && c == '.') {
        last = part.toString();
        part.setLength(0);
      } else if (!quoted && c == '(') {
        break;
      } else {
        part.append(c);
      }
    }
    return part.length() > 0 ? part.toString() : last;
  }
}
