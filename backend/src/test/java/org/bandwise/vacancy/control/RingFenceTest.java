package org.bandwise.vacancy.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RingFenceTest {

  private static final LocalDate FROM = LocalDate.of(2026, 8, 1);
  private static final LocalDate UNTIL = LocalDate.of(2027, 1, 31);

  @Test
  void aRingFenceForNamedReBandingsAdmitsOnlyStaffAtRiskFromThem() {
    RingFence facilitators = new RingFence(FROM, UNTIL, Set.of("rb-1"), "facilitators");
    assertTrue(facilitators.admits("rb-1"));
    assertFalse(facilitators.admits("rb-2"));
    // protected by HR's own record, not by a re-banding (the DASOs): not in this pool, and no crash
    assertFalse(facilitators.admits(null));
  }

  @Test
  void aRingFenceForAllAtRiskAdmitsEveryoneAtRisk() {
    RingFence all = RingFence.allAtRisk(FROM, UNTIL);
    assertTrue(all.admits("rb-1"));
    assertTrue(all.admits(null));
  }
}
