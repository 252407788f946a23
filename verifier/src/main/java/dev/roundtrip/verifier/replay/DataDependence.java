package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.data.Sql;
import dev.roundtrip.verifier.dialect.DataError;
import dev.roundtrip.verifier.dialect.DataError.Kind;
import dev.roundtrip.verifier.dialect.Dialect;
import dev.roundtrip.verifier.dialect.SqlStatement;
import dev.roundtrip.verifier.execution.StepFailure;
import dev.roundtrip.verifier.findings.Findings;
import dev.roundtrip.verifier.migration.Migration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An up that failed on the rows the generator wrote and applied without them, said as what it means
 * in production ({@code V2 fails if u2f_devices.key_handle holds two equal values}), with the
 * statement, the database's words and, where they can be found, the rows that broke it.
 */
final class DataDependence {
  private static final int SAMPLES = 3;

  private final Session failed;
  private final Findings findings;

  /**
   * @param failed the session whose database the up failed on, still holding its rows
   */
  DataDependence(Session failed, Findings findings) {
    this.failed = failed;
    this.findings = findings;
  }

  /** The first up failed on the generated rows and applied on a database without them. */
  Finding of(Migration m, StepFailure f) {
    return build(
        m,
        f,
        Phase.UP,
        " on the generated rows and applies without them: ",
        " and the migrations after it were verified without the generated rows written before it.");
  }

  /**
   * The up applied, but failed when applied again after its down had run on rows generated under
   * its schema: the same dependence on data, met by rows written after the up.
   */
  Finding afterWrites(Migration m, StepFailure f) {
    return build(
        m,
        f,
        Phase.REAPPLY_AFTER_WRITES,
        " when applied again after "
            + Findings.name(m.downScript())
            + " had run on rows generated under its schema: ",
        " was verified up to that point; the next migration starts on a fresh database.");
  }

  private Finding build(Migration m, StepFailure f, Phase phase, String how, String after) {
    Dialect dialect = failed.dialect;
    Optional<DataError> error = dialect.dataErrors().of(f.getCause());
    String sql = f.statement() != null ? f.statement() : statementAt(m, f.line());
    UniqueTarget unique = UniqueTarget.of(sql);
    String table = error.map(DataError::table).orElse(null);
    List<String> columns = error.map(DataError::columns).orElse(List.of());
    boolean fromStatement = false;
    if (unique != null && error.map(e -> e.kind() == Kind.DUPLICATE).orElse(false)) {
      if (table == null) {
        table = unique.table();
        fromStatement = true;
      }
      if (columns.isEmpty()) {
        columns = unique.columns();
      }
    }
    List<String> evidence = new ArrayList<>();
    if (sql != null) {
      evidence.add("statement: " + Findings.shortened(sql));
    }
    evidence.add("database: " + f.getMessage());
    error.map(DataError::detail).ifPresent(d -> evidence.add("detail: " + d));
    evidence.addAll(rows(error.orElse(null), table, fromStatement, columns));
    if (!dialect.transactionalDdl()) {
      evidence.add(
          "DDL is not transactional on "
              + dialect.displayName()
              + ": where "
              + m.label()
              + " fails, the statements before"
              + (f.line() > 0 ? " line " + f.line() : " the failing one")
              + " stay applied");
    }
    Finding found =
        findings.finding(
            Rule.UP_FAILS_ON_DATA,
            m,
            m.upScript(),
            f.line(),
            Findings.name(m.upScript())
                + " failed"
                + (f.line() > 0 ? " at line " + f.line() : "")
                + how
                + m.label()
                + " fails "
                + meaning(error.orElse(null), table, columns),
            evidence,
            "Make sure production data cannot hold that, or make "
                + m.label()
                + " deal with it; to try "
                + m.label()
                + " on rows like yours, add them in a seed script after-V<version>.sql. "
                + m.label()
                + after);
    return found.inPhase(phase);
  }

  /** What {@code f}, an {@code up-fails-on-data} finding, says the up fails on. */
  static String meaningIn(Finding f) {
    String text = f.message();
    int at = text.lastIndexOf(": V");
    return at < 0 ? text : text.substring(at);
  }

  /** When the up fails in production, e.g. "if public.tags.name holds two equal values". */
  static String meaning(DataError error, String table, List<String> columns) {
    if (error == null) {
      return "on some of the data it meets";
    }
    String where = where(table, columns);
    return switch (error.kind()) {
      case DUPLICATE ->
          columns.size() > 1 && table != null
              ? "if two rows of " + table + " share (" + String.join(", ", columns) + ")"
              : where != null
                  ? "if " + where + " holds two equal values"
                  : "if values it makes unique repeat";
      case TOO_LONG ->
          "if a value "
              + (error.type() != null
                  ? "longer than " + error.type() + " allows"
                  : "too long for its column")
              + " is written"
              + (where != null ? " to " + where : "");
      case NOT_NULL ->
          where != null ? "if " + where + " holds NULL" : "if a NULL reaches a NOT NULL column";
      case CHECK ->
          "if a row"
              + (table != null ? " of " + table : "")
              + " breaks the check"
              + (error.constraint() != null ? " " + error.constraint() : "");
      case FOREIGN_KEY ->
          where != null
              ? "if " + where + " holds a value the referenced table lacks"
              : "if a value has no match in the table it references";
      case OUT_OF_RANGE ->
          "if a value is out of range for "
              + (error.type() != null ? error.type() : "its type")
              + (where != null ? " in " + where : "");
      case INVALID_VALUE ->
          "if a value cannot be read as "
              + (error.type() != null ? error.type() : "its new type")
              + (where != null ? " in " + where : "");
      case OTHER -> "on some of the data it meets";
    };
  }

  private static String where(String table, List<String> columns) {
    if (columns.size() == 1) {
      return table == null ? columns.get(0) : table + "." + columns.get(0);
    }
    return null;
  }

  /** The rows that broke the rule, where the database can show them: equal keys, NULLs. */
  private List<String> rows(
      DataError error, String table, boolean asWritten, List<String> columns) {
    if (error == null || table == null || columns.isEmpty()) {
      return List.of();
    }
    String from = asWritten ? table : qualified(table);
    List<String> cols = columns.stream().map(failed.dialect::quote).toList();
    try (Connection c = failed.database.connect();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(10);
      if (error.kind() == Kind.DUPLICATE) {
        String list = String.join(", ", cols);
        List<String> lines = new ArrayList<>();
        try (ResultSet rs =
            s.executeQuery(
                "SELECT "
                    + list
                    + ", count(*) FROM "
                    + from
                    + " GROUP BY "
                    + list
                    + " HAVING count(*) > 1 ORDER BY count(*) DESC LIMIT "
                    + SAMPLES)) {
          while (rs.next()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
              values.add(columns.get(i) + "=" + Sql.show(rs.getString(i + 1)));
            }
            lines.add(
                "e.g. "
                    + String.join(", ", values)
                    + " in "
                    + rs.getLong(columns.size() + 1)
                    + " rows");
          }
        }
        return lines;
      }
      if (error.kind() == Kind.NOT_NULL && columns.size() == 1) {
        try (ResultSet rs =
            s.executeQuery("SELECT count(*) FROM " + from + " WHERE " + cols.get(0) + " IS NULL")) {
          rs.next();
          long n = rs.getLong(1);
          return n == 0 ? List.of() : List.of(Findings.plural((int) n, "row") + " hold NULL there");
        }
      }
    } catch (SQLException notThere) {
      // the table may be one the failed up itself created; the database's words stand alone
    }
    return List.of();
  }

  private String qualified(String table) {
    int dot = table.indexOf('.');
    Dialect d = failed.dialect;
    return dot < 0
        ? d.quote(table)
        : d.quote(table.substring(0, dot)) + "." + d.quote(table.substring(dot + 1));
  }

  /** The statement of the up that starts at {@code line}, or the last one before it. */
  private String statementAt(Migration m, int line) {
    if (line <= 0) {
      return null;
    }
    SqlStatement found = null;
    for (SqlStatement s : failed.script(m.upScript()).statements()) {
      if (s.line() <= line) {
        found = s;
      }
    }
    return found == null ? null : found.sql();
  }
}
