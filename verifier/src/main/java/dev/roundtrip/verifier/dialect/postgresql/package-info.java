/**
 * PostgreSQL ({@link dev.roundtrip.verifier.dialect.postgresql.PostgresDialect}): its lexer and
 * splitter (dollar quotes, {@code BEGIN ATOMIC}), the statements refused in a transaction block,
 * its catalog read from {@code pg_catalog} for the schema diff and the seeder, the data checks' SQL
 * (copies in a shadow schema), the seeder's writes (user triggers off through {@code
 * session_replication_role}), errors by SQLSTATE, session activity from {@code pg_stat_activity},
 * and its servers: by URL, in a container, or embedded (zonky's binaries).
 */
package dev.roundtrip.verifier.dialect.postgresql;
