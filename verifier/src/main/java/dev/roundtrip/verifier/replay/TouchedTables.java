package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.data.ForeignKeyInfo;
import dev.roundtrip.verifier.data.TableInfo;
import dev.roundtrip.verifier.schema.ObjectKind;
import dev.roundtrip.verifier.schema.SchemaObject;
import dev.roundtrip.verifier.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables whose data a migration's up and down scripts can change, so that the data checks copy
 * and compare those alone: every table the statements name, the tables that code they name or reach
 * reads or writes (functions, procedures, views, the triggers of the tables and views reached,
 * scheduled events), and the tables whose foreign keys point at any of those (a cascade reaches
 * them). Names are matched as words, case-insensitively and without their schema, so a name in a
 * comment or a string counts too: the set may hold more than the scripts change, never less, unless
 * a statement builds a name at run time. A script or routine that runs SQL it builds ({@code
 * EXECUTE} of a string, {@code PREPARE}) or a script that cannot be read means every table.
 */
final class TouchedTables {
  /** A quoted identifier (double quotes, backticks, brackets) or a bare word. */
  private static final Pattern WORD =
      Pattern.compile(
          "\"((?:[^\"]|\"\")+)\"|`((?:[^`]|``)+)`|\\[([^\\]]+)\\]|([\\p{L}_][\\p{L}\\p{N}_$]*)");

  /** SQL built at run time: names in it cannot be read off the text. */
  private static final Pattern DYNAMIC =
      Pattern.compile(
          "(?i)\\bEXECUTE\\b(?!\\s+(?:FUNCTION|PROCEDURE|ON)\\b)|\\bPREPARE\\b(?!\\s+TRANSACTION\\b)");

  /** Schema objects that hold code or a query naming tables. */
  private static final Set<ObjectKind> CODE =
      EnumSet.of(
          ObjectKind.FUNCTION,
          ObjectKind.PROCEDURE,
          ObjectKind.AGGREGATE,
          ObjectKind.TRIGGER,
          ObjectKind.VIEW,
          ObjectKind.MATERIALIZED_VIEW,
          ObjectKind.POLICY,
          ObjectKind.EVENT);

  /** The names, in lower case, of the tables reached, and of those the statements may create. */
  private final Set<String> names;

  private TouchedTables(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  /**
   * Whether {@code table}, in the database before the statements or after any of them, may have its
   * data changed by them.
   */
  boolean contains(TableInfo table) {
    return names.contains(lower(table.name()));
  }

  /**
   * The tables the statements {@code sql} may change, read with the code of {@code schema} and the
   * foreign keys of {@code tables} (the database before them), and the tables they may create;
   * empty when that cannot be told, which means every table.
   */
  static Optional<TouchedTables> of(
      List<String> sql, SchemaSnapshot schema, List<TableInfo> tables) {
    Set<String> words = new HashSet<>();
    for (String statement : sql) {
      if (DYNAMIC.matcher(statement).find()) {
        return Optional.empty();
      }
      words(statement, words);
    }
    List<SchemaObject> code = new ArrayList<>();
    for (SchemaObject o : schema.objects()) {
      if (CODE.contains(o.kind())) {
        code.add(o);
      }
    }
    Set<String> touched = new LinkedHashSet<>();
    Set<String> touchedNames = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (TableInfo t : tables) {
        if (!touched.contains(t.plainName()) && words.contains(lower(t.name()))) {
          touched.add(t.plainName());
          touchedNames.add(lower(t.name()));
          grew = true;
        }
      }
      for (TableInfo t : tables) {
        if (!touched.contains(t.plainName()) && refersTo(t, touchedNames)) {
          touched.add(t.plainName());
          touchedNames.add(lower(t.name()));
          words.add(lower(t.name()));
          grew = true;
        }
      }
      for (var it = code.iterator(); it.hasNext(); ) {
        SchemaObject o = it.next();
        boolean reached =
            o.kind() == ObjectKind.EVENT
                || words.contains(lastWord(o.name()))
                || (o.owner() != null && words.contains(lastWord(o.owner().name())));
        if (reached) {
          if (DYNAMIC.matcher(o.definition()).find()) {
            return Optional.empty();
          }
          words(o.definition(), words);
          it.remove();
          grew = true;
        }
      }
    }
    // a table the statements create is named in them like one they change
    return Optional.of(new TouchedTables(words));
  }

  /** Whether a foreign key of {@code t} points at a table named one of {@code parents}. */
  private static boolean refersTo(TableInfo t, Set<String> parents) {
    for (ForeignKeyInfo fk : t.foreignKeys()) {
      if (parents.contains(lastWord(fk.parentSqlName()))) {
        return true;
      }
    }
    return false;
  }

  private static void words(String text, Set<String> into) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      into.add(lower(word(m)));
    }
  }

  /**
   * The last word of an object's name: {@code orders} of {@code public."orders"}, {@code f} of
   * {@code public.f(integer)}.
   */
  private static String lastWord(String name) {
    int paren = name.indexOf('(');
    String head = paren < 0 ? name : name.substring(0, paren);
    Matcher m = WORD.matcher(head);
    String last = "";
    while (m.find()) {
      last = word(m);
    }
    return lower(last);
  }

  private static String word(Matcher m) {
    for (int g = 1; g <= 4; g++) {
      if (m.group(g) != null) {
        return m.group(g).replace("\"\"", "\"").replace("``", "`");
      }
    }
    return "";
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
