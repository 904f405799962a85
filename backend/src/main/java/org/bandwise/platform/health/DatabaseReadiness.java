package org.bandwise.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
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
