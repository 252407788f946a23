package dev.roundtrip.verifier.dialect.postgresql;

import dev.roundtrip.verifier.dialect.DataError;
import dev.roundtrip.verifier.dialect.DataError.Kind;
import dev.roundtrip.verifier.dialect.DataErrors;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * {@link DataErrors} on PostgreSQL: SQL states of classes 22 (data exception) and 23 (integrity
 * constraint violation), with the table, column and constraint fields of the server's error and the
 * key in its detail ({@code Key (a, b)=(1, x) is duplicated.}).
 */
final class PostgresDataErrors implements DataErrors {
  private static final Pattern KEY = Pattern.compile("^Key \\((.+?)\\)=\\(");
  private static final Pattern TYPE = Pattern.compile("for type (.+)$");
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*|\"[^\"]+\"");

  @Override
  public Optional<DataError> of(Throwable e) {
    SQLException sql = DataErrors.sqlCause(e);
    String state = sql == null ? null : sql.getSQLState();
    if (state == null || !(state.startsWith("22") || state.startsWith("23"))) {
      return Optional.empty();
    }
    ServerErrorMessage server =
        sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
    String table = null;
    String column = null;
    String constraint = null;
    String detail = null;
    String message = sql.getMessage();
    if (server != null) {
      table =
          server.getTable() == null
              ? null
              : (server.getSchema() == null ? "" : server.getSchema() + ".") + server.getTable();
      column = server.getColumn();
      constraint = server.getConstraint();
      detail = server.getDetail();
      message = server.getMessage();
    }
    List<String> columns = new ArrayList<>();
    if (column != null) {
      columns.add(column);
    } else if (detail != null) {
      columns.addAll(keyColumns(detail));
    }
    Matcher type = TYPE.matcher(message == null ? "" : message.strip());
    return Optional.of(
        new DataError(
            kind(state), table, columns, constraint, detail, type.find() ? type.group(1) : null));
  }

  private static Kind kind(String state) {
    return switch (state) {
      case "23505" -> Kind.DUPLICATE;
      case "22001" -> Kind.TOO_LONG;
      case "23502" -> Kind.NOT_NULL;
      case "23514" -> Kind.CHECK;
      case "23503" -> Kind.FOREIGN_KEY;
      case "22003" -> Kind.OUT_OF_RANGE;
      case "22P02", "22007", "22008", "22018", "22P05", "22021" -> Kind.INVALID_VALUE;
      default -> Kind.OTHER;
    };
  }

  /** The columns of {@code Key (a, "B c")=(...)}, when they are plain names, not expressions. */
  static List<String> keyColumns(String detail) {
    Matcher key = KEY.matcher(detail);
    if (!key.find()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String part : key.group(1).split(",\\s*")) {
      if (!PLAIN_NAME.matcher(part).matches()) {
        return List.of();
      }
      names.add(part.startsWith("\"") ? part.substring(1, part.length() - 1) : part);
    }
    return names;
  }
}
