package dev.roundtrip.verifier.database;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Names of the databases that belong to a disposable database on a MySQL-family server, where a
 * database has no schemas inside it: the data checks keep their copies of the values in a companion
 * database, and the server drops it together with the disposable database.
 */
public final class CompanionDatabases {
  /** The longest database name MySQL and MariaDB accept, in characters. */
  static final int MAX_NAME_LENGTH = 64;

  private static final String SHADOW_SUFFIX = "_shadow";

  private CompanionDatabases() {}

  /**
   * The database that holds the data copies of {@code database}: {@code <database>_shadow}, or, for
   * a name too long for that, its first characters, a checksum of the whole name and {@code
   * _shadow}, so that two long names sharing a prefix still get two companions.
   */
  public static String shadowOf(String database) {
    if (database.length() + SHADOW_SUFFIX.length() <= MAX_NAME_LENGTH) {
      return database + SHADOW_SUFFIX;
    }
    CRC32 crc = new CRC32();
    crc.update(database.getBytes(StandardCharsets.UTF_8));
    String checksum = String.format("%08x", crc.getValue());
    int keep = MAX_NAME_LENGTH - SHADOW_SUFFIX.length() - checksum.length() - 1;
    return database.substring(0, keep) + "_" + checksum + SHADOW_SUFFIX;
  }
}
