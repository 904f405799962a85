package org.bandwise.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

  private final SessionPolicy policy =
      new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(8));
  private final LocalDateTime signIn = LocalDateTime.of(2026, 11, 22, 9, 0);

  @Test
  void expiresEightHoursAfterSignIn() {
    assertEquals(signIn.plusHours(8), policy.expiresAt(signIn));
  }

  @Test
  void activeWhileUsedAndUnexpired() {
    LocalDateTime expires = policy.expiresAt(signIn);
    assertTrue(
        policy.isActive(expires, signIn.plusHours(7), null, signIn.plusHours(7).plusMinutes(29)));
  }

  @Test
  void endsAfterTheIdleTimeout() {
    assertFalse(policy.isActive(policy.expiresAt(signIn), signIn, null, signIn.plusMinutes(30)));
  }

  @Test
  void endsAtItsAbsoluteExpiryHoweverBusy() {
    LocalDateTime expires = policy.expiresAt(signIn);
    assertFalse(policy.isActive(expires, expires.minusSeconds(1), null, expires));
  }

  @Test
  void anEndedSessionIsOver() {
    assertFalse(
        policy.isActive(
            policy.expiresAt(signIn), signIn, signIn.plusMinutes(1), signIn.plusMinutes(2)));
  }

  @Test
  void lastSeenIsWrittenAtMostOnceAMinute() {
    assertFalse(policy.needsTouch(signIn, signIn.plusSeconds(59)));
    assertTrue(policy.needsTouch(signIn, signIn.plusSeconds(60)));
  }

  @Test
  void refusesLifetimesOverEightHours() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(9)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SessionPolicy(Duration.ZERO, Duration.ofHours(1)));
  }
}
