package org.bandwise.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock the application reads time from (UTC), so rules never call {@code now()} directly.
 * It is the system clock except while the demo story is replayed on start-up ({@link ReplayClock}).
 */
@ApplicationScoped
public class TimeSource {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return new ReplayClock(Clock.systemUTC());
  }
}
