/**
 * The data side of the round trip: the {@link dev.roundtrip.verifier.data.Seeder}, which fills the
 * tables with realistic rows and boundary values, and the data checks ({@link
 * dev.roundtrip.verifier.data.DataSnapshot}, {@link dev.roundtrip.verifier.data.DataDiff}), which
 * count and copy rows before a step and say what the step lost after it.
 *
 * <p>The model the seeder works on ({@link dev.roundtrip.verifier.data.TableInfo}, {@link
 * dev.roundtrip.verifier.data.ColumnInfo}, {@link dev.roundtrip.verifier.data.GenType}, CHECKs read
 * into rules) and the value generators are shared by every dialect. A dialect supplies the rest:
 * reading its catalog into that model and writing rows ({@link
 * dev.roundtrip.verifier.data.SeedDatabase}), the values of its own types ({@link
 * dev.roundtrip.verifier.data.OwnTypes}), and the SQL of snapshots and comparisons ({@link
 * dev.roundtrip.verifier.data.DataSql}, reading into {@link
 * dev.roundtrip.verifier.data.SnapshotCatalog}).
 */
package dev.roundtrip.verifier.data;
