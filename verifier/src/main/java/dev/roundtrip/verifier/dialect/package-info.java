/**
 * What differs from one database to the next, behind one interface, {@link
 * dev.roundtrip.verifier.dialect.Dialect}, whose implementations {@link
 * dev.roundtrip.verifier.dialect.DialectRegistry} finds with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.roundtrip.verifier.dialect.Dialect}). This package holds what every
 * dialect uses alike: placeholder replacement as Flyway does it ({@link
 * dev.roundtrip.verifier.dialect.Placeholders}), the cursor lexers build on ({@link
 * dev.roundtrip.verifier.dialect.ScriptCursor}), and the shapes of statements, errors and session
 * activity.
 *
 * <p>A new dialect is a package of its own with a class implementing {@code Dialect}, listed in
 * that services file. It gives: a {@link dev.roundtrip.verifier.dialect.StatementSplitter} that
 * splits as its client does and which statements break a transaction; quoting; a {@link
 * dev.roundtrip.verifier.catalog.CatalogReader} into the catalog model (tables and schema objects);
 * {@link dev.roundtrip.verifier.data.DataSql} for the data checks; a {@link
 * dev.roundtrip.verifier.data.SeedDatabase} for the seeder (with {@link
 * dev.roundtrip.verifier.data.OwnTypes} for types the shared generators do not make); {@link
 * dev.roundtrip.verifier.dialect.DataErrors} and {@link
 * dev.roundtrip.verifier.dialect.SessionActivity}; and its {@link
 * dev.roundtrip.verifier.database.DialectServers}, with an embedded {@link
 * dev.roundtrip.verifier.database.DatabaseProvider} where it has one.
 */
package dev.roundtrip.verifier.dialect;
