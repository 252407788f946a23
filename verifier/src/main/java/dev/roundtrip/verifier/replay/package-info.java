/**
 * The round trip, step by step: for each dialect a disposable database, then for each migration the
 * up, the schema and data checks after it, the down, the checks after that, and the up again, with
 * the database in doubt replaced after a step that fails; which allowances accept which findings.
 * The scripts are run by {@code execution}, the findings worded by {@code findings}; everything
 * database-specific comes from the {@link dev.roundtrip.verifier.dialect.Dialect} of the run.
 */
package dev.roundtrip.verifier.replay;
