package org.bandwise.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.bandwise.config.Setting;
import org.bandwise.platform.lifecycle.ServiceLifecycle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database to the current schema at start-up (Flyway owns the schema), then announces it
 * ({@link SchemaReady}); in demo mode, {@code org.bandwise.demo.control.DemoData} then makes the
 * demo story with the application's own code. A database that is late is waited for (each attempt
 * logged, with back-off up to {@code bandwise.db.startup-wait-seconds}, then the process exits with
 * status 3); until the schema is current, the service gate answers 503 on every path.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@DataSourceDefinition(
    name = DatabaseMigrations.DATA_SOURCE,
    className = "org.bandwise.platform.persistence.ConfiguredMysqlDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "characterEncoding=UTF-8",
      "connectionTimeZone=UTC",
      "forceConnectionTimeZoneToSession=true",
      "allowPublicKeyRetrieval=true",
      "rewriteBatchedStatements=true",
      "cachePrepStmts=true",
      "prepStmtCacheSize=250",
      "useLocalSessionState=true",
      "tcpKeepAlive=true",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      // during an outage a request waits at most this long for a connection, then answers 503
      "fish.payara.max-wait-time-in-millis=5000",
      "fish.payara.statement-timeout-in-seconds=10"
    })
public class DatabaseMigrations {

  public static final String DATA_SOURCE = "java:app/jdbc/bandwise";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "bandwise.demo-data", defaultValue = "false")
  boolean demoData;

  /** How long start-up waits for the database before the process gives up and exits. */
  @Inject
  @ConfigProperty(
      name = Setting.DB_STARTUP_WAIT_SECONDS_PROPERTY,
      defaultValue = Setting.DB_STARTUP_WAIT_SECONDS_DEFAULT)
  int startupWaitSeconds;

  @Inject Event<SchemaReady> schemaReady;

  private volatile boolean migrated;
  private final StartupBackoff backoff = new StartupBackoff();
  private long startedAt;
  private int attempt;

  /**
   * Tries once while the application deploys; if the database is not there yet, the application
   * deploys anyway (answering 503 everywhere) and keeps trying in the background, with back-off,
   * until the database appears or the configured wait is over.
   */
  @PostConstruct
  void start() {
    startedAt = System.nanoTime();
    if (!attempt()) {
      scheduleNext();
    }
  }

  private void scheduleNext() {
    long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt);
    if (waited >= startupWaitSeconds) {
      giveUp(waited);
      return;
    }
    long delay = Math.min(backoff.delayMillis(attempt), (startupWaitSeconds - waited) * 1000);
    LOG.log(
        Level.WARNING,
        "Waiting for the database: next attempt in {0} ms ({1} s of {2} s waited)",
        new Object[] {delay, waited, startupWaitSeconds});
    scheduler.schedule(
        () -> {
          if (!attempt()) {
            scheduleNext();
          }
        },
        delay,
        TimeUnit.MILLISECONDS);
  }

  private boolean attempt() {
    attempt++;
    try {
      migrate();
      LOG.log(Level.INFO, "Database ready after {0} attempt(s): schema current, serving", attempt);
      return true;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Start-up attempt {0}: the database is not ready ({1})",
          new Object[] {attempt, rootMessage(e)});
      return false;
    }
  }

  private void migrate() {
    ClassLoader loader = getClass().getClassLoader();
    Flyway.configure(loader)
        .dataSource(migrationSource())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    schemaReady.fire(new SchemaReady(demoData));
    migrated = true;
    ServiceLifecycle.ready();
  }

  /**
   * The same database without the pool's limits: a migration may take longer than any request
   * should (building an index over a national workforce), and must not be cut off half done by the
   * pool's 10 s statement timeout or the 15 s socket timeout that bound a request's wait.
   */
  private static DataSource migrationSource() {
    ConfiguredMysqlDataSource direct = new ConfiguredMysqlDataSource();
    try {
      direct.setSocketTimeout(0);
      direct.setCharacterEncoding("UTF-8");
      direct.setServerTimezone("UTC");
      direct.setForceConnectionTimeZoneToSession(true);
      direct.setAllowPublicKeyRetrieval(true);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot configure the migrations' connection", e);
    }
    return direct;
  }

  private void giveUp(long waited) {
    LOG.log(
        Level.SEVERE,
        "Bandwise is stopping: its database could not be reached or migrated in {0} seconds"
            + " ({1} attempts). Check BANDWISE_DB_URL and that the database is running, or allow"
            + " longer with BANDWISE_DB_STARTUP_WAIT_SECONDS.",
        new Object[] {waited, attempt});
    // not from a container thread: exiting runs the server's shutdown, which waits for them
    Thread exit = new Thread(() -> System.exit(3), "bandwise-startup-gave-up");
    exit.setDaemon(false);
    exit.start();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName()
        + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }

  public boolean migrated() {
    return migrated;
  }
}
