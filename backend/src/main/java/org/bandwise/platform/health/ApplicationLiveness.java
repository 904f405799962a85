package org.bandwise.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live means the application answers at all; a database outage makes it unready, not dead. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("application");
  }
}
