/**
 * How migration scripts are read before our own executor runs them: placeholder replacement as
 * Flyway does it ({@link dev.roundtrip.verifier.dialect.Placeholders}) and splitting a script into
 * statements the way each database's own client would ({@link
 * dev.roundtrip.verifier.dialect.StatementSplitter}).
 */
package dev.roundtrip.verifier.dialect;
