/**
 * Disposable databases and where they come from. A {@link
 * dev.roundtrip.verifier.database.DatabaseProvider} (found with {@link java.util.ServiceLoader})
 * starts or reaches a server: {@code server} connects to one by URL, {@code testcontainers} starts
 * a container, and each dialect may bring an {@code embedded} one of its own. A {@link
 * dev.roundtrip.verifier.database.DatabaseServer} creates uniquely named databases for the run
 * (where the server can, as a copy of another of them) and drops them, also at Ctrl-C or when a
 * later run finds them abandoned; embedded servers live in a private work folder ({@link
 * dev.roundtrip.verifier.database.WorkFolder}) and are stopped by the cleanup hook. What differs by
 * dialect (the SQL that creates, copies and drops a database, how a server is probed, which image a
 * container runs) is the dialect's {@link dev.roundtrip.verifier.database.DialectServers}.
 */
package dev.roundtrip.verifier.database;
