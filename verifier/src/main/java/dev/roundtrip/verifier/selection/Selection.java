package dev.roundtrip.verifier.selection;

import dev.roundtrip.verifier.migration.Migration;
import dev.roundtrip.verifier.migration.MigrationInputException;
import dev.roundtrip.verifier.migration.MigrationVersion;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which migrations a run round-trips; the others are only applied. With {@code from}, the
 * migrations from that version on; with {@code since}, those whose up or undo script was added or
 * changed since a git ref (see {@link ChangedFiles}); with both, those that are both. With neither,
 * every migration.
 */
public final class Selection {
  private static final Selection EVERY = new Selection(null, null, null);

  private final String fromText;
  private final MigrationVersion from;
  private final ChangedFiles changed;

  private Selection(String fromText, MigrationVersion from, ChangedFiles changed) {
    this.fromText = fromText;
    this.from = from;
    this.changed = changed;
  }

  /** Every migration is round-tripped. */
  public static Selection every() {
    return EVERY;
  }

  /**
   * The selection of {@code from} and {@code since} (either may be null); with {@code since}, git
   * is asked once here which files changed.
   *
   * @throws MigrationInputException when {@code from} is no version
   * @throws dev.roundtrip.verifier.api.RoundtripException when git cannot tell what changed
   */
  public static Selection of(String from, String since, Path projectDirectory) {
    MigrationVersion version = from == null ? null : parse(from);
    ChangedFiles changed = since == null ? null : ChangedFiles.since(since, projectDirectory);
    return of(from, version, changed);
  }

  static Selection of(String fromText, MigrationVersion from, ChangedFiles changed) {
    if (from == null && changed == null) {
      return EVERY;
    }
    return new Selection(fromText, from, changed);
  }

  /** The version {@code text} names: {@code 120}, {@code V120}, {@code 1.2} or {@code 1_2}. */
  static MigrationVersion parse(String text) {
    String t = text.trim();
    String digits = t.startsWith("V") || t.startsWith("v") ? t.substring(1) : t;
    try {
      return MigrationVersion.parse(digits);
    } catch (IllegalArgumentException e) {
      throw new MigrationInputException(
          "<from>: '" + text + "' is not a migration version: its parts must be numbers",
          "Give the version as the file name has it: -Droundtrip.from=120 for"
              + " V120__add_orders.sql, 1.2 for V1_2__add_orders.sql.",
          e);
    }
  }

  /** Whether every migration is round-tripped. */
  public boolean isEvery() {
    return from == null && changed == null;
  }

  /** Whether {@code since} takes part. */
  public boolean bySince() {
    return changed != null;
  }

  /** What chose the migrations, as the log says it: {@code from V120, since origin/main}. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    if (from != null) {
      out.append("from ").append(fromLabel());
    }
    if (changed != null) {
      out.append(out.length() > 0 ? ", " : "").append("since ").append(changed.ref());
    }
    return out.toString();
  }

  /** The ref of {@code since}, or null. */
  public String since() {
    return changed == null ? null : changed.ref();
  }

  /** {@code V120}, the migration of {@code from}, or null. */
  public String fromLabel() {
    return from == null ? null : "V" + from;
  }

  /** The version of {@code from} as given, or null. */
  public String from() {
    return fromText;
  }

  /**
   * The versions of {@code migrations} (in version order) to round-trip.
   *
   * @param where the migration folders, for the message when {@code from} is none of them
   * @throws MigrationInputException when {@code from} is not the version of one of them
   */
  public Set<MigrationVersion> pick(List<Migration> migrations, String where) {
    if (from != null && migrations.stream().noneMatch(m -> m.version().equals(from))) {
      throw notAMigration(migrations, where);
    }
    Set<MigrationVersion> picked = new LinkedHashSet<>();
    for (Migration m : migrations) {
      boolean fromOn = from == null || m.version().compareTo(from) >= 0;
      boolean touched =
          changed == null
              || changed.contains(m.upScript())
              || changed.contains(m.downScript() != null ? m.downScript() : undoBeside(m));
      if (fromOn && touched) {
        picked.add(m.version());
      }
    }
    return picked;
  }

  /**
   * Where the undo script of a migration without one would be, {@code U3__x.sql} next to {@code
   * V3__x.sql}: one deleted since the ref is a change of the migration.
   */
  private static Path undoBeside(Migration m) {
    String name = m.upScript().getFileName().toString();
    return m.upScript().resolveSibling("U" + name.substring(1));
  }

  private MigrationInputException notAMigration(List<Migration> migrations, String where) {
    Migration below = null;
    Migration above = null;
    for (Migration m : migrations) {
      if (m.version().compareTo(from) < 0) {
        below = m;
      } else if (above == null) {
        above = m;
      }
    }
    String nearest;
    Migration example;
    if (below != null && above != null) {
      nearest = "the nearest are " + below.label() + " and " + above.label();
      example = above;
    } else if (below != null) {
      nearest = "the last is " + below.label();
      example = below;
    } else {
      nearest = "the first is " + above.label();
      example = above;
    }
    return new MigrationInputException(
        "<from>: " + fromText + " is not the version of a migration in " + where + "; " + nearest,
        "Set <from> (-Droundtrip.from) to the version of one of the migrations, e.g. "
            + example.version()
            + " for "
            + example.upScript().getFileName()
            + ".");
  }
}
