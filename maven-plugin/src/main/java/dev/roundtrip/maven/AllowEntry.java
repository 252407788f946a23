package dev.roundtrip.maven;

/**
 * An {@code <allow>} entry: findings of a rule on a migration (every migration when {@code version}
 * is unset) are still reported, marked allowed with the reason, and fail nothing.
 *
 * <pre>{@code
 * <allows>
 *   <allow>
 *     <rule>data-lost</rule>
 *     <version>5</version>
 *     <reason>created_at lives in the audit service since 2026-03</reason>
 *   </allow>
 * </allows>
 * }</pre>
 */
public class AllowEntry {
  /** The rule id, e.g. {@code data-lost}. */
  private String rule;

  /** The migration version, e.g. {@code 5}; unset for every migration. */
  private String version;

  /** Why it is fine; required. */
  private String reason;

  public String getRule() {
    return rule;
  }

  public void setRule(String rule) {
    this.rule = rule;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
