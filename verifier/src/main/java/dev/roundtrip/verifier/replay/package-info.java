/**
 * The round trip: for each dialect a disposable database, then for each migration the up (through
 * Flyway), the checks after it, the down (through Roundtrip's own executor, one transaction where
 * the dialect allows), the checks after that, and the up again; the findings worded with the file,
 * line, table, column and sample rows; time limits on every statement. Everything database-specific
 * comes from the {@link dev.roundtrip.verifier.dialect.Dialect} of the run.
 */
package dev.roundtrip.verifier.replay;
