package org.bandwise.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database to the current schema at start-up (Flyway owns the schema), then, in demo
 * mode only, loads the demo data from its own history table so that it never mixes with the
 * schema's migrations.
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
      "fish.payara.fail-all-connections=true"
    })
public class DatabaseMigrations {

  public static final String DATA_SOURCE = "java:app/jdbc/bandwise";
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "bandwise.demo-data", defaultValue = "false")
  boolean demoData;

  @Inject Event<SchemaReady> schemaReady;

  private volatile boolean migrated;

  @PostConstruct
  void migrate() {
    ClassLoader loader = getClass().getClassLoader();
    // the embedded database may still be starting beside the server: wait for it (about 30 s at
    // most)
    Flyway.configure(loader)
        .dataSource(dataSource)
        .connectRetries(8)
        .connectRetriesInterval(5)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    if (demoData) {
      Flyway.configure(loader)
          .dataSource(dataSource)
          .locations("classpath:db/demo")
          .table("flyway_demo_history")
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
      LOG.info("Demo data loaded (demo accounts are listed in the README)");
    }
    schemaReady.fire(new SchemaReady(demoData));
    migrated = true;
  }

  public boolean migrated() {
    return migrated;
  }
}
