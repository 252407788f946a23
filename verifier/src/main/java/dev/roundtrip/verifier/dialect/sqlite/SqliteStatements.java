package dev.roundtrip.verifier.dialect.sqlite;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.sqlite.SqliteLexer.Kind;
import dev.roundtrip.verifier.dialect.sqlite.SqliteLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What SQLite allows of a single statement inside a transaction, judged from its leading words. */
public final class SqliteStatements {

  private static final int LEADING_ITEMS = 8;

  /** Pragmas that, given a value, are refused or silently ignored inside a transaction. */
  private static final Set<String> SETTINGS_OUTSIDE_TRANSACTION =
      Set.of("JOURNAL_MODE", "SYNCHRONOUS", "TEMP_STORE");

  private SqliteStatements() {}

  /**
   * Whether {@code sql} cannot be part of a transaction that is rolled back as a whole: SQLite
   * refuses it inside a transaction, ignores it there, ends the transaction with it, or does
   * something a rollback does not undo. Leading comments, case and quotes around a pragma's name do
   * not matter. True for:
   *
   * <ul>
   *   <li>{@code VACUUM}, {@code VACUUM INTO 'file'} too: refused with {@code cannot VACUUM from
   *       within a transaction};
   *   <li>{@code BEGIN [DEFERRED|IMMEDIATE|EXCLUSIVE] [TRANSACTION]}: SQLite transactions do not
   *       nest, so it fails with {@code cannot start a transaction within a transaction};
   *   <li>{@code COMMIT} and its synonym {@code END [TRANSACTION]}: they commit the transaction in
   *       progress, so what ran before can no longer be rolled back (with sqlite-jdbc the
   *       connection's own {@code commit()} or {@code rollback()} then fails with {@code no
   *       transaction is active});
   *   <li>{@code ROLLBACK [TRANSACTION]} without {@code TO}: it ends the transaction in progress,
   *       and the statements after it run outside any;
   *   <li>{@code PRAGMA foreign_keys}, in any form: enforcement cannot be switched inside a
   *       transaction, where the setting is a silent no-op; Flyway also runs any statement starting
   *       {@code PRAGMA foreign_keys} outside a transaction, and refuses it in a script with
   *       others;
   *   <li>{@code PRAGMA journal_mode = ...}: inside a transaction the mode stays as it was (into or
   *       out of WAL, before the transaction has written, it fails with {@code cannot change into
   *       wal mode from within a transaction});
   *   <li>{@code PRAGMA synchronous = ...}: refused with {@code Safety level may not be changed
   *       inside a transaction};
   *   <li>{@code PRAGMA temp_store = ...}: refused with {@code temporary storage cannot be changed
   *       from within a transaction} once temporary tables exist, and never undone otherwise;
   *   <li>{@code PRAGMA wal_checkpoint}: refused in a transaction that has written ({@code database
   *       table is locked});
   *   <li>{@code ATTACH} and {@code DETACH}: SQLite runs them inside a transaction, but a rollback
   *       does not undo them, so the database stays attached, or detached;
   *   <li>sqlite-jdbc's own commands {@code backup [db] to file} and {@code restore [db] from file}
   *       (SQLite has no statement starting {@code BACKUP} or {@code RESTORE}): they copy a whole
   *       database file through the online backup API, which no rollback undoes, and fail with
   *       {@code SQLITE_BUSY} inside a transaction that has written.
   * </ul>
   *
   * <p>Not reported: {@code SAVEPOINT}, {@code RELEASE} and {@code ROLLBACK TO}, which nest inside
   * the transaction and are undone with it; reading a pragma ({@code PRAGMA journal_mode}); pragmas
   * that hold anywhere ({@code user_version}, {@code application_id} and {@code defer_foreign_keys}
   * are rolled back with the transaction; connection settings such as {@code busy_timeout} or
   * {@code cache_size} just take effect; {@code page_size}, {@code auto_vacuum} and {@code
   * encoding} act on a new database alike inside a transaction and out); DDL of any kind, TEMP and
   * virtual tables included, which SQLite rolls back like data.
   *
   * @param sql one statement, as produced by {@link SqliteStatementSplitter}
   * @return {@code true} if the statement cannot be part of a transaction rolled back as a whole
   */
  public static boolean breaksTransaction(String sql) {
    List<String> items = leadingItems(sql);
    return switch (item(items, 0)) {
      case "VACUUM", "BEGIN", "COMMIT", "END", "ATTACH", "DETACH", "BACKUP", "RESTORE" -> true;
      case "ROLLBACK" -> !isRollbackTo(items);
      case "PRAGMA" -> pragmaBreaksTransaction(items);
      default -> false;
    };
  }

  /** {@code ROLLBACK [TRANSACTION] TO ...}. */
  private static boolean isRollbackTo(List<String> items) {
    int to = item(items, 1).equals("TRANSACTION") ? 2 : 1;
    return item(items, to).equals("TO");
  }

  /** {@code PRAGMA [schema.]name [= value | (value)]}. */
  private static boolean pragmaBreaksTransaction(List<String> items) {
    int name = item(items, 2).equals(".") ? 3 : 1;
    String pragma = item(items, name);
    String after = item(items, name + 1);
    boolean setsValue = after.equals("=") || after.equals("(");
    return pragma.equals("FOREIGN_KEYS")
        || pragma.equals("WAL_CHECKPOINT")
        || (setsValue && SETTINGS_OUTSIDE_TRANSACTION.contains(pragma));
  }

  private static String item(List<String> items, int index) {
    return index < items.size() ? items.get(index) : "";
  }

  /**
   * The statement's first words and quoted names in upper case, without their quotes, and any other
   * token as its text; none when the statement does not start with a word. Stops at the end of the
   * statement or at an unterminated quote.
   */
  private static List<String> leadingItems(String sql) {
    SqliteLexer lexer = new SqliteLexer(sql);
    List<String> items = new ArrayList<>();
    while (items.size() < LEADING_ITEMS) {
      Token token;
      try {
        token = lexer.next();
      } catch (ScriptParseException unterminated) {
        break; // the items before the unterminated quote still decide
      }
      if (token.kind() == Kind.END_OF_SCRIPT
          || token.kind() == Kind.SEMICOLON
          || (items.isEmpty() && token.kind() != Kind.WORD)) {
        break;
      }
      items.add(lexer.unquoted(token).toUpperCase(Locale.ROOT));
    }
    return items;
  }
}
