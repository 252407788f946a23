package dev.roundtrip.verifier.database;

import dev.roundtrip.verifier.api.Redaction;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A PostgreSQL server reached through an admin JDBC URL, on which Roundtrip creates its own
 * uniquely named databases and drops them again. It never writes to a database it did not create.
 */
final class PostgresServer implements DatabaseServer {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String adminUrl;
  private final String user;
  private final String password;
  private final String description;
  private final Runnable onClose;
  private final List<Created> open = new ArrayList<>();
  private final Thread shutdownHook;

  PostgresServer(
      String adminUrl, String user, String password, String description, Runnable onClose) {
    this.adminUrl = adminUrl;
    this.user = user;
    this.password = password;
    this.description = description;
    this.onClose = onClose;
    this.shutdownHook = new Thread(this::dropAllQuietly, "roundtrip-drop-databases");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Checks that the admin URL answers and returns the server's version string. */
  static String probeVersion(String adminUrl, String user, String password) {
    try (Connection c = connect(adminUrl, user, password);
        Statement s = c.createStatement();
        var rs = s.executeQuery("show server_version")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new ProvisioningException(
          "cannot connect to PostgreSQL at "
              + Redaction.redact(adminUrl, password)
              + ": "
              + Redaction.redact(e.getMessage(), password),
          "Check the server URL, user and password, and that the server is running.",
          e);
    }
  }

  @Override
  public synchronized DisposableDatabase createDatabase() {
    String name = uniqueName();
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new ProvisioningException(
          "cannot create database "
              + name
              + " on "
              + description
              + ": "
              + Redaction.redact(e.getMessage(), password),
          "The user needs the CREATEDB privilege on that server.",
          e);
    }
    Created db = new Created(name);
    open.add(db);
    return db;
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    try {
      dropAll();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
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

  private void dropAllQuietly() {
    try {
      dropAll();
    } catch (ProvisioningException ignored) {
      // the JVM is going down; nothing else can be done
    }
    if (onClose != null) {
      onClose.run();
    }
  }

  private Connection admin() throws SQLException {
    return connect(adminUrl, user, password);
  }

  private static Connection connect(String adminUrl, String user, String password)
      throws SQLException {
    Properties props = new Properties();
    if (user != null) {
      props.setProperty("user", user);
    }
    if (password != null) {
      props.setProperty("password", password);
    }
    return DriverManager.getConnection(adminUrl, props);
  }

  private static String uniqueName() {
    String suffix = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    return ("roundtrip_" + LocalDateTime.now().format(STAMP) + "_" + suffix)
        .toLowerCase(Locale.ROOT);
  }

  /**
   * The admin URL with its database replaced by {@code database}; query parameters are kept.
   * Handles {@code jdbc:postgresql://host:port/db?x=y}, several hosts, and a missing database.
   */
  static String withDatabase(String url, String database) {
    String prefix = "jdbc:postgresql:";
    if (!url.startsWith(prefix)) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
    }
    String rest = url.substring(prefix.length());
    int query = rest.indexOf('?');
    String params = query < 0 ? "" : rest.substring(query);
    String path = query < 0 ? rest : rest.substring(0, query);
    if (path.startsWith("//")) {
      int slash = path.indexOf('/', 2);
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
      return withDatabase(adminUrl, name);
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
      synchronized (PostgresServer.this) {
        if (dropped) {
          return;
        }
        try (Connection c = admin();
            Statement s = c.createStatement()) {
          s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
          dropped = true;
          open.remove(this);
        } catch (SQLException e) {
          throw new ProvisioningException(
              "cannot drop database "
                  + name
                  + " on "
                  + description
                  + ": "
                  + Redaction.redact(e.getMessage(), password),
              "Drop it by hand: DROP DATABASE " + name + ";",
              e);
        }
      }
    }
  }
}
