package dev.roundtrip.verifier.dialect.postgresql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of a sequence, written as PostgreSQL would accept them and leaving out those that
 * have their default value, e.g. {@code INCREMENT BY 5 START WITH 100}. The current value is state,
 * not schema, and is not part of it.
 */
record SequenceOptions(
    String type, long start, long increment, long min, long max, long cache, boolean cycle) {

  /** Reads columns {@code seqtype, seqstart, seqincrement, seqmin, seqmax, seqcache, seqcycle}. */
  static SequenceOptions from(ResultSet row) throws SQLException {
    return new SequenceOptions(
        row.getString("seqtype"),
        row.getLong("seqstart"),
        row.getLong("seqincrement"),
        row.getLong("seqmin"),
        row.getLong("seqmax"),
        row.getLong("seqcache"),
        row.getBoolean("seqcycle"));
  }

  /** The options that differ from the defaults for the sequence's type and direction. */
  String nonDefault() {
    boolean ascending = increment > 0;
    long defaultMin = ascending ? 1 : typeMin();
    long defaultMax = ascending ? typeMax() : -1;
    List<String> options = new ArrayList<>();
    if (increment != 1) {
      options.add("INCREMENT BY " + increment);
    }
    if (min != defaultMin) {
      options.add("MINVALUE " + min);
    }
    if (max != defaultMax) {
      options.add("MAXVALUE " + max);
    }
    if (start != (ascending ? min : max)) {
      options.add("START WITH " + start);
    }
    if (cache != 1) {
      options.add("CACHE " + cache);
    }
    if (cycle) {
      options.add("CYCLE");
    }
    return String.join(" ", options);
  }

  private long typeMax() {
    return switch (type) {
      case "smallint" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }

  private long typeMin() {
    return switch (type) {
      case "smallint" -> Short.MIN_VALUE;
      case "integer" -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
  }
}
