package org.bandwise.evaluation.control;

import static org.bandwise.evaluation.control.Panels.CHAIR;
import static org.bandwise.evaluation.control.Panels.MANAGER;
import static org.bandwise.evaluation.control.Panels.NOW;
import static org.bandwise.evaluation.control.Panels.REP;
import static org.bandwise.evaluation.control.Panels.agreed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bandwise.evaluation.control.PublicationReadiness.Code;
import org.bandwise.evaluation.control.SignOffRules.Missing;
import org.bandwise.evaluation.entity.Evaluation;
import org.bandwise.evaluation.entity.PanelSeat;
import org.bandwise.evaluation.entity.PanelSide;
import org.bandwise.evaluation.entity.SignOff;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.scheme.entity.Scheme;
import org.junit.jupiter.api.Test;

/** The panel's sign-offs and the state derived from an evaluation's facts. */
class SignOffsTest {

  private final Scheme scheme = Panels.scheme();

  private static List<Code> codes(EvaluationState state) {
    return state.blockers().stream().map(PublicationReadiness.Blocker::code).toList();
  }

  private EvaluationState state(Evaluation evaluation) {
    return EvaluationState.of(evaluation, scheme, true, score -> score.nearBoundary());
  }

  @Test
  void theChairAManagementSideAndAStaffSideMemberMustEachSignOff() {
    assertEquals(Set.of(Missing.values()), SignOffRules.of(List.of()).missing());
    assertEquals(
        Set.of(Missing.STAFF),
        SignOffRules.of(List.of(new SignOff(CHAIR, NOW))).missing(),
        "a management-side chair counts for the chair and the management side");
    assertEquals(
        Set.of(Missing.CHAIR, Missing.STAFF),
        SignOffRules.of(List.of(new SignOff(MANAGER, NOW))).missing());
    assertTrue(SignOffRules.of(List.of(new SignOff(CHAIR, NOW), new SignOff(REP, NOW))).complete());
    PanelSeat staffChair = new PanelSeat("c2", "Tom Hughes", PanelSide.STAFF, true);
    assertEquals(
        Set.of(Missing.MANAGEMENT),
        SignOffRules.of(List.of(new SignOff(staffChair, NOW), new SignOff(REP, NOW))).missing());
    assertEquals(
        "the chair, a management-side member and a staff-side member",
        SignOffRules.words(Set.of(Missing.values())));
  }

  @Test
  void withNothingAgreedThereIsNoTotalAndNoBand() {
    EvaluationState state = state(Panels.withPanel(scheme));
    assertNull(state.runningTotal(), "not 0 points");
    assertNull(state.score(), "not Band 1");
    assertFalse(state.complete());
    assertFalse(state.awaitingSignOff());
    assertEquals(List.of(Code.LEVELS_MISSING, Code.SIGN_OFF), codes(state));
  }

  @Test
  void aPartScoreHasARunningTotalButNoBandYet() {
    Evaluation evaluation = Panels.withPanel(scheme);
    evaluation.agree(agreed("KNOWLEDGE", 3, "Needs the qualification."), NOW);
    EvaluationState state = state(evaluation);
    assertEquals(30, state.runningTotal());
    assertNull(state.score());
    assertFalse(state.checkRequired(), "a check is judged on the complete levels only");
  }

  @Test
  void onceEveryLevelIsAgreedThePanelWaitsForItsSignOffsThenItCanBePublished() {
    Evaluation evaluation = Panels.withPanel(scheme);
    evaluation.agree(agreed("KNOWLEDGE", 1, "Basic."), NOW);
    evaluation.agree(agreed("RISK", 2, "Some risk."), NOW);
    EvaluationState agreedState = state(evaluation);
    assertEquals(30, agreedState.score().total());
    assertEquals("Band 1", agreedState.score().band().bandName());
    assertTrue(agreedState.awaitingSignOff());
    assertEquals(List.of(Code.SIGN_OFF), codes(agreedState));
    assertFalse(agreedState.canPublish());

    evaluation.signOff(CHAIR, NOW);
    assertThrows(RuleConflict.class, () -> evaluation.signOff(CHAIR, NOW), "once each");
    assertEquals(
        "The agreed levels have not been signed off by a staff-side member.",
        state(evaluation).blockers().get(0).message());
    evaluation.signOff(REP, NOW);
    EvaluationState signed = state(evaluation);
    assertTrue(signed.signOff().complete());
    assertFalse(signed.awaitingSignOff());
    assertTrue(signed.canPublish(), signed.blockers().toString());
  }

  @Test
  void changingAnAgreedLevelWithdrawsEverySignOff() {
    Evaluation evaluation = Panels.withPanel(scheme);
    evaluation.agree(agreed("KNOWLEDGE", 1, "Basic."), NOW);
    evaluation.agree(agreed("RISK", 2, "Some risk."), NOW);
    evaluation.signOff(CHAIR, NOW);
    evaluation.signOff(REP, NOW);

    List<SignOff> withdrawn = evaluation.agree(agreed("RISK", 3, "More risk than thought."), NOW);

    assertEquals(2, withdrawn.size());
    assertTrue(evaluation.signOffs().isEmpty());
    assertTrue(state(evaluation).awaitingSignOff());
    assertTrue(codes(state(evaluation)).contains(Code.SIGN_OFF));
  }

  @Test
  void changingThePanelWithdrawsEverySignOffToo() {
    Evaluation evaluation = Panels.withPanel(scheme);
    evaluation.agree(agreed("KNOWLEDGE", 1, "Basic."), NOW);
    evaluation.agree(agreed("RISK", 2, "Some risk."), NOW);
    evaluation.signOff(REP, NOW);
    assertEquals(
        1, evaluation.seatPanel(scheme.id().toString(), List.of(CHAIR, MANAGER, REP), NOW).size());
    assertTrue(evaluation.signOffs().isEmpty());
  }

  @Test
  void aCompleteTotalNearABoundaryNeedsACheckBeforePublishing() {
    Evaluation evaluation = Panels.withPanel(scheme);
    evaluation.agree(agreed("KNOWLEDGE", 2, "Some."), NOW);
    evaluation.agree(agreed("RISK", 2, "Some."), NOW); // 40: the first score of Band 2
    evaluation.signOff(CHAIR, NOW);
    evaluation.signOff(REP, NOW);
    EvaluationState state = state(evaluation);
    assertTrue(state.checkRequired());
    assertEquals(List.of(Code.CONSISTENCY_CHECK), codes(state));
    evaluation.recordCheck("Compared with the family.", "Priya Shah", 40, NOW);
    assertTrue(state(evaluation).canPublish());
  }

  @Test
  void aPublishedOutcomeHasNothingBlockingItAndIsNotAwaitingAnything() {
    Evaluation evaluation = Panels.withPanel(scheme);
    evaluation.agree(agreed("KNOWLEDGE", 1, "Basic."), NOW);
    evaluation.agree(agreed("RISK", 2, "Some risk."), NOW);
    evaluation.signOff(CHAIR, NOW);
    evaluation.signOff(REP, NOW);
    evaluation.publish(30, "band", LocalDate.of(2027, 4, 1), "Sam Okafor", NOW);
    EvaluationState state = state(evaluation);
    assertEquals(List.of(), state.blockers());
    assertFalse(state.awaitingSignOff());
    assertFalse(state.checkRequired());
    assertFalse(state.canPublish());
    assertFalse(evaluation.open());
  }

  @Test
  void whatHappensNextIsSaidPlainlyWithItsDate() {
    Evaluation requested =
        new Evaluation(
            "jd",
            "version",
            "requester",
            org.bandwise.evaluation.entity.RequesterType.STAFF,
            "My duties changed.",
            NOW);
    LocalDate target = LocalDate.of(2026, 12, 20);
    assertEquals(
        "HR decides whether to accept the request by 20 December 2026.",
        NextStep.of(state(requested), target, LocalDate.of(2026, 12, 1)));
    assertEquals(
        "HR decides whether to accept the request. The decision was due by 20 December 2026 and"
            + " is overdue.",
        NextStep.of(state(requested), target, LocalDate.of(2026, 12, 21)));

    Evaluation withPanel = Panels.withPanel(scheme);
    withPanel.agree(agreed("KNOWLEDGE", 1, "Basic."), NOW);
    withPanel.agree(agreed("RISK", 2, "Some risk."), NOW);
    assertEquals(
        "The panel has agreed every level, and its members are signing them off. The outcome is"
            + " due by 20 December 2026.",
        NextStep.of(state(withPanel), target, LocalDate.of(2026, 12, 1)));
  }
}
