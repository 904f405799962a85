package org.bandwise.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bandwise.platform.persistence.DatabaseMigrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started means the schema migrations have run. */
@Startup
@ApplicationScoped
public class MigrationsStarted implements HealthCheck {

  @Inject DatabaseMigrations migrations;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("migrations").status(migrations.migrated()).build();
  }
}
