/**
 * The results as people and tools read them: the console summary and {@code roundtrip-report.json}.
 */
package dev.roundtrip.verifier.report;
