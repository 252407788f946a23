package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Allow;
import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationInputException;
import dev.roundtrip.verifier.migration.MigrationVersion;
import dev.roundtrip.verifier.migration.ScriptFiles;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The findings the project allows, with their reasons: inline comments in a migration's up or down
 * script ({@code -- roundtrip:allow data-lost "the audit service keeps these"}) and {@code <allow>}
 * entries of the build. An allowed finding is still reported.
 */
public final class Allowances {
  private static final Pattern INLINE = Pattern.compile("--\\s*roundtrip:allow\\b(.*)$");
  private static final Pattern BODY = Pattern.compile("\\s+([a-z-]+)\\s+\"([^\"]+)\"\\s*");

  private final List<Allow> allows;

  private Allowances(List<Allow> allows) {
    this.allows = List.copyOf(allows);
  }

  /**
   * Reads the inline allowances of every migration and checks the configured ones.
   *
   * @throws MigrationInputException for a malformed comment or an unknown rule, naming the place
   */
  public static Allowances of(
      List<Migration> migrations, List<Allow> configured, Charset encoding) {
    List<Allow> all = new ArrayList<>();
    for (Allow a : configured) {
      check(a.rule(), "<allow> entry with reason \"" + a.reason() + "\"");
      if (a.reason().isBlank()) {
        throw new MigrationInputException(
            "<allow> for rule " + a.rule() + " has no reason",
            "Give each <allow> a <reason>: it is what reviewers read.");
      }
      all.add(a);
    }
    for (Migration m : migrations) {
      inline(m.upScript(), m, encoding, all);
      if (m.downScript() != null) {
        inline(m.downScript(), m, encoding, all);
      }
    }
    return new Allowances(all);
  }

  private static void inline(Path file, Migration m, Charset encoding, List<Allow> into) {
    List<String> lines = ScriptFiles.read(file, encoding).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher comment = INLINE.matcher(lines.get(i));
      if (!comment.find()) {
        continue;
      }
      String where = file.getFileName() + ":" + (i + 1);
      Matcher body = BODY.matcher(comment.group(1));
      if (!body.matches()) {
        throw new MigrationInputException(
            where + ": malformed allowance '" + lines.get(i).strip() + "'",
            "Write it as -- roundtrip:allow <rule> \"reason\", e.g. -- roundtrip:allow data-lost"
                + " \"archived to the warehouse first\".");
      }
      check(body.group(1), where);
      into.add(new Allow(body.group(1), m.version().toString(), body.group(2).strip()));
    }
  }

  private static void check(String rule, String where) {
    if (Rule.fromId(rule) == null) {
      throw new MigrationInputException(
          where + ": unknown rule '" + rule + "'",
          "Use one of: "
              + java.util.Arrays.stream(Rule.values())
                  .map(Rule::id)
                  .collect(Collectors.joining(", "))
              + ".");
    }
  }

  /** The finding, allowed if an allowance covers its rule and migration. */
  Finding apply(Finding f) {
    for (Allow a : allows) {
      if (a.rule().equals(f.rule().id()) && covers(a.version(), f.version())) {
        return f.allow(a.reason());
      }
    }
    return f;
  }

  private static boolean covers(String allowed, String version) {
    if (allowed == null) {
      return true;
    }
    try {
      return version != null
          && MigrationVersion.parse(allowed.trim()).equals(MigrationVersion.parse(version));
    } catch (IllegalArgumentException notAVersion) {
      return false;
    }
  }

  /** No allowances at all. */
  static Allowances none() {
    return new Allowances(List.of());
  }
}
