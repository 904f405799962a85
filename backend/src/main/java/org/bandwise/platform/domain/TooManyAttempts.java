package org.bandwise.platform.domain;

import java.time.Duration;
import java.util.List;

/**
 * Repeated attempts are held back for a while, such as failed sign-ins (HTTP 429 with Retry-After).
 */
public class TooManyAttempts extends DomainException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public TooManyAttempts(String message, Duration retryAfter) {
    super(message, List.of());
    this.retryAfter = retryAfter;
  }

  /** How long the caller should wait before trying again; at least one second. */
  public Duration retryAfter() {
    return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
  }
}
