package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.dialect.ScriptParseException;
import dev.roundtrip.verifier.dialect.mysql.MySqlLexer.Kind;
import dev.roundtrip.verifier.dialect.mysql.MySqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What MySQL and MariaDB do with a single statement's transaction, judged from its leading
 * keywords.
 */
public final class MySqlStatements {

  /** How many leading words, quotes and symbols decide what a statement is. */
  static final int LEADING_ITEMS = 16;

  /** Stands for any quoted string or identifier in a list of leading items. */
  static final String QUOTED = "`";

  private static final Set<String> CREATE_KINDS =
      Set.of(
          "TABLE",
          "INDEX",
          "VIEW",
          "PROCEDURE",
          "FUNCTION",
          "TRIGGER",
          "EVENT",
          "DATABASE",
          "SCHEMA",
          "USER",
          "ROLE",
          "SERVER",
          "TABLESPACE",
          "REFERENCE",
          "SEQUENCE");
  private static final Set<String> ALTER_KINDS =
      Set.of(
          "TABLE",
          "VIEW",
          "PROCEDURE",
          "FUNCTION",
          "EVENT",
          "DATABASE",
          "SCHEMA",
          "USER",
          "SERVER",
          "TABLESPACE",
          "SEQUENCE");

  /** Every object kind a statement can name: what CREATE makes, and a few more. */
  private static final Set<String> KINDS =
      Stream.concat(CREATE_KINDS.stream(), Stream.of("PACKAGE", "RESOURCE", "LOGFILE", "INSTANCE"))
          .collect(Collectors.toUnmodifiableSet());

  private static final Set<String> MODIFIERS =
      Set.of(
          "OR",
          "REPLACE",
          "TEMPORARY",
          "UNIQUE",
          "FULLTEXT",
          "SPATIAL",
          "ONLINE",
          "OFFLINE",
          "IGNORE",
          "AGGREGATE",
          "UNDO");
  private static final Set<String> TABLE_MAINTENANCE =
      Set.of("ANALYZE", "CHECK", "OPTIMIZE", "REPAIR");
  private static final Set<String> TABLE_OR_TABLES = Set.of("TABLE", "TABLES");
  private static final Set<String> ON_VALUES = Set.of("1", "ON", "TRUE");

  /**
   * The object a {@code CREATE}, {@code ALTER} or {@code DROP} is about.
   *
   * @param kind {@code TABLE}, {@code PROCEDURE}, ..., or {@code REFERENCE} for a spatial reference
   *     system
   * @param index where the kind stands in the leading items
   * @param temporary whether {@code TEMPORARY} came before the kind
   */
  record Target(String kind, int index, boolean temporary) {}

  private MySqlStatements() {}

  /**
   * Whether {@code sql} ends the current transaction with an implicit commit, so that a failure of
   * a later statement can no longer roll back what came before it (and, for DDL, the statement
   * itself).
   *
   * <p>Follows "Statements That Cause an Implicit Commit" of the MySQL 8.4 manual and its MariaDB
   * counterpart: {@code CREATE}, {@code ALTER} and {@code DROP} of tables, indexes, views, stored
   * procedures and functions, triggers, events, databases, users, roles, servers, tablespaces,
   * spatial reference systems and (MariaDB) sequences; {@code RENAME TABLE|USER}, {@code TRUNCATE},
   * {@code GRANT}, {@code REVOKE}, {@code SET PASSWORD}, {@code INSTALL|UNINSTALL PLUGIN}; {@code
   * BEGIN}, {@code START TRANSACTION}, {@code SET autocommit = 1}, {@code LOCK TABLES}, {@code
   * UNLOCK TABLES}; {@code ANALYZE|CHECK|OPTIMIZE|REPAIR TABLE}, {@code CACHE INDEX}, {@code LOAD
   * INDEX INTO CACHE}, {@code FLUSH}, {@code RESET} (not {@code RESET PERSIST}); replication
   * control ({@code START|STOP REPLICA|SLAVE}, {@code CHANGE REPLICATION SOURCE|MASTER TO}) and
   * MariaDB's {@code SHUTDOWN}.
   *
   * <p>Not reported: {@code CREATE|DROP TEMPORARY TABLE}, {@code CREATE FUNCTION ... SONAME} (a
   * loadable function), MariaDB's {@code BEGIN NOT ATOMIC} block, {@code LOAD DATA} (which commits
   * only on NDB) and {@code CALL}, whose routine may commit but cannot be judged from its text.
   * Some statements commit only in a state the text does not show, and are reported anyway: {@code
   * SET autocommit = 1} commits only if autocommit was 0, {@code UNLOCK TABLES} only if {@code LOCK
   * TABLES} was in effect, and {@code DROP FUNCTION} of a loadable function not at all. Leading
   * comments, case and executable comments ({@code /*!50003 CREATE*}{@code /} counts as {@code
   * CREATE}) do not matter.
   *
   * @param sql one statement, as produced by {@link MySqlStatementSplitter}
   * @return {@code true} if executing the statement commits the transaction in progress
   */
  public static boolean causesImplicitCommit(String sql) {
    List<String> items = leadingItems(sql);
    String second = item(items, 1);
    return switch (item(items, 0)) {
      case "CREATE" -> createCommits(items);
      case "ALTER" -> isTarget(items, ALTER_KINDS);
      case "DROP" -> isTarget(items, CREATE_KINDS) && !target(items).temporary();
      case "RENAME" -> Set.of("TABLE", "TABLES", "USER").contains(second);
      case "TRUNCATE", "GRANT", "REVOKE", "FLUSH", "SHUTDOWN" -> true;
      case "BEGIN" -> !second.equals("NOT");
      case "START" -> Set.of("TRANSACTION", "REPLICA", "SLAVE", "ALL").contains(second);
      case "STOP" -> Set.of("REPLICA", "SLAVE", "ALL").contains(second);
      case "RESET" -> !second.equals("PERSIST");
      case "LOCK", "UNLOCK" -> TABLE_OR_TABLES.contains(second);
      case "CACHE", "LOAD" -> second.equals("INDEX");
      case "CHANGE" ->
          second.equals("MASTER")
              || (second.equals("REPLICATION") && item(items, 2).equals("SOURCE"));
      case "INSTALL", "UNINSTALL" -> second.equals("PLUGIN") || second.equals("SONAME");
      case "SET" -> second.equals("PASSWORD") || setsAutocommitOn(items);
      default -> isTableMaintenance(items);
    };
  }

  private static boolean createCommits(List<String> items) {
    Target target = target(items);
    if (target == null || !CREATE_KINDS.contains(target.kind())) {
      return false;
    }
    return switch (target.kind()) {
      case "TABLE" -> !target.temporary();
      case "FUNCTION" -> !isLoadableFunction(items, target.index());
      default -> true;
    };
  }

  /** {@code CREATE FUNCTION [IF NOT EXISTS] name RETURNS ...}: no parameter list, so not stored. */
  private static boolean isLoadableFunction(List<String> items, int kindIndex) {
    int i = kindIndex + 1;
    if (item(items, i).equals("IF")) {
      i += item(items, i + 1).equals("NOT") ? 3 : 2;
    }
    i++;
    while (item(items, i).equals(".")) {
      i += 2;
    }
    return item(items, i).equals("RETURNS");
  }

  private static boolean isTarget(List<String> items, Set<String> kinds) {
    Target target = target(items);
    return target != null && kinds.contains(target.kind());
  }

  /** {@code ANALYZE|CHECK|OPTIMIZE|REPAIR [NO_WRITE_TO_BINLOG|LOCAL] TABLE ...}. */
  private static boolean isTableMaintenance(List<String> items) {
    if (!TABLE_MAINTENANCE.contains(item(items, 0))) {
      return false;
    }
    String second = item(items, 1);
    int kind = second.equals("NO_WRITE_TO_BINLOG") || second.equals("LOCAL") ? 2 : 1;
    return TABLE_OR_TABLES.contains(item(items, kind));
  }

  /** {@code SET [SESSION|LOCAL|@@[session.]]autocommit {=|:=} {1|ON|TRUE}}. */
  private static boolean setsAutocommitOn(List<String> items) {
    int i = 1;
    while (Set.of("SESSION", "LOCAL", "@", ".").contains(item(items, i))) {
      i++;
    }
    if (!item(items, i).equals("AUTOCOMMIT")) {
      return false;
    }
    i++;
    if (item(items, i).equals(":")) {
      i++;
    }
    return item(items, i).equals("=") && ON_VALUES.contains(item(items, i + 1));
  }

  /**
   * Finds the object kind after {@code CREATE}, {@code ALTER} or {@code DROP}, past {@code OR
   * REPLACE}, {@code DEFINER = user}, {@code ALGORITHM = ...}, {@code SQL SECURITY ...}, {@code
   * TEMPORARY} and the like.
   *
   * @param items the statement's leading items, the verb first
   * @return the kind, or {@code null} if none is found where expected
   */
  static Target target(List<String> items) {
    boolean temporary = false;
    int i = 1;
    while (i < items.size()) {
      String word = items.get(i);
      if (KINDS.contains(word)) {
        return new Target(word, i, temporary);
      }
      temporary |= word.equals("TEMPORARY");
      if (word.equals("DEFINER") && item(items, i + 1).equals("=")) {
        i = skipUser(items, i + 2);
      } else if (word.equals("ALGORITHM") && item(items, i + 1).equals("=")) {
        i += 3;
      } else if (word.equals("SQL") && item(items, i + 1).equals("SECURITY")) {
        i += 3;
      } else if (MODIFIERS.contains(word)) {
        i++;
      } else {
        return null;
      }
    }
    return null;
  }

  /** Skips {@code name}, {@code name@host} or {@code CURRENT_USER()} starting at {@code i}. */
  private static int skipUser(List<String> items, int i) {
    int next = i + 1;
    if (item(items, next).equals("@")) {
      next += 2;
    }
    if (item(items, next).equals("(") && item(items, next + 1).equals(")")) {
      next += 2;
    }
    return next;
  }

  static String item(List<String> items, int index) {
    return index < items.size() ? items.get(index) : "";
  }

  /**
   * How a token stands in a list of leading items: words in upper case, any quoted text as {@link
   * #QUOTED}, anything else as its text; {@code null} for the markers of executable comments, whose
   * content counts as if there were no comment.
   */
  static String itemOf(MySqlLexer lexer, Token token) {
    return switch (token.kind()) {
      case WORD -> lexer.text(token).toUpperCase(Locale.ROOT);
      case QUOTED -> QUOTED;
      case EXECUTABLE_COMMENT_START, EXECUTABLE_COMMENT_END -> null;
      default -> lexer.text(token);
    };
  }

  private static List<String> leadingItems(String sql) {
    MySqlLexer lexer = new MySqlLexer(sql);
    List<String> items = new ArrayList<>();
    while (items.size() < LEADING_ITEMS) {
      Token token;
      try {
        token = lexer.next();
      } catch (ScriptParseException unterminated) {
        break; // the items before the unterminated quote or comment still decide
      }
      if (token.kind() == Kind.END_OF_SCRIPT || token.kind() == Kind.DELIMITER) {
        break;
      }
      String item = itemOf(lexer, token);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }
}
