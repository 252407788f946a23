/**
 * The data side of the round trip: the {@link dev.roundtrip.verifier.data.Seeder}, which fills the
 * tables with realistic rows and boundary values, and the data checks ({@link
 * dev.roundtrip.verifier.data.DataSnapshot}, {@link dev.roundtrip.verifier.data.DataDiff}), which
 * count and copy rows before a step and say what the step lost after it.
 *
 * <p>The table model both work on ({@link dev.roundtrip.verifier.data.TableInfo}, {@link
 * dev.roundtrip.verifier.data.ColumnInfo}, {@link dev.roundtrip.verifier.data.GenType}, CHECKs read
 * into rules), read once per state of the database into the {@link
 * dev.roundtrip.verifier.catalog.Catalog}, and the value generators are shared by every dialect;
 * the data checks see the tables through {@link dev.roundtrip.verifier.data.SnapshotCatalog}. A
 * dialect supplies the rest: writing rows ({@link dev.roundtrip.verifier.data.SeedDatabase}), the
 * values of its own types ({@link dev.roundtrip.verifier.data.OwnTypes}), and the SQL of snapshots
 * and comparisons ({@link dev.roundtrip.verifier.data.DataSql}).
 */
package dev.roundtrip.verifier.data;
