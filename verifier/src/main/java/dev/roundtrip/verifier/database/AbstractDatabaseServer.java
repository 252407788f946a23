package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.Redaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * What every server reached through an admin JDBC URL shares: uniquely named databases created for
 * the run ({@link OwnedNames}), the list of those still open, and dropping them on close. On a
 * server the run did not start (server mode, no {@code onClose}) they are also dropped when the JVM
 * goes down (Ctrl-C, SIGTERM: {@link DropAtExit}), and those of earlier runs that were killed are
 * dropped by {@link #dropAbandoned()}; a server started for the run goes away whole. Subclasses say
 * how a database is created, listed and dropped in their SQL and how its URL is written. Only
 * databases created by a run of Roundtrip are ever dropped.
 */
public abstract class AbstractDatabaseServer implements DatabaseServer {
  private final String adminUrl;
  private final String user;
  private final String password;
  private final String description;
  private final Runnable onClose;
  private final List<Created> open = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private DropAtExit atExit;

  /**
   * @param onClose run after the databases are dropped, on close (e.g. stops an embedded server);
   *     null for a server the run did not start, whose databases are then dropped at JVM exit too
   */
  protected AbstractDatabaseServer(
      String adminUrl, String user, String password, String description, Runnable onClose) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.description = description;
    this.onClose = onClose;
  }

  /** The statement that creates the database {@code name}. */
  protected abstract String createSql(String name);

  /**
   * The statement that creates the database {@code name} as a copy of the database {@code source},
   * or null where this server has none cheaper than rebuilding it (the default).
   */
  protected String copySql(String name, String source) {
    return null;
  }

  /** The statement that drops the database {@code name}, also when it is gone already. */
  protected abstract String dropSql(String name);

  /**
   * The statements that drop the database {@code name} and whatever belongs to it (e.g. a companion
   * database), also when they are gone already; by default {@link #dropSql(String)} alone.
   */
  protected List<String> dropStatements(String name) {
    return List.of(dropSql(name));
  }

  /** The query listing the server's databases whose names start with {@code roundtrip_}. */
  protected abstract String listSql();

  /** What the user needs to be allowed to create databases, in one sentence. */
  protected abstract String createPrivilegeHint();

  /** The admin URL rewritten to connect to the database {@code name}. */
  protected abstract String databaseUrl(String adminUrl, String name);

  @Override
  public final synchronized DisposableDatabase createDatabase() {
    return create(this::createSql, "");
  }

  @Override
  public final boolean copiesDatabases() {
    return copySql("copy", "source") != null;
  }

  @Override
  public final synchronized Optional<DisposableDatabase> copyOf(DisposableDatabase source) {
    if (!open.contains(source)) {
      throw new IllegalArgumentException(source.describe() + " was not created by this server");
    }
    if (!copiesDatabases()) {
      return Optional.empty();
    }
    return Optional.of(
        create(name -> copySql(name, source.name()), " as a copy of " + source.name()));
  }

  private DisposableDatabase create(UnaryOperator<String> sql, String what) {
    String name = uniqueName();
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      if (onClose == null && atExit == null) {
        atExit = DropAtExit.open(admin(), description, dropStatements(uniqueName()));
        Cleanup.add(atExit);
      }
      if (atExit != null) {
        atExit.add(name, dropStatements(name));
      }
      s.execute(sql.apply(name));
    } catch (SQLException e) {
      if (atExit != null) {
        atExit.remove(name);
      }
      throw new ProvisioningException(
          "cannot create database "
              + name
              + what
              + " on "
              + description
              + ": "
              + redact(e.getMessage()),
          createPrivilegeHint(),
          e);
    }
    Created db = new Created(name);
    open.add(db);
    return db;
  }

  @Override
  public final String describe() {
    return description;
  }

  @Override
  public final synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  /** Adds a line to say once the server is ready (e.g. what was reclaimed from earlier runs). */
  public final synchronized void note(String line) {
    notes.add(line);
  }

  /**
   * Drops the databases that runs killed before their cleanup left here ({@link
   * OwnedNames#abandoned}); says which, or why it could not, in {@link #notes()}.
   */
  final synchronized void dropAbandoned() {
    List<String> dropped = new ArrayList<>();
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (var rs = s.executeQuery(listSql())) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        String owned = OwnedNames.abandoned(name, OwnedNames.now());
        if (owned != null) {
          if (!owned.equals(name)) {
            s.execute(dropSql(name)); // a companion, when its database is gone already
          }
          if (!dropped.contains(owned)) {
            for (String drop : dropStatements(owned)) {
              s.execute(drop);
            }
            dropped.add(owned);
          }
        }
      }
    } catch (SQLException e) {
      note(
          "could not drop the databases killed runs left on "
              + description
              + ": "
              + redact(e.getMessage()));
    }
    if (!dropped.isEmpty()) {
      note(
          "dropped "
              + dropped.size()
              + " database(s) left by runs that were killed before their cleanup: "
              + String.join(", ", dropped));
    }
  }

  @Override
  public final void close() {
    if (Cleanup.exiting()) {
      return; // the shutdown hook drops or stops everything; this thread must not report it
    }
    try {
      dropAll();
    } finally {
      synchronized (this) {
        if (atExit != null) {
          Cleanup.remove(atExit);
          atExit.close();
          atExit = null;
        }
      }
      if (onClose != null) {
        onClose.run();
      }
    }
  }

  private synchronized void dropAll() {
    ProvisioningException first = null;
    for (Created db : List.copyOf(open)) {
      try {
        db.close();
      } catch (ProvisioningException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private Connection admin() throws SQLException {
    return connect(adminUrl, user, password);
  }

  private String redact(String text) {
    return Redaction.redact(text, password);
  }

  /** A connection with the user and password given apart from the URL (either may be null). */
  protected static Connection connect(String url, String user, String password)
      throws SQLException {
    Properties props = new Properties();
    if (user != null) {
      props.setProperty("user", user);
    }
    if (password != null) {
      props.setProperty("password", password);
    }
    return DriverManager.getConnection(url, props);
  }

  /** " as user NAME" for a message on a failed connection, or nothing when the URL carries it. */
  protected static String asUser(String user) {
    return user == null ? "" : " as user " + user;
  }

  /** A new name saying which run made it ({@link OwnedNames}): valid unquoted on every dialect. */
  static String uniqueName() {
    return OwnedNames.newName();
  }

  /**
   * The URL with its database replaced by {@code database}; the query parameters are kept. Handles
   * {@code <prefix>//host:port/db?x=y}, a sub-protocol before {@code //} (e.g. {@code
   * jdbc:mysql:loadbalance://}), several hosts, a missing database, and {@code <prefix>db?x=y}.
   */
  protected static String withDatabase(String url, String prefix, String database) {
    if (!url.startsWith(prefix)) {
      throw new IllegalArgumentException("not a " + prefix + " URL: " + url);
    }
    String rest = url.substring(prefix.length());
    int query = rest.indexOf('?');
    String params = query < 0 ? "" : rest.substring(query);
    String path = query < 0 ? rest : rest.substring(0, query);
    int hosts = path.indexOf("//");
    if (hosts >= 0) {
      int slash = path.indexOf('/', hosts + 2);
      String authority = slash < 0 ? path : path.substring(0, slash);
      return prefix + authority + "/" + database + params;
    }
    return prefix + database + params;
  }

  private final class Created implements DisposableDatabase {
    private final String name;
    private boolean dropped;

    Created(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String jdbcUrl() {
      return databaseUrl(adminUrl, name);
    }

    @Override
    public String user() {
      return user;
    }

    @Override
    public String password() {
      return password;
    }

    @Override
    public String describe() {
      return "database " + name + " on " + description;
    }

    @Override
    public void close() {
      synchronized (AbstractDatabaseServer.this) {
        if (dropped || Cleanup.exiting()) {
          return;
        }
        List<String> failed = new ArrayList<>();
        SQLException first = null;
        try (Connection c = admin();
            Statement s = c.createStatement()) {
          for (String drop : dropStatements(name)) {
            try {
              s.execute(drop);
            } catch (SQLException e) {
              failed.add(drop);
              first = first == null ? e : first;
            }
          }
        } catch (SQLException e) {
          failed = dropStatements(name);
          first = e;
        }
        if (first != null) {
          throw new ProvisioningException(
              "cannot drop database "
                  + name
                  + " on "
                  + description
                  + ": "
                  + redact(first.getMessage()),
              "Drop it by hand: " + String.join("; ", failed) + ";",
              first);
        }
        dropped = true;
        open.remove(this);
        if (atExit != null) {
          atExit.remove(name);
        }
      }
    }
  }
}
