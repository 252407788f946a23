/**
 * Running a migration's scripts: ups through Flyway ({@link
 * dev.roundtrip.verifier.execution.FlywayRunner}), downs and seed scripts through Roundtrip's own
 * executor ({@link dev.roundtrip.verifier.execution.DownScriptRunner}, {@link
 * dev.roundtrip.verifier.execution.SqlScriptRunner}), one transaction where the dialect allows;
 * reading scripts with Flyway's placeholders; and the time limits on every statement of a step
 * ({@link dev.roundtrip.verifier.execution.Watchdog}). A step that fails says so with a {@link
 * dev.roundtrip.verifier.execution.StepFailure}: the statement, its line and the database's words.
 */
package dev.roundtrip.verifier.execution;
