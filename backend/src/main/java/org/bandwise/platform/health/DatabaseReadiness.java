package org.bandwise.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.bandwise.platform.lifecycle.ServiceLifecycle;
import org.bandwise.platform.lifecycle.ServicePhase;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means the schema is current, the service is not draining and the database answers within
 * two seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    ServicePhase phase = ServiceLifecycle.phase();
    if (phase != ServicePhase.READY) {
      // starting (database or migrations pending) or draining for shutdown
      return HealthCheckResponse.named("database").down().withData("phase", phase.name()).build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(2);
      return HealthCheckResponse.named("database").status(valid).build();
    } catch (Exception e) {
      return HealthCheckResponse.named("database")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
