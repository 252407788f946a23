package dev.roundtrip.verifier.dialect;

/** One line about a database session, for messages about who holds a lock. */
public final class Sessions {
  private static final int LONGEST_STATEMENT = 200;

  private Sessions() {}

  /** {@code pid 7759 (idle in transaction, Redgate_Flyway): SELECT ...}. */
  public static String describe(String id, String state, String program, String lastStatement) {
    StringBuilder line = new StringBuilder(id).append(" (").append(state == null ? "?" : state);
    if (program != null && !program.isBlank()) {
      line.append(", ").append(program);
    }
    line.append(')');
    if (lastStatement != null && !lastStatement.isBlank()) {
      String sql = lastStatement.strip().replaceAll("\\s+", " ");
      line.append(": ")
          .append(
              sql.length() > LONGEST_STATEMENT
                  ? sql.substring(0, LONGEST_STATEMENT) + " ..."
                  : sql);
    }
    return line.toString();
  }
}
