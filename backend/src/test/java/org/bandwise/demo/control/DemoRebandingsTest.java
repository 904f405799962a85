package org.bandwise.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bandwise.payband.entity.Money;
import org.bandwise.protection.control.EndReason;
import org.bandwise.protection.control.Protection;
import org.bandwise.protection.control.ProtectionPolicy;
import org.bandwise.protection.control.ProtectionRules;
import org.junit.jupiter.api.Test;

/** The dates the demo's re-banding story relies on, from the rules it calls. */
class DemoRebandingsTest {

  @Test
  void facilitatorsAreProtectedUntil31July2028() {
    Protection p =
        ProtectionRules.start(
                ProtectionPolicy.DEFAULT,
                DemoRebandings.FACILITATORS_FROM,
                Money.ofPence(3_755_000),
                Money.ofPence(3_100_000))
            .orElseThrow();
    assertEquals(LocalDate.of(2028, 7, 31), p.until());
    assertEquals(6_550_00, p.differenceFullTime().pence());
  }

  @Test
  void dasosProtectionEndedAfter30June2026AsExpired() {
    Protection p =
        ProtectionRules.start(
                ProtectionPolicy.DEFAULT,
                DemoRebandings.DASO_PROTECTED_FROM,
                Money.ofPence(3_190_000),
                Money.ofPence(3_100_000))
            .orElseThrow();
    assertEquals(LocalDate.of(2026, 6, 30), p.until());
    Protection ended = ProtectionRules.expire(p, LocalDate.of(2026, 11, 30));
    assertEquals(EndReason.EXPIRED, ended.ending().orElseThrow().reason());
    assertEquals(LocalDate.of(2026, 7, 1), ended.ending().orElseThrow().endedOn());
    assertTrue(ended.isActiveOn(LocalDate.of(2026, 6, 30)));
    assertFalse(ended.isActiveOn(LocalDate.of(2026, 7, 1)));
  }
}
