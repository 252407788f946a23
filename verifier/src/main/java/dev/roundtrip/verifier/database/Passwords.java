package dev.roundtrip.verifier.database;

import java.security.SecureRandom;

/** Passwords made for one run's servers: random, never printed, gone with the server. */
public final class Passwords {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CHARS = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private Passwords() {}

  /** 24 letters and digits (about 140 bits), safe in SQL literals and command lines unquoted. */
  public static String random() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      out.append(CHARS.charAt(RANDOM.nextInt(CHARS.length())));
    }
    return out.toString();
  }
}
