package org.bandwise.vacancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RingFenceTextTest {

  private static final RingFenceRule FACILITATORS =
      new RingFenceRule(
          Set.of("4"),
          "Interventions",
          null,
          null,
          Set.of("rb-1"),
          "staff at risk from the Intervention Facilitator re-banding",
          LocalDate.of(2026, 8, 1),
          RingFenceRule.lastDayOf(LocalDate.of(2026, 8, 1), 6));

  @Test
  void theFacilitatorRuleInASentence() {
    assertEquals(
        "Every Band 4 vacancy in Interventions opened from 1 August 2026 to 31 January 2027 is"
            + " offered first to staff at risk from the Intervention Facilitator re-banding.",
        RingFenceText.of(FACILITATORS, null));
  }

  @Test
  void aVacancysRingFenceSaysWhenItOpensToInternalApplicants() {
    assertEquals(
        "Ring-fenced for staff at risk from the Intervention Facilitator re-banding until 31"
            + " January 2027; open to internal applicants after that.",
        RingFenceText.of(FACILITATORS.fence()));
    assertEquals(
        "Not covered by a ring-fence rule: offered first to all staff at risk.",
        RingFenceText.of((RingFence) null));
  }

  @Test
  void criteriaMatchOnTheirTextWhateverTheCaseAndSpacing() {
    assertEquals(
        EligibilityData.key("Core Skills training"),
        EligibilityData.key("  core  skills TRAINING "));
    assertNotEquals(
        EligibilityData.key("Core Skills"), EligibilityData.key("Core Skills training"));
  }

  @Test
  void heldCriteriaHaveAVersionThatChangesWithThem() {
    var a = List.of(new StaffCriteriaStore.Held("PQiP", LocalDate.of(2020, 1, 1)));
    var b = List.of(new StaffCriteriaStore.Held("PQiP", LocalDate.of(2020, 1, 2)));
    assertEquals(StaffCriteriaStore.version(a), StaffCriteriaStore.version(List.copyOf(a)));
    assertNotEquals(StaffCriteriaStore.version(a), StaffCriteriaStore.version(b));
  }
}
