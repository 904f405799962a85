package org.bandwise.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock the application reads time from (UTC), so rules never call {@code now()} directly.
 */
@ApplicationScoped
public class TimeSource {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
