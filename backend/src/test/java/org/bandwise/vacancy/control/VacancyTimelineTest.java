package org.bandwise.vacancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VacancyTimelineTest {

  @Test
  void everyStepOfAPersonsTimelineHasATitleInWordsNeverACode() {
    for (String action : VacancyTimeline.PERSON_OFFER_ACTIONS) {
      String title = VacancyTimeline.title("OFFER", action);
      assertFalse(title.matches(".*[A-Z]{2,}.*|.*_.*"), title);
      assertFalse(title.equals("Vacancy updated"), action);
    }
    for (String action : VacancyTimeline.PERSON_INTEREST_ACTIONS) {
      assertFalse(VacancyTimeline.title("VACANCY", action).equals("Vacancy updated"), action);
    }
    assertEquals("Offer declined", VacancyTimeline.title("OFFER", "DECLINED"));
    assertEquals(
        "Offer accepted and trial started", VacancyTimeline.title("OFFER", "OFFER_ACCEPTED"));
    assertEquals("Trial not successful", VacancyTimeline.title("OFFER", "TRIAL_NOT_SUCCESSFUL"));
    assertEquals("Interest withdrawn", VacancyTimeline.title("VACANCY", "INTEREST_WITHDRAWN"));
    // the same action names different steps of a vacancy and of an offer
    assertEquals("Vacancy withdrawn", VacancyTimeline.title("VACANCY", "WITHDRAWN"));
    assertEquals("Offer withdrawn", VacancyTimeline.title("OFFER", "WITHDRAWN"));
    assertEquals("Vacancy updated", VacancyTimeline.title("VACANCY", "SOMETHING_NEW"));
  }

  @Test
  void theTrailsSummaryBecomesASentence() {
    assertEquals(
        "Offer of Treatment Manager made to Alex Morgan, recorded as suitable.",
        VacancyTimeline.sentence(
            " Offer of Treatment Manager made to Alex Morgan, recorded as suitable "));
    assertEquals(
        "Trial confirmed: appointed to the post.",
        VacancyTimeline.sentence("Trial confirmed: appointed to the post."));
    assertEquals("", VacancyTimeline.sentence(null));
  }

  @Test
  void aStepWithoutASummaryStillSaysWhatHappened() {
    var step =
        VacancyTimeline.step(
            LocalDateTime.of(2026, 9, 1, 10, 0),
            "admin",
            "VACANCY",
            "INTERNAL_OPENED",
            null,
            "v-1",
            "Treatment Manager");
    assertEquals("Opened to internal applicants", step.title());
    assertEquals("Opened to internal applicants.", step.text());
    assertTrue(VacancyTimeline.VACANCY_ECHOES.contains("OFFER_MADE"));
  }
}
