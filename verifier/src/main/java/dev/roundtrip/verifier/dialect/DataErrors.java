package dev.roundtrip.verifier.dialect;

import java.sql.SQLException;
import java.util.Optional;

/** Reads what a dialect's errors say about the data a statement failed on. */
public interface DataErrors {

  /**
   * What data rule {@code e} (or an error it wraps) reports broken, or empty when it is not about
   * data (a syntax error, a missing object).
   */
  Optional<DataError> of(Throwable e);

  /** The first {@link SQLException} in the causes of {@code e}, itself included, or null. */
  static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }
}
