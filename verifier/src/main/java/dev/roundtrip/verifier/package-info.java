/**
 * Roundtrip's engine: {@link dev.roundtrip.verifier.Roundtrip#verify} finds the migrations, replays
 * each up, down and up again on every configured dialect, and writes the report. The packages:
 *
 * <ul>
 *   <li>{@code api}: configuration, results and findings, what callers see;
 *   <li>{@code migration}: finding migrations and their down scripts;
 *   <li>{@code selection}: which migrations are round-tripped and which only applied ({@code from},
 *       {@code since});
 *   <li>{@code replay}: the round trip itself, step by step;
 *   <li>{@code execution}: running ups (Flyway), downs and seed scripts, with time limits;
 *   <li>{@code findings}: the wording of findings, with file, line and sample rows;
 *   <li>{@code schema}: the schema model and its diff;
 *   <li>{@code data}: the seeder and the data checks;
 *   <li>{@code database}: disposable databases and the providers that start or reach servers;
 *   <li>{@code dialect}: what differs from one database to the next, behind {@link
 *       dev.roundtrip.verifier.dialect.Dialect}, with one package per dialect ({@code
 *       dialect.postgresql}, {@code dialect.mysql}, {@code dialect.sqlite});
 *   <li>{@code report}: the console summary and the JSON report.
 * </ul>
 *
 * <p>Only the dialect packages name a database: the others go through the dialect they are given.
 */
package dev.roundtrip.verifier;
