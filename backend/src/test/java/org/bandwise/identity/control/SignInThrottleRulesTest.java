package org.bandwise.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.bandwise.identity.control.SignInThrottleRules.State;
import org.junit.jupiter.api.Test;

class SignInThrottleRulesTest {

  private final SignInThrottleRules rules =
      new SignInThrottleRules(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
  private final LocalDateTime start = LocalDateTime.of(2026, 11, 22, 9, 0);

  @Test
  void blocksAfterTheFifthFailureInTheWindow() {
    State state = null;
    for (int i = 0; i < 4; i++) {
      state = rules.afterFailure(state, start.plusMinutes(i));
      assertTrue(rules.blockedFor(state, start.plusMinutes(i)).isEmpty(), "failure " + (i + 1));
    }
    state = rules.afterFailure(state, start.plusMinutes(4));
    assertEquals(
        Duration.ofMinutes(15), rules.blockedFor(state, start.plusMinutes(4)).orElseThrow());
    assertEquals(
        Duration.ofMinutes(5), rules.blockedFor(state, start.plusMinutes(14)).orElseThrow());
    assertTrue(rules.blockedFor(state, start.plusMinutes(19)).isEmpty());
  }

  @Test
  void failuresOutsideTheWindowStartAFreshCount() {
    State state = new State(4, start, null);
    State next = rules.afterFailure(state, start.plusMinutes(15));
    assertEquals(1, next.failures());
    assertNull(next.blockedUntil());
  }

  @Test
  void afterABlockEndsTheCountStartsAgain() {
    State blocked = new State(5, start, start.plusMinutes(15));
    assertEquals(1, rules.afterFailure(blocked, start.plusMinutes(15)).failures());
  }

  @Test
  void advertisesItsPolicy() {
    assertEquals("5;w=900", rules.policyHeader());
  }
}
