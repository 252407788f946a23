/**
 * The schema model ({@link dev.roundtrip.verifier.schema.SchemaSnapshot} of {@link
 * dev.roundtrip.verifier.schema.SchemaObject}s keyed by kind and name) and its diff, with the
 * descriptions findings use. Each dialect reads its catalog into this model through its {@link
 * dev.roundtrip.verifier.catalog.CatalogReader} ({@link
 * dev.roundtrip.verifier.dialect.Dialect#catalogReader()}), as part of the {@link
 * dev.roundtrip.verifier.catalog.Catalog}; the diff knows no database.
 */
package dev.roundtrip.verifier.schema;
