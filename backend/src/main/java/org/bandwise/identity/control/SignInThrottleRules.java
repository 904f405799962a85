package org.bandwise.identity.control;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one username within {@code
 * window}, that username is blocked for {@code block}. Unknown usernames are counted the same way,
 * so the throttle reveals nothing about which usernames exist.
 */
public record SignInThrottleRules(int maxFailures, Duration window, Duration block) {

  /**
   * Failures counted since {@code windowStart}; {@code blockedUntil} is set once the limit is
   * reached.
   */
  public record State(int failures, LocalDateTime windowStart, LocalDateTime blockedUntil) {}

  public SignInThrottleRules {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("at least one failure must be allowed");
    }
  }

  public Optional<Duration> blockedFor(State state, LocalDateTime now) {
    if (state == null || state.blockedUntil() == null || !now.isBefore(state.blockedUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, state.blockedUntil()));
  }

  public State afterFailure(State state, LocalDateTime now) {
    boolean fresh =
        state == null
            || !now.isBefore(state.windowStart().plus(window))
            || (state.blockedUntil() != null && !now.isBefore(state.blockedUntil()));
    int failures = fresh ? 1 : state.failures() + 1;
    LocalDateTime windowStart = fresh ? now : state.windowStart();
    LocalDateTime blockedUntil = failures >= maxFailures ? now.plus(block) : null;
    return new State(failures, windowStart, blockedUntil);
  }

  /** The {@code RateLimit-Policy} header value: so many attempts per window in seconds. */
  public String policyHeader() {
    return maxFailures + ";w=" + window.toSeconds();
  }
}
