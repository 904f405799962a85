package org.bandwise.evaluation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
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
        true, true, agreed, 14, outOfRange, checkRequired, checked, Set.of());
  }

  private static List<PublicationReadiness.Code> codes(PublicationReadiness.Facts facts) {
    return PublicationReadiness.blockers(facts).stream()
        .map(PublicationReadiness.Blocker::code)
        .toList();
  }

  @Test
  void publishingNeedsEveryFactorABandAndAnyRequiredCheck() {
    assertEquals(List.of(), PublicationReadiness.blockers(facts(14, false, false, false)));
    assertEquals(List.of(), PublicationReadiness.blockers(facts(14, false, true, true)));
    var missing = PublicationReadiness.blockers(facts(13, false, false, false));
    assertEquals(
        List.of(PublicationReadiness.Code.LEVELS_MISSING), codes(facts(13, false, false, false)));
    assertEquals("1 factor has no agreed level yet.", missing.get(0).message());
    assertEquals(
        "The panel agrees a level, with its rationale, for the remaining factor.",
        missing.get(0).whatToDo());
    assertEquals(
        List.of(PublicationReadiness.Code.OUT_OF_RANGE), codes(facts(14, true, false, false)));
    assertEquals(
        List.of(PublicationReadiness.Code.CONSISTENCY_CHECK), codes(facts(14, false, true, false)));
    assertTrue(
        PublicationReadiness.blockers(facts(14, false, true, false))
            .get(0)
            .message()
            .startsWith("A consistency check is needed"));
    assertEquals(
        List.of(PublicationReadiness.Code.NO_PANEL),
        codes(
            new PublicationReadiness.Facts(
                false, false, 0, 0, false, false, false, Set.of(SignOffRules.Missing.CHAIR))));
  }

  @Test
  void publishingNeedsTheSignOffsTooEachBlockerSayingWhatToDo() {
    var facts =
        new PublicationReadiness.Facts(
            true,
            true,
            14,
            14,
            false,
            false,
            false,
            Set.of(SignOffRules.Missing.CHAIR, SignOffRules.Missing.STAFF));
    var blockers = PublicationReadiness.blockers(facts);
    assertEquals(1, blockers.size());
    assertEquals(PublicationReadiness.Code.SIGN_OFF, blockers.get(0).code());
    assertEquals(
        "The agreed levels have not been signed off by the chair and a staff-side member.",
        blockers.get(0).message());
    assertEquals(
        "Each of them signs off the agreed levels on the evaluation page.",
        blockers.get(0).whatToDo());
    for (var blocker :
        PublicationReadiness.blockers(
            new PublicationReadiness.Facts(
                true, false, 3, 14, false, false, false, Set.of(SignOffRules.Missing.values())))) {
      assertFalse(blocker.whatToDo().isBlank(), blocker.toString());
      char first = blocker.message().charAt(0);
      assertTrue(Character.isUpperCase(first) || Character.isDigit(first), blocker.message());
    }
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
