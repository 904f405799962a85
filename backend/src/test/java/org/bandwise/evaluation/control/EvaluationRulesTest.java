package org.bandwise.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.bandwise.evaluation.entity.EvaluationStatus;
import org.bandwise.evaluation.entity.Priority;
import org.junit.jupiter.api.Test;

/** Consensus, consistency, publication readiness and waiting targets. */
class EvaluationRulesTest {

  @Test
  void membersTwoOrMoreLevelsApartNeedToDiscuss() {
    assertFalse(ConsensusRules.differ(List.of()));
    assertFalse(ConsensusRules.differ(List.of(3, 4, 4)));
    assertTrue(ConsensusRules.differ(List.of(2, 4)));
    assertTrue(ConsensusRules.differ(List.of(1, 2, 5)));
  }

  @Test
  void theFamilyMedianIsTheMiddleLevel() {
    assertEquals(OptionalDouble.empty(), ConsistencyRules.median(List.of()));
    assertEquals(OptionalDouble.of(3), ConsistencyRules.median(List.of(5, 1, 3)));
    assertEquals(OptionalDouble.of(3.5), ConsistencyRules.median(List.of(4, 3, 2, 5)));
  }

  @Test
  void aFactorTwoOrMoreLevelsFromTheFamilyMedianIsFlagged() {
    assertTrue(ConsistencyRules.flagged(1, OptionalDouble.of(3)));
    assertTrue(ConsistencyRules.flagged(5, OptionalDouble.of(3)));
    assertFalse(ConsistencyRules.flagged(4, OptionalDouble.of(3)));
    assertFalse(ConsistencyRules.flagged(2, OptionalDouble.of(3.5)), "1.5 levels away");
    assertFalse(ConsistencyRules.flagged(1, OptionalDouble.empty()), "no family, no flag");
  }

  @Test
  void aCheckIsRequiredNearABoundaryOrWhenAFactorIsFlagged() {
    assertTrue(ConsistencyRules.checkRequired(true, 0));
    assertTrue(ConsistencyRules.checkRequired(false, 1));
    assertFalse(ConsistencyRules.checkRequired(false, 0));
  }

  private static PublicationReadiness.Facts facts(
      int agreed, boolean outOfRange, boolean checkRequired, boolean checked) {
    return new PublicationReadiness.Facts(
        true, true, agreed, 14, outOfRange, checkRequired, checked);
  }

  @Test
  void publishingNeedsEveryFactorABandAndAnyRequiredCheck() {
    assertEquals(List.of(), PublicationReadiness.blockers(facts(14, false, false, false)));
    assertEquals(List.of(), PublicationReadiness.blockers(facts(14, false, true, true)));
    assertEquals(
        List.of("1 factor has no agreed level yet."),
        PublicationReadiness.blockers(facts(13, false, false, false)));
    assertEquals(
        List.of("The total is in no band of the scheme: check the levels."),
        PublicationReadiness.blockers(facts(14, true, false, false)));
    assertTrue(
        PublicationReadiness.blockers(facts(14, false, true, false))
            .get(0)
            .startsWith("A consistency check is required"));
    assertEquals(
        List.of("The evaluation has no panel yet."),
        PublicationReadiness.blockers(
            new PublicationReadiness.Facts(false, false, 0, 0, false, false, false)));
  }

  @Test
  void requestsHaveTargetsAndBecomeOverdueSoNothingWaitsUnseen() {
    var targets = new WaitingTargets(20, 60, 120);
    LocalDate requested = LocalDate.of(2024, 11, 25);
    assertEquals(
        requested.plusDays(20), targets.target(requested, EvaluationStatus.REQUESTED, null));
    assertEquals(
        requested.plusDays(60), targets.target(requested, EvaluationStatus.ACCEPTED, Priority.P1));
    assertEquals(
        requested.plusDays(120), targets.target(requested, EvaluationStatus.IN_PANEL, Priority.P2));
    LocalDate today = LocalDate.of(2026, 11, 22);
    assertTrue(targets.overdue(requested, EvaluationStatus.ACCEPTED, Priority.P2, today));
    assertFalse(
        targets.overdue(requested, EvaluationStatus.PUBLISHED, Priority.P2, today),
        "closed requests are done");
    assertFalse(
        targets.overdue(today.minusDays(20), EvaluationStatus.REQUESTED, null, today),
        "due today is not late");
    assertTrue(targets.overdue(today.minusDays(21), EvaluationStatus.REQUESTED, null, today));
    assertEquals(727, WaitingTargets.daysWaiting(requested, null, today));
    assertEquals(10, WaitingTargets.daysWaiting(requested, requested.plusDays(10), today));
    assertEquals(40, WaitingTargets.median(List.of(727, 40, 12)));
  }
}
