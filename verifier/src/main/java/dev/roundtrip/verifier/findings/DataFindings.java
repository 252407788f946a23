package dev.roundtrip.verifier.findings;

import dev.roundtrip.verifier.api.Finding;
import dev.roundtrip.verifier.api.Phase;
import dev.roundtrip.verifier.api.Rule;
import dev.roundtrip.verifier.data.DataLoss;
import dev.roundtrip.verifier.migration.Migration;
import java.util.ArrayList;
import java.util.List;

/** Words for the data findings: which table and column, how much, and sample rows. */
public final class DataFindings {
  private final Findings findings;

  public DataFindings(Findings findings) {
    this.findings = findings;
  }

  /** What a loss is, e.g. "drops column public.users.created_at holding 20 non-NULL values". */
  static String what(DataLoss loss) {
    return switch (loss.kind()) {
      case TABLE_DROPPED -> "drops table " + loss.table() + " holding " + rows(loss.count());
      case COLUMN_DROPPED ->
          "drops column " + loss.target() + " holding " + values(loss.count(), "non-NULL value");
      case ROWS_MISSING ->
          "deletes " + loss.count() + " of " + rows(loss.total()) + " of " + loss.table();
      case VALUES_CHANGED ->
          "changes "
              + loss.count()
              + " of "
              + values(loss.total(), "value")
              + " of "
              + loss.target();
      case VALUES_NULLED ->
          "sets "
              + loss.count()
              + " of "
              + values(loss.total(), "value")
              + " of "
              + loss.target()
              + " to NULL";
      case ROWS_CHANGED ->
          "loses or changes "
              + loss.count()
              + " of "
              + rows(loss.total())
              + " of "
              + loss.table()
              + " (a table without primary key, compared row by row)";
    };
  }

  private static String rows(long n) {
    return n + (n == 1 ? " row" : " rows");
  }

  private static String values(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String name(DataLoss loss) {
    return loss.column() != null ? loss.column() : shortTable(loss.table());
  }

  private static String shortTable(String qualified) {
    int dot = qualified.indexOf('.');
    return dot < 0 ? qualified : qualified.substring(dot + 1);
  }

  /**
   * The line of the up that names the lost column, else (a table rebuilt without it, as on SQLite)
   * the first that names its table, e.g. the copy that leaves the column out; 0 for none.
   */
  private static int lineOf(DifferenceLocator.Script up, DataLoss loss) {
    int line = DifferenceLocator.lineNaming(up, name(loss));
    return line == 0 && loss.column() != null
        ? DifferenceLocator.lineNaming(up, shortTable(loss.table()))
        : line;
  }

  private static List<String> samples(DataLoss loss) {
    List<String> lines = new ArrayList<>();
    for (String s : loss.samples()) {
      lines.add("e.g. " + s);
    }
    return lines;
  }

  public Finding lost(Migration m, DataLoss loss, DifferenceLocator.Script up, boolean hasDown) {
    String tail =
        hasDown
            ? ", and " + Findings.name(m.downScript()) + " does not bring them back"
            : ", and there is no down script to bring them back";
    return findings.finding(
        Rule.DATA_LOST,
        m,
        m.upScript(),
        lineOf(up, loss),
        Findings.name(m.upScript()) + " " + what(loss) + tail,
        samples(loss),
        "Keep the data (copy it to where it moves, or back it up in a table the down script reads),"
            + " or allow it with -- roundtrip:allow data-lost \"reason\".");
  }

  public Finding moved(Migration m, DataLoss loss, DifferenceLocator.Script up) {
    String what =
        loss.column() == null
            ? "the rows of " + loss.table() + " (" + loss.count() + ")"
            : "the values of " + loss.target() + " (" + loss.count() + " non-NULL)";
    return findings.finding(
        Rule.DATA_MOVED,
        m,
        m.upScript(),
        DifferenceLocator.lineNaming(up, name(loss)),
        Findings.name(m.upScript()) + " moves " + what + " to " + loss.movedTo(),
        List.of(),
        "");
  }

  public Finding notRestored(Migration m, DataLoss loss, DifferenceLocator.Script down) {
    return notRestored(m, loss, down, "");
  }

  /**
   * What the down lost of the rows from before the up when it ran after rows were written under the
   * up's schema.
   */
  public Finding notRestoredAfterWrites(Migration m, DataLoss loss, DifferenceLocator.Script down) {
    return notRestored(
            m, loss, down, ", once rows had been written under the schema of " + m.label())
        .inPhase(Phase.DOWN_AFTER_WRITES);
  }

  private Finding notRestored(
      Migration m, DataLoss loss, DifferenceLocator.Script down, String context) {
    String verb =
        switch (loss.kind()) {
          case TABLE_DROPPED -> "lost table " + loss.table() + " with its " + rows(loss.count());
          case COLUMN_DROPPED ->
              "lost column " + loss.target() + " with its " + values(loss.count(), "value");
          case ROWS_MISSING ->
              "did not bring back "
                  + loss.count()
                  + " of "
                  + rows(loss.total())
                  + " of "
                  + loss.table();
          case VALUES_CHANGED ->
              "did not restore "
                  + loss.target()
                  + ": "
                  + loss.count()
                  + " of "
                  + values(loss.total(), "value")
                  + " differ from before "
                  + m.label();
          case VALUES_NULLED ->
              "did not restore "
                  + loss.target()
                  + ": "
                  + loss.count()
                  + " of "
                  + values(loss.total(), "value")
                  + " are NULL instead of their value before "
                  + m.label();
          case ROWS_CHANGED ->
              "did not restore "
                  + loss.count()
                  + " of "
                  + rows(loss.total())
                  + " of "
                  + loss.table();
        };
    return findings.finding(
        Rule.DATA_NOT_RESTORED,
        m,
        m.downScript(),
        DifferenceLocator.lineNaming(down, name(loss)),
        Findings.name(m.downScript()) + " " + verb + context,
        samples(loss),
        "Make "
            + Findings.name(m.downScript())
            + " restore the data as it was before "
            + m.label()
            + ", or allow it with -- roundtrip:allow data-not-restored \"reason\".");
  }

  /** What the down after the writes discarded of them; a warning. */
  public Finding discarded(Migration m, List<DataLoss> losses) {
    List<String> items = new ArrayList<>();
    for (DataLoss loss : losses) {
      items.add(
          loss.column() == null
              ? "table " + loss.table() + " (" + rows(loss.count()) + ")"
              : "column " + loss.target() + " (" + values(loss.count(), "value") + ")");
    }
    return findings
        .finding(
            Rule.DATA_DISCARDED,
            m,
            null,
            0,
            Findings.name(m.downScript())
                + " discards what was written after "
                + m.label()
                + " into what only "
                + m.label()
                + " creates, as any rollback would: "
                + String.join("; ", items),
            List.of(),
            "")
        .inPhase(Phase.DOWN_AFTER_WRITES);
  }

  public Finding reapplyDiffers(Migration m, DataLoss loss, DifferenceLocator.Script up) {
    return findings.finding(
        Rule.REAPPLY_DATA_DIFFERS,
        m,
        m.upScript(),
        DifferenceLocator.lineNaming(up, name(loss)),
        Findings.name(m.upScript())
            + " applied again after "
            + Findings.name(m.downScript())
            + " does not give the data of the first time: it "
            + what(loss),
        samples(loss),
        "Make the up deterministic (no now(), random() or order-dependent updates on existing"
            + " rows), or allow it with -- roundtrip:allow reapply-data-differs \"reason\".");
  }
}
