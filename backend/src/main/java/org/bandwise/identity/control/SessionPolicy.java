package org.bandwise.identity.control;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How long a session lives: at most {@code maxLifetime} from sign-in (never more than 8 hours, so a
 * stolen token is short-lived) and no longer than {@code idleTimeout} after its last request. The
 * last-seen time is written at most once a minute, so idleness is measured to within a minute
 * without a write per request.
 */
public record SessionPolicy(Duration idleTimeout, Duration maxLifetime) {

  public static final Duration LONGEST_LIFETIME = Duration.ofHours(8);
  static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

  public SessionPolicy {
    if (maxLifetime.isNegative()
        || maxLifetime.isZero()
        || maxLifetime.compareTo(LONGEST_LIFETIME) > 0) {
      throw new IllegalArgumentException(
          "a session lives more than 0 and at most 8 hours, not " + maxLifetime);
    }
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("the idle timeout must be positive, not " + idleTimeout);
    }
  }

  public LocalDateTime expiresAt(LocalDateTime signedInAt) {
    return signedInAt.plus(maxLifetime);
  }

  public boolean isActive(
      LocalDateTime expiresAt, LocalDateTime lastSeenAt, LocalDateTime endedAt, LocalDateTime now) {
    return endedAt == null && now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
  }

  public boolean needsTouch(LocalDateTime lastSeenAt, LocalDateTime now) {
    return !now.isBefore(lastSeenAt.plus(TOUCH_INTERVAL));
  }
}
