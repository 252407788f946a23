package dev.roundtrip.verifier.api;

import java.util.List;

/**
 * The round trip of every migration on one dialect.
 *
 * @param dialect the dialect id
 * @param database what the run used, e.g. "embedded PostgreSQL 17.11", without secrets
 * @param migrations the outcome per migration, in version order
 * @param findings findings not tied to one migration (e.g. provisioning)
 * @param millis wall time of the dialect's run
 */
public record DialectRun(
    String dialect,
    String database,
    List<MigrationOutcome> migrations,
    List<Finding> findings,
    long millis) {

  public DialectRun {
    migrations = List.copyOf(migrations);
    findings = List.copyOf(findings);
  }

  /** Every finding of this dialect, per migration and general. */
  public List<Finding> allFindings() {
    return java.util.stream.Stream.concat(
            migrations.stream().flatMap(m -> m.findings().stream()), findings.stream())
        .toList();
  }

  public long count(MigrationOutcome.Status status) {
    return migrations.stream().filter(m -> m.status() == status).count();
  }

  public boolean passed() {
    return allFindings().stream().noneMatch(Finding::failing);
  }
}
