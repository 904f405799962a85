package org.bandwise.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bandwise.config.Setting;

/**
 * Holds the server's start until the configured database accepts connections. Payara's JPA deployer
 * opens a database connection while it deploys the application, so a database that is not there yet
 * would leave a running server with nothing deployed. Instead the launcher waits (each attempt
 * logged, back-off 1, 2, 4, 8, 8 … s) up to {@code BANDWISE_DB_STARTUP_WAIT_SECONDS} (default 300),
 * then exits with status 3 and says why. Meanwhile the HTTP port stays closed, so a readiness probe
 * fails and no request reaches a half-started server.
 */
final class DatabaseWait {

  static final int DEFAULT_WAIT_SECONDS =
      Integer.parseInt(Setting.DB_STARTUP_WAIT_SECONDS.defaultValue());
  static final int EXIT_NO_DATABASE = 3;
  private static final Pattern ADDRESS =
      Pattern.compile("^jdbc:(?:mysql|mariadb)://(?:[^@/]*@)?([^/:,?]+)(?::(\\d+))?");

  private DatabaseWait() {}

  /** Host and port of a MySQL JDBC URL, if it names one. */
  static Optional<InetSocketAddress> address(String jdbcUrl) {
    if (jdbcUrl == null) {
      return Optional.empty();
    }
    Matcher m = ADDRESS.matcher(jdbcUrl.trim());
    if (!m.find()) {
      return Optional.empty();
    }
    int port = m.group(2) == null ? 3306 : Integer.parseInt(m.group(2));
    return Optional.of(InetSocketAddress.createUnresolved(m.group(1), port));
  }

  static Duration limit(Map<String, String> env) {
    String value = env.get(Setting.DB_STARTUP_WAIT_SECONDS.env());
    if (value == null || value.isBlank()) {
      return Duration.ofSeconds(DEFAULT_WAIT_SECONDS);
    }
    try {
      int seconds = Integer.parseInt(value.trim());
      if (seconds < 0) {
        throw new NumberFormatException();
      }
      return Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "BANDWISE_DB_STARTUP_WAIT_SECONDS must be a whole number of seconds, not '"
              + value
              + "'");
    }
  }

  static long delayMillis(int attempt) {
    int doublings = Math.max(0, Math.min(attempt - 1, 10));
    return Math.min(8000L, 1000L << doublings);
  }

  /** Returns once the database accepts connections; exits the process after the limit. */
  static void untilReachable(String jdbcUrl, Duration limit) throws InterruptedException {
    Optional<InetSocketAddress> address = address(jdbcUrl);
    if (address.isEmpty()) {
      return;
    }
    String host = address.get().getHostString();
    int port = address.get().getPort();
    long began = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(host, port), 2000);
        if (attempt > 1) {
          System.out.printf("The database at %s:%d answers (attempt %d)%n", host, port, attempt);
        }
        return;
      } catch (IOException e) {
        long waited = Duration.ofNanos(System.nanoTime() - began).toSeconds();
        if (waited >= limit.toSeconds()) {
          System.err.printf(
              "Bandwise is stopping: the database at %s:%d could not be reached in %d seconds"
                  + " (%d attempts). Check BANDWISE_DB_URL and that the database is running, or"
                  + " allow longer with BANDWISE_DB_STARTUP_WAIT_SECONDS.%n",
              host, port, waited, attempt);
          System.exit(EXIT_NO_DATABASE);
        }
        long delay = Math.min(delayMillis(attempt), (limit.toSeconds() - waited) * 1000 + 1);
        System.out.printf(
            "Waiting for the database at %s:%d: attempt %d failed (%s); next in %d ms (%d s of %d"
                + " s waited)%n",
            host, port, attempt, e.getMessage(), delay, waited, limit.toSeconds());
        Thread.sleep(delay);
      }
    }
  }
}
