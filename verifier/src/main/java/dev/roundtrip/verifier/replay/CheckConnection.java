package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.data.ConnectionSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one connection a session's catalog reads and data checks share, so that each of them does not
 * connect again (and the database can keep what it prepared for the statements it saw before). Each
 * {@link #open()} lends it; closing what was lent ends any transaction left open (rolled back) and
 * puts auto-commit back, so that no lock outlives the check that took it; the connection itself is
 * closed with the session. A connection found broken is replaced on the next {@link #open()}.
 */
final class CheckConnection implements ConnectionSource, AutoCloseable {
  /** How long asking whether the connection still works may take. */
  private static final int VALID_SECONDS = 10;

  private final ConnectionSource database;
  private Connection connection;
  private boolean lent;

  CheckConnection(ConnectionSource database) {
    this.database = database;
  }

  @Override
  public synchronized Connection open() throws SQLException {
    if (lent) {
      // a check that reads while another holds the connection gets one of its own
      return database.open();
    }
    if (connection != null && !connection.isValid(VALID_SECONDS)) {
      Connection broken = connection;
      connection = null;
      try {
        broken.close();
      } catch (SQLException ignored) {
        // it is being replaced; a connection that cannot close is gone already
      }
    }
    if (connection == null) {
      connection = database.open();
    }
    lent = true;
    Connection lentOut = connection;
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && method.getParameterCount() == 0) {
                giveBack(lentOut);
                return null;
              }
              if (method.getName().equals("isClosed") && method.getParameterCount() == 0) {
                return !isLent(lentOut) || lentOut.isClosed();
              }
              return invoke(method, lentOut, args);
            });
  }

  private synchronized boolean isLent(Connection c) {
    return lent && c == connection;
  }

  private synchronized void giveBack(Connection c) throws SQLException {
    if (!isLent(c)) {
      return;
    }
    lent = false;
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      connection = null;
      try {
        c.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  private static Object invoke(Method method, Connection target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public synchronized void close() throws SQLException {
    Connection c = connection;
    connection = null;
    if (c != null) {
      c.close();
    }
  }
}
