/**
 * The wording of findings: what a step did to the schema or the data, said with the file and line
 * that did it ({@link dev.roundtrip.verifier.findings.DifferenceLocator}), the table and column,
 * sample rows before and after, and the fix ({@link dev.roundtrip.verifier.findings.Findings},
 * {@link dev.roundtrip.verifier.findings.DataFindings}, {@link
 * dev.roundtrip.verifier.findings.HalfApplied}).
 */
package dev.roundtrip.verifier.findings;
