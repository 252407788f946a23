package dev.roundtrip.verifier.database;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the databases a run creates on a server, which say who created them: {@code
 * roundtrip_<yyyyMMddHHmmss>_<tag>_<pid>_<start>_<random>}, with the {@link RunOwner#tag() tag} of
 * the OS user, host and PID namespace, and the run's process id and start instant (base 36). A
 * later run drops such a database (and its companion) when the tag is its own, that process is gone
 * and the database is older than {@link #GRACE_SECONDS}: the run that made it was killed before it
 * could clean up. A database without such a name is never dropped.
 */
public final class OwnedNames {
  /** How old a database of a dead run must be before it is dropped. */
  static final long GRACE_SECONDS = 10;

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern OWNED =
      Pattern.compile(
          "roundtrip_(\\d{14})_([0-9a-f]{8})_([0-9a-z]{1,13})_([0-9a-z]{1,13})_[0-9a-z]+"
              + "(?:_shadow)?");

  private OwnedNames() {}

  /** A new name, valid unquoted on every dialect and at most 55 characters long. */
  public static String newName() {
    String random = Long.toString((RANDOM.nextLong() & Long.MAX_VALUE) % 2_176_782_336L, 36);
    return name(LocalDateTime.now(), RunOwner.tag(), RunOwner.self(), random);
  }

  /** The name of a database created at {@code created} by the run {@code owner}. */
  static String name(LocalDateTime created, String tag, RunOwner owner, String random) {
    return ("roundtrip_"
            + created.format(STAMP)
            + "_"
            + tag
            + "_"
            + Long.toString(owner.pid, 36)
            + "_"
            + Long.toString(owner.startMillis, 36)
            + "_"
            + random)
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The database a run killed before its cleanup left: the name is one of ours (a companion's name
   * gives its database's), from this user, host and namespace, its run's process is gone, and it is
   * older than the grace period. Null otherwise.
   */
  static String abandoned(String name, LocalDateTime now) {
    Matcher m = OWNED.matcher(name);
    if (!m.matches() || !m.group(2).equals(RunOwner.tag())) {
      return null;
    }
    LocalDateTime created;
    try {
      created = LocalDateTime.parse(m.group(1), STAMP);
    } catch (DateTimeParseException e) {
      return null;
    }
    RunOwner owner = RunOwner.of(Long.parseLong(m.group(3), 36), Long.parseLong(m.group(4), 36));
    if (owner.alive() || created.isAfter(now.minusSeconds(GRACE_SECONDS))) {
      return null;
    }
    return name.endsWith("_shadow") ? name.substring(0, name.length() - 7) : name;
  }

  static LocalDateTime now() {
    return LocalDateTime.now(ZoneId.systemDefault());
  }
}
