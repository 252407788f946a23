package dev.roundtrip.verifier.api;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One verdict about one migration on one dialect: what happened, where (file and line), the
 * evidence, and how to fix it.
 *
 * @param rule what kind of finding
 * @param severity how serious; {@link Severity#ERROR} fails the build
 * @param dialect the dialect id, e.g. {@code postgresql}
 * @param version the migration version, e.g. {@code 3}, or null for a finding about no migration
 * @param phase the step of the round trip
 * @param file the file the finding points at (relative to the project where possible), or null
 * @param line the 1-based line in {@code file}, or 0 when unknown
 * @param message one sentence saying what happened, where
 * @param evidence details, one line each (schema differences, SQL errors)
 * @param fix what to do about it
 * @param allowance the reason this finding is allowed (an inline {@code -- roundtrip:allow} or an
 *     {@code <allow>} entry), or null; an allowed finding is reported but fails nothing
 */
public record Finding(
    Rule rule,
    Severity severity,
    String dialect,
    String version,
    Phase phase,
    String file,
    int line,
    String message,
    List<String> evidence,
    String fix,
    String allowance) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    fix = fix == null ? "" : fix;
  }

  /** A finding that is not allowed. */
  public Finding(
      Rule rule,
      Severity severity,
      String dialect,
      String version,
      Phase phase,
      String file,
      int line,
      String message,
      List<String> evidence,
      String fix) {
    this(rule, severity, dialect, version, phase, file, line, message, evidence, fix, null);
  }

  public boolean allowed() {
    return allowance != null;
  }

  /** Whether this finding fails the build: an error that is not allowed. */
  public boolean failing() {
    return severity == Severity.ERROR && !allowed();
  }

  /** The same finding, allowed for {@code reason}. */
  public Finding allow(String reason) {
    return new Finding(
        rule, severity, dialect, version, phase, file, line, message, evidence, fix, reason);
  }

  /** The same finding, for the step {@code newPhase}. */
  public Finding inPhase(Phase newPhase) {
    return new Finding(
        rule, severity, dialect, version, newPhase, file, line, message, evidence, fix, allowance);
  }

  /** The same finding with its message, evidence and fix passed through {@code text}. */
  public Finding rewritten(UnaryOperator<String> text) {
    return new Finding(
        rule,
        severity,
        dialect,
        version,
        phase,
        file,
        line,
        text.apply(message),
        evidence.stream().map(text).toList(),
        text.apply(fix),
        allowance);
  }

  /** {@code file:line}, {@code file}, or an empty string. */
  public String location() {
    if (file == null) {
      return "";
    }
    return line > 0 ? file + ":" + line : file;
  }
}
