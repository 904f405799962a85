package org.bandwise.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own (Debian's {@code mariadbd}), so that it can be killed and
 * started again: never the shared test database.
 */
final class TestMariaDb {

  static final Path SERVER = Path.of("/usr/sbin/mariadbd");
  static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");

  private final Path dir;
  private final int port;
  private Process process;
  private int starts;

  TestMariaDb(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  static boolean available() {
    return Files.isExecutable(SERVER) && Files.isExecutable(INSTALL);
  }

  int port() {
    return port;
  }

  /** Creates the data directory (once). */
  void install() throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("data"));
    Process install =
        new ProcessBuilder(
                INSTALL.toString(),
                "--no-defaults",
                "--datadir=" + dir.resolve("data"),
                "--user=root",
                "--auth-root-authentication-method=normal",
                "--skip-test-db")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("install.log").toFile())
            .start();
    if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
      throw new IllegalStateException(
          "mariadb-install-db failed, see " + dir.resolve("install.log"));
    }
  }

  /** Starts the server and waits until it accepts connections; returns when it did. */
  long start() throws IOException, InterruptedException {
    starts++;
    process =
        new ProcessBuilder(
                List.of(
                    SERVER.toString(),
                    "--no-defaults",
                    "--datadir=" + dir.resolve("data"),
                    "--port=" + port,
                    "--bind-address=127.0.0.1",
                    "--socket=" + dir.resolve("mariadb.sock"),
                    "--pid-file=" + dir.resolve("mariadb.pid"),
                    "--user=root",
                    "--skip-grant-tables",
                    "--skip-log-bin",
                    "--innodb-buffer-pool-size=64M",
                    "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_unicode_ci"))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("mariadb-" + starts + ".log").toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("MariaDB exited, see " + dir);
      }
      try (Connection ignored = connect("")) {
        return System.nanoTime();
      } catch (SQLException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("MariaDB did not start within 60 s, see " + dir);
  }

  /** SIGKILL: the database vanishes mid-work, as in a crash. */
  void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?sslMode=DISABLED&connectTimeout=2000",
        "root",
        "");
  }
}
