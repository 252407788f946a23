/**
 * The catalog model of a database in one state: {@link dev.roundtrip.verifier.catalog.Catalog}
 * holds its tables (columns and their types, keys, foreign keys, CHECKs: {@link
 * dev.roundtrip.verifier.data.TableInfo}) and its schema objects as the diff compares them ({@link
 * dev.roundtrip.verifier.schema.SchemaSnapshot}). The schema diff, the data checks and the seeder
 * all take them from here; each dialect reads its catalog into it through one {@link
 * dev.roundtrip.verifier.catalog.CatalogReader} ({@link
 * dev.roundtrip.verifier.dialect.Dialect#catalogReader()}), once per state of the database.
 */
package dev.roundtrip.verifier.catalog;
