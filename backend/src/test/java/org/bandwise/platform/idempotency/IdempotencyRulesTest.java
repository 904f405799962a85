package org.bandwise.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.bandwise.platform.idempotency.IdempotencyRules.Decision;
import org.junit.jupiter.api.Test;

class IdempotencyRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);
  private static final String PRINT =
      IdempotencyRules.fingerprint("POST", "/api/v1/x", bytes("{}"));

  @Test
  void keysAreVisibleAsciiUpTo255Characters() {
    assertTrue(IdempotencyRules.validKey("8e03978e-40d5-43e8-bc93-6894a57f9324"));
    assertTrue(IdempotencyRules.validKey("a".repeat(255)));
    assertFalse(IdempotencyRules.validKey("a".repeat(256)));
    assertFalse(IdempotencyRules.validKey(""));
    assertFalse(IdempotencyRules.validKey("has space"));
    assertFalse(IdempotencyRules.validKey("caf\u00e9"));
    assertFalse(IdempotencyRules.validKey(null));
  }

  @Test
  void theFingerprintCoversMethodAddressAndBody() {
    assertEquals(PRINT, IdempotencyRules.fingerprint("POST", "/api/v1/x", bytes("{}")));
    assertNotEquals(PRINT, IdempotencyRules.fingerprint("POST", "/api/v1/y", bytes("{}")));
    assertNotEquals(PRINT, IdempotencyRules.fingerprint("POST", "/api/v1/x", bytes("{ }")));
    assertNotEquals(PRINT, IdempotencyRules.fingerprint("PUT", "/api/v1/x", bytes("{}")));
  }

  @Test
  void anUnknownKeyRuns() {
    assertEquals(Decision.RUN, IdempotencyRules.decide(null, PRINT, NOW));
  }

  @Test
  void theSameRequestFinishedIsReplayed() {
    assertEquals(Decision.REPLAY, IdempotencyRules.decide(done(NOW.minusHours(23)), PRINT, NOW));
  }

  @Test
  void anotherRequestWithTheKeyIsAMismatch() {
    assertEquals(Decision.MISMATCH, IdempotencyRules.decide(done(NOW), "other", NOW));
    assertEquals(Decision.MISMATCH, IdempotencyRules.decide(running(NOW), "other", NOW));
  }

  @Test
  void theSameRequestStillRunningIsInProgress() {
    assertEquals(
        Decision.IN_PROGRESS, IdempotencyRules.decide(running(NOW.minusMinutes(1)), PRINT, NOW));
  }

  @Test
  void keysExpireAfter24HoursAndAbandonedRunsAfterTenMinutes() {
    assertEquals(Decision.RUN, IdempotencyRules.decide(done(NOW.minusHours(24)), PRINT, NOW));
    assertEquals(Decision.RUN, IdempotencyRules.decide(done(NOW.minusHours(24)), "other", NOW));
    assertEquals(Decision.RUN, IdempotencyRules.decide(running(NOW.minusMinutes(10)), PRINT, NOW));
  }

  @Test
  void serverFailuresAreNotKept() {
    assertTrue(IdempotencyRules.keep(201));
    assertTrue(IdempotencyRules.keep(409));
    assertFalse(IdempotencyRules.keep(500));
    assertFalse(IdempotencyRules.keep(503));
  }

  private static IdempotencyRecord done(LocalDateTime at) {
    return new IdempotencyRecord(
        PRINT, true, at, new StoredResponse(201, "application/json", "/x/1", "\"1\"", bytes("{}")));
  }

  private static IdempotencyRecord running(LocalDateTime at) {
    return new IdempotencyRecord(PRINT, false, at, null);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
