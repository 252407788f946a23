/**
 * SQLite ({@link dev.roundtrip.verifier.dialect.sqlite.SqliteDialect}), through sqlite-jdbc and the
 * library it carries: a database is a file of the run's private folder ({@link
 * dev.roundtrip.verifier.dialect.sqlite.SqliteProvider}, {@code embedded}), its schema is {@code
 * main}. Here are the lexer and splitter ({@code CREATE TRIGGER ... END} bodies as {@code
 * sqlite3_complete} reads them), the statements a transaction cannot hold, errors by extended
 * result code, the catalog from {@code sqlite_schema} and the table-valued pragmas (with what only
 * the SQL text says: CHECKs, collations, generation, partial indexes), the types by affinity, the
 * data checks' SQL (copies in an attached companion file, bags counted without {@code EXCEPT ALL}),
 * and the seeder's writes (triggers dropped and created again inside the seeding transaction).
 */
package dev.roundtrip.verifier.dialect.sqlite;
