package dev.roundtrip.verifier.testing;

import dev.roundtrip.verifier.dialect.Dialect;

/** The dialects the tests name, as the registry has them. */
public final class TestDialects {
  public static final Dialect POSTGRESQL = Dialect.fromId("postgresql");
  public static final Dialect MYSQL = Dialect.fromId("mysql");
  public static final Dialect MARIADB = Dialect.fromId("mariadb");

  private TestDialects() {}
}
