package dev.roundtrip.verifier.replay;

import dev.roundtrip.verifier.database.DatabaseServer;
import dev.roundtrip.verifier.database.DisposableDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A server whose databases write down every SQL statement the engine sends through their
 * connections, in order, between the marks a test puts in the same log; a test can also look at
 * each database right before it is dropped.
 */
final class CountingServer implements DatabaseServer {
  private final DatabaseServer server;
  private final List<String> log = new ArrayList<>();
  private final Map<DisposableDatabase, DisposableDatabase> wrapped = new IdentityHashMap<>();
  private final boolean copies;
  private Consumer<DisposableDatabase> beforeDrop = db -> {};

  /** Counts on {@code server}, which copies no database. */
  CountingServer(DatabaseServer server) {
    this(server, false);
  }

  /**
   * Counts on {@code server}; with {@code copies}, a copy it makes is one more database counted,
   * and the log says so ({@code -- copy of NAME}).
   */
  CountingServer(DatabaseServer server, boolean copies) {
    this.server = server;
    this.copies = copies;
  }

  /** The statements and marks so far. */
  synchronized List<String> log() {
    return List.copyOf(log);
  }

  /** Hands each database to {@code look} right before it is dropped. */
  void beforeDrop(Consumer<DisposableDatabase> look) {
    this.beforeDrop = look;
  }

  synchronized void mark(String mark) {
    log.add("-- " + mark);
  }

  private synchronized void record(String sql) {
    log.add(sql);
  }

  @Override
  public DisposableDatabase createDatabase() {
    return counted(server.createDatabase());
  }

  @Override
  public boolean copiesDatabases() {
    return copies && server.copiesDatabases();
  }

  @Override
  public Optional<DisposableDatabase> copyOf(DisposableDatabase source) {
    if (!copiesDatabases()) {
      return Optional.empty();
    }
    DisposableDatabase inner;
    synchronized (this) {
      inner = wrapped.get(source);
    }
    Optional<DisposableDatabase> copy = server.copyOf(inner);
    copy.ifPresent(c -> mark("copy of " + source.name()));
    return copy.map(this::counted);
  }

  private DisposableDatabase counted(DisposableDatabase db) {
    DisposableDatabase counted =
        new DisposableDatabase() {
          @Override
          public String name() {
            return db.name();
          }

          @Override
          public String jdbcUrl() {
            return db.jdbcUrl();
          }

          @Override
          public String user() {
            return db.user();
          }

          @Override
          public String password() {
            return db.password();
          }

          @Override
          public String describe() {
            return db.describe();
          }

          @Override
          public Connection connect() throws SQLException {
            return wrap(Connection.class, db.connect());
          }

          @Override
          public void close() {
            try {
              beforeDrop.accept(db);
            } finally {
              db.close();
            }
          }
        };
    synchronized (this) {
      wrapped.put(counted, db);
    }
    return counted;
  }

  @Override
  public String describe() {
    return server.describe();
  }

  @Override
  public void close() {
    // the shared test server outlives the test
  }

  /** {@code target} behind a proxy that records the SQL of statements made or run through it. */
  private <T> T wrap(Class<T> type, T target) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (args != null && args.length > 0 && args[0] instanceof String sql && runs(method)) {
            record(sql);
          }
          Object result = invoke(method, target, args);
          if (result instanceof Statement s && method.getReturnType().isInterface()) {
            @SuppressWarnings("unchecked")
            Class<Statement> returned = (Class<Statement>) method.getReturnType();
            return wrap(returned, s);
          }
          return result;
        };
    return type.cast(
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static boolean runs(Method method) {
    String name = method.getName();
    return name.startsWith("execute") || name.startsWith("prepare") || name.equals("addBatch");
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
