package org.bandwise.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Whether the database answers at all, asked over a new connection (never the pool, which may be
 * waiting for a connection itself) with a short connect timeout. The answer is kept for a second so
 * that an outage under load costs one probe a second, not one per failed request.
 */
public final class DatabaseProbe {

  private static final long KEEP_NANOS = Duration.ofSeconds(1).toNanos();
  private static volatile long checkedAt;
  private static volatile boolean reachable = true;

  private DatabaseProbe() {}

  public static boolean reachable() {
    long now = System.nanoTime();
    if (checkedAt != 0 && now - checkedAt < KEEP_NANOS) {
      return reachable;
    }
    synchronized (DatabaseProbe.class) {
      if (checkedAt != 0 && System.nanoTime() - checkedAt < KEEP_NANOS) {
        return reachable;
      }
      reachable = probe();
      checkedAt = System.nanoTime();
      return reachable;
    }
  }

  private static boolean probe() {
    ConfiguredMysqlDataSource source;
    try {
      source = new ConfiguredMysqlDataSource();
    } catch (RuntimeException e) {
      // no configuration to find the database by (outside the server): nothing to say it is down
      return true;
    }
    try {
      source.setConnectTimeout(2000);
      source.setSocketTimeout(2000);
    } catch (SQLException e) {
      return false;
    }
    try (Connection connection = source.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
