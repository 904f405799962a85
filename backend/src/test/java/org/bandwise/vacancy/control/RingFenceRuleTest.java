package org.bandwise.vacancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RingFenceRuleTest {

  /** Every Band 4 vacancy in Interventions from 1 August 2026 for six months. */
  static final RingFenceRule FACILITATORS =
      new RingFenceRule(
          Set.of("4"),
          "Interventions",
          null,
          null,
          Set.of("rb-facilitator"),
          "staff at risk from the Intervention Facilitator re-banding",
          LocalDate.of(2026, 8, 1),
          RingFenceRule.lastDayOf(LocalDate.of(2026, 8, 1), 6));

  @Test
  void sixMonthsFrom1August2026EndOn31January2027() {
    assertEquals(LocalDate.of(2027, 1, 31), FACILITATORS.until());
    assertEquals(LocalDate.of(2027, 2, 28), RingFenceRule.lastDayOf(LocalDate.of(2026, 12, 1), 3));
  }

  @Test
  void coversVacanciesByBandDirectorateFamilyAndDate() {
    assertTrue(
        FACILITATORS.covers(
            "4", "Interventions", "North West", "Treatment", LocalDate.of(2026, 8, 1)));
    assertTrue(FACILITATORS.covers("4", "Interventions", null, null, LocalDate.of(2027, 1, 31)));
    assertFalse(FACILITATORS.covers("4", "Interventions", null, null, LocalDate.of(2027, 2, 1)));
    assertFalse(FACILITATORS.covers("4", "Interventions", null, null, LocalDate.of(2026, 7, 31)));
    assertFalse(FACILITATORS.covers("5", "Interventions", null, null, LocalDate.of(2026, 9, 1)));
    assertFalse(
        FACILITATORS.covers("4", "Approved Premises", null, null, LocalDate.of(2026, 9, 1)));
    var family =
        new RingFenceRule(
            Set.of(),
            null,
            null,
            "Victim Liaison",
            Set.of(),
            null,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31));
    assertTrue(family.covers("3", "PDUs", "Leeds", "Victim Liaison", LocalDate.of(2026, 5, 5)));
    assertFalse(family.covers("3", "PDUs", "Leeds", "Treatment", LocalDate.of(2026, 5, 5)));
    assertEquals(RingFence.ALL_AT_RISK, family.fence().poolDescription());
    assertTrue(family.fence().admits("anything"));
    assertFalse(FACILITATORS.fence().admits("rb-daso"));
  }

  @Test
  void overlappingRulesMakeTheWidestPoolAndTheLongestPeriod() {
    var daso =
        new RingFenceRule(
            Set.of("4"),
            null,
            null,
            null,
            Set.of("rb-daso"),
            "staff at risk from the DASO re-banding",
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2027, 5, 31));
    RingFence both = RingFence.combine(List.of(FACILITATORS.fence(), daso.fence()));
    assertEquals(LocalDate.of(2026, 6, 1), both.from());
    assertEquals(LocalDate.of(2027, 5, 31), both.until());
    assertEquals(Set.of("rb-facilitator", "rb-daso"), both.reBandingIds());
    assertEquals(
        "staff at risk from the Intervention Facilitator re-banding or staff at risk from the DASO"
            + " re-banding",
        both.poolDescription());
    RingFence widest =
        RingFence.combine(
            List.of(
                FACILITATORS.fence(),
                RingFence.allAtRisk(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31))));
    assertTrue(widest.reBandingIds().isEmpty());
    assertTrue(widest.admits("rb-anything"));
    assertNull(RingFence.combine(List.of()));
  }
}
