package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.dialect.DataError;
import dev.roundtrip.verifier.dialect.DataError.Kind;
import dev.roundtrip.verifier.dialect.DataErrors;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link DataErrors} on MySQL and MariaDB, by error number: the messages name the column ({@code
 * Data too long for column 'c' at row 3}) or the key ({@code Duplicate entry 'x' for key 'k'}), not
 * the table.
 */
final class MySqlDataErrors implements DataErrors {
  private static final Pattern COLUMN = Pattern.compile("column '([^']+)'");
  private static final Pattern KEY = Pattern.compile("for key '([^']+)'");
  private static final Pattern CONSTRAINT = Pattern.compile("(?i)constraint [`']([^`']+)[`']");

  @Override
  public Optional<DataError> of(Throwable e) {
    SQLException sql = DataErrors.sqlCause(e);
    if (sql == null) {
      return Optional.empty();
    }
    Kind kind =
        switch (sql.getErrorCode()) {
          case 1062, 1586 -> Kind.DUPLICATE;
          case 1406 -> Kind.TOO_LONG;
          case 1048, 1138, 1263 -> Kind.NOT_NULL;
          case 3819, 4025 -> Kind.CHECK;
          case 1451, 1452, 1216, 1217 -> Kind.FOREIGN_KEY;
          case 1264, 1690 -> Kind.OUT_OF_RANGE;
          case 1265, 1292, 1366, 1367, 3140 -> Kind.INVALID_VALUE;
          case 1365 -> Kind.OTHER;
          default -> null;
        };
    if (kind == null) {
      return Optional.empty();
    }
    String message = sql.getMessage() == null ? "" : sql.getMessage();
    String column = find(COLUMN, message);
    String constraint = kind == Kind.DUPLICATE ? find(KEY, message) : find(CONSTRAINT, message);
    return Optional.of(
        new DataError(
            kind, null, column == null ? List.of() : List.of(column), constraint, null, null));
  }

  private static String find(Pattern p, String message) {
    Matcher m = p.matcher(message);
    return m.find() ? m.group(1) : null;
  }
}
