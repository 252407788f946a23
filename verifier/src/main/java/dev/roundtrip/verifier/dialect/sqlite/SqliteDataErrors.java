package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.dialect.DataError;
import dev.roundtrip.verifier.dialect.DataError.Kind;
import dev.roundtrip.verifier.dialect.DataErrors;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * {@link DataErrors} on SQLite, by the extended result code of sqlite-jdbc's {@link
 * SQLiteException#getResultCode()} ({@link SQLException#getErrorCode()} is only the primary code,
 * 19 for every constraint, and the SQL state is always null).
 *
 * <p>SQLite's messages name the table and columns, unqualified and unquoted: {@code NOT NULL
 * constraint failed: parent.n}, {@code UNIQUE constraint failed: t.a, t.b} (a PRIMARY KEY says
 * UNIQUE too), {@code UNIQUE constraint failed: index 'i'} for an index on expressions, whose name
 * is then the constraint. A name is split from its table at the first dot, so a table name that
 * holds a dot is misread. {@code CHECK constraint failed: x} gives the constraint's name, or for an
 * unnamed CHECK its expression; a plain identifier counts as a name (so does the bare column of an
 * unnamed {@code CHECK (flag)}), anything else as an expression, kept as the detail. A STRICT
 * table's {@code cannot store TEXT value in INT column s.i} gives the type, table and column.
 * Foreign-key messages name nothing.
 *
 * <p>sqlite-jdbc wraps SQLite's message as {@code [SQLITE_CONSTRAINT_NOTNULL] A NOT NULL constraint
 * failed (NOT NULL constraint failed: parent.n)}, sometimes with the bracketed part twice; when the
 * error reaches us as another {@link SQLException} than {@link SQLiteException}, the code is read
 * from that bracketed name.
 */
final class SqliteDataErrors implements DataErrors {
  private static final Pattern CODE_NAME = Pattern.compile("^\\[(SQLITE_[A-Z_]+)]");
  private static final Pattern FAILED =
      Pattern.compile("^(?:NOT NULL|UNIQUE|CHECK) constraint failed: (.+)$", Pattern.DOTALL);
  private static final Pattern INDEX = Pattern.compile("^index '(.+)'$");
  private static final Pattern STORE =
      Pattern.compile("^cannot store \\S+ value in (\\S+) column (.+)$");
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
  private static final String INTEGER_OVERFLOW = "integer overflow";
  private static final String MALFORMED_JSON = "malformed JSON";

  @Override
  public Optional<DataError> of(Throwable e) {
    SQLException sql = sqliteCause(e);
    SQLiteErrorCode code = sql == null ? null : code(sql);
    if (code == null) {
      return Optional.empty();
    }
    String message = sqliteMessage(sql.getMessage(), code);
    Kind kind = kind(code, message);
    if (kind == null) {
      return Optional.empty();
    }
    Names names = Names.NONE;
    String constraint = null;
    String detail = null;
    String type = null;
    Matcher failed = FAILED.matcher(message);
    Matcher store = STORE.matcher(message);
    if (failed.matches()) {
      String named = failed.group(1);
      Matcher index = INDEX.matcher(named);
      if (index.matches()) {
        constraint = index.group(1);
      } else if (kind == Kind.CHECK) {
        boolean isName = PLAIN_NAME.matcher(named).matches();
        constraint = isName ? named : null;
        detail = isName ? null : named;
      } else {
        names = Names.of(named);
      }
    } else if (store.matches()) {
      type = store.group(1);
      names = Names.of(store.group(2));
    }
    return Optional.of(
        new DataError(kind, names.table(), names.columns(), constraint, detail, type));
  }

  /**
   * What {@code code} says the data broke, or null when it is not about data.
   *
   * <ul>
   *   <li>{@code SQLITE_CONSTRAINT_DATATYPE}: a STRICT column refused a value; {@code
   *       SQLITE_MISMATCH} ({@code datatype mismatch}, nothing named): a rowid alias ({@code
   *       INTEGER PRIMARY KEY}) refused a value that is no integer. Both are invalid values.
   *   <li>{@code SQLITE_TOOBIG}: a string or blob over the connection's {@code
   *       SQLITE_LIMIT_LENGTH}; SQLite columns have no length of their own.
   *   <li>Plain {@code SQLITE_ERROR} counts only with SQLite's {@code integer overflow} (from
   *       {@code sum()}, {@code abs()} and the like) or {@code malformed JSON}.
   *   <li>Any other constraint code ({@code RAISE()} in a trigger, a virtual table's or function's
   *       constraint) is some other error about data.
   * </ul>
   */
  private static Kind kind(SQLiteErrorCode code, String message) {
    return switch (code) {
      case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_ROWID ->
          Kind.DUPLICATE;
      case SQLITE_CONSTRAINT_NOTNULL -> Kind.NOT_NULL;
      case SQLITE_CONSTRAINT_CHECK -> Kind.CHECK;
      case SQLITE_CONSTRAINT_FOREIGNKEY -> Kind.FOREIGN_KEY;
      case SQLITE_CONSTRAINT_DATATYPE, SQLITE_MISMATCH -> Kind.INVALID_VALUE;
      case SQLITE_TOOBIG -> Kind.TOO_LONG;
      case SQLITE_ERROR ->
          message.equals(INTEGER_OVERFLOW)
              ? Kind.OUT_OF_RANGE
              : message.equals(MALFORMED_JSON) ? Kind.INVALID_VALUE : null;
      default -> code.name().startsWith("SQLITE_CONSTRAINT") ? Kind.OTHER : null;
    };
  }

  /** The first {@link SQLiteException} in the causes of {@code e}, else the first SQLException. */
  private static SQLException sqliteCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLiteException sqlite) {
        return sqlite;
      }
    }
    return DataErrors.sqlCause(e);
  }

  private static SQLiteErrorCode code(SQLException e) {
    if (e instanceof SQLiteException sqlite) {
      return sqlite.getResultCode();
    }
    Matcher name = CODE_NAME.matcher(e.getMessage() == null ? "" : e.getMessage());
    if (!name.find()) {
      return null;
    }
    try {
      return SQLiteErrorCode.valueOf(name.group(1));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /**
   * SQLite's own words for an error, without sqlite-jdbc's wrapping ({@code
   * [SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (...)}); the message as it is for an error
   * of another kind.
   */
  static String sqliteText(SQLException e) {
    SQLiteErrorCode code = code(e);
    return code == null ? String.valueOf(e.getMessage()) : sqliteMessage(e.getMessage(), code);
  }

  /** SQLite's own message: sqlite-jdbc's {@code [CODE] description (...)} around it removed. */
  private static String sqliteMessage(String message, SQLiteErrorCode code) {
    String text = message == null ? "" : message.strip();
    String wrapper = code.toString();
    while (text.startsWith(wrapper)) {
      text = text.substring(wrapper.length()).strip();
    }
    if (text.startsWith("(") && text.endsWith(")")) {
      text = text.substring(1, text.length() - 1);
    }
    return text;
  }

  /**
   * A table and its columns as a message names them.
   *
   * @param table the table, or null
   * @param columns the columns, or empty
   */
  private record Names(String table, List<String> columns) {
    static final Names NONE = new Names(null, List.of());

    /**
     * The table and columns of {@code t.a, t.b}; {@link #NONE} when a part has no dot or the parts
     * name different tables.
     */
    static Names of(String names) {
      String table = null;
      List<String> columns = new ArrayList<>();
      for (String part : names.split(", ")) {
        int dot = part.indexOf('.');
        if (dot <= 0 || dot == part.length() - 1) {
          return NONE;
        }
        String own = part.substring(0, dot);
        if (table != null && !table.equals(own)) {
          return NONE;
        }
        table = own;
        columns.add(part.substring(dot + 1));
      }
      return new Names(table, List.copyOf(columns));
    }
  }
}
