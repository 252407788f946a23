package dev.roundtrip.verifier.data;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens connections to the database under test. */
@FunctionalInterface
public interface ConnectionSource {
  Connection open() throws SQLException;
}
