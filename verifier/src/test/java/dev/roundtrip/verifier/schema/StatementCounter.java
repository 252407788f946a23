package dev.roundtrip.verifier.schema;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a connection to count the statements prepared or created through it. */
public final class StatementCounter {
  private final AtomicInteger count = new AtomicInteger();
  private final Connection connection;

  public StatementCounter(Connection target) {
    connection =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("prepareStatement")
                      || method.getName().equals("createStatement")) {
                    count.incrementAndGet();
                  }
                  try {
                    return method.invoke(target, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
  }

  public Connection connection() {
    return connection;
  }

  public int count() {
    return count.get();
  }
}
