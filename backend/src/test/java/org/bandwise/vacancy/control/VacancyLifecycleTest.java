package org.bandwise.vacancy.control;

import static org.bandwise.vacancy.control.VacancyStatus.DRAFT;
import static org.bandwise.vacancy.control.VacancyStatus.EXTERNAL;
import static org.bandwise.vacancy.control.VacancyStatus.FILLED;
import static org.bandwise.vacancy.control.VacancyStatus.INTERNAL;
import static org.bandwise.vacancy.control.VacancyStatus.OFFER_MADE;
import static org.bandwise.vacancy.control.VacancyStatus.RING_FENCE;
import static org.bandwise.vacancy.control.VacancyStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every step from every status: the allowed ones move on, the rest are refused. */
class VacancyLifecycleTest {

  private static final Map<VacancyStatus, Map<VacancyStep, VacancyStatus>> ALLOWED =
      Map.of(
          DRAFT, Map.of(VacancyStep.OPEN_RING_FENCE, RING_FENCE, VacancyStep.WITHDRAW, WITHDRAWN),
          RING_FENCE,
              Map.of(
                  VacancyStep.OPEN_INTERNAL, INTERNAL,
                  VacancyStep.MAKE_OFFER, OFFER_MADE,
                  VacancyStep.WITHDRAW, WITHDRAWN),
          INTERNAL,
              Map.of(
                  VacancyStep.OPEN_EXTERNAL, EXTERNAL,
                  VacancyStep.MAKE_OFFER, OFFER_MADE,
                  VacancyStep.WITHDRAW, WITHDRAWN),
          EXTERNAL, Map.of(VacancyStep.MAKE_OFFER, OFFER_MADE, VacancyStep.WITHDRAW, WITHDRAWN),
          // one post: filling it fills the vacancy; ending the offer returns to its stage
          OFFER_MADE, Map.of(VacancyStep.END_OFFER, INTERNAL, VacancyStep.FILL_POST, FILLED),
          FILLED, Map.of(),
          WITHDRAWN, Map.of());

  static Stream<Arguments> everyStatusAndStep() {
    var all = new ArrayList<Arguments>();
    for (VacancyStatus status : VacancyStatus.values()) {
      for (VacancyStep step : VacancyStep.values()) {
        all.add(Arguments.of(status, step));
      }
    }
    return all.stream();
  }

  /** A one-post vacancy in this status; an offer is taken to have been made at stage 2. */
  private static VacancyState state(VacancyStatus status) {
    VacancyStage stage =
        switch (status) {
          case DRAFT -> null;
          case OFFER_MADE, FILLED, WITHDRAWN -> VacancyStage.INTERNAL;
          default -> status.stage();
        };
    return new VacancyState(status, stage, 1, status == FILLED ? 1 : 0);
  }

  private static VacancyState take(VacancyState state, VacancyStep step) {
    return switch (step) {
      case OPEN_RING_FENCE -> VacancyLifecycle.openRingFence(state);
      case OPEN_INTERNAL -> VacancyLifecycle.openInternal(state, List.of());
      case OPEN_EXTERNAL -> VacancyLifecycle.openExternal(state);
      case MAKE_OFFER -> VacancyLifecycle.makeOffer(state);
      case END_OFFER -> VacancyLifecycle.endOffer(state);
      case FILL_POST -> VacancyLifecycle.fillPost(state);
      case WITHDRAW -> VacancyLifecycle.withdraw(state, "The post is no longer funded.");
    };
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndStep")
  void allowsExactlyTheStepsOfTheMachine(VacancyStatus status, VacancyStep step) {
    VacancyStatus expected = ALLOWED.get(status).get(step);
    VacancyState from = state(status);
    if (expected == null) {
      RuleConflict refused = assertThrows(RuleConflict.class, () -> take(from, step));
      String message = refused.getMessage();
      assertTrue(Character.isUpperCase(message.charAt(0)), message);
      assertTrue(message.endsWith("."), message);
      assertFalse(message.contains("_"), message);
      assertFalse(VacancyLifecycle.allowedSteps(from).contains(step));
    } else {
      assertEquals(expected, take(from, step).status());
      assertTrue(VacancyLifecycle.allowedSteps(from).contains(step));
    }
  }

  @Test
  void stageTwoWaitsForAWrittenDecisionOnEveryoneInThePool() {
    VacancyState ringFenced = VacancyLifecycle.openRingFence(VacancyState.draft(1));
    PoolDecision alex =
        new PoolDecision("s2", "Alex Morgan", Suitability.SUITABLE, "Meets every criterion.");
    PoolDecision sam = new PoolDecision("s7", "Sam Patel", null, null);
    PoolDecision jo = new PoolDecision("s9", "Jo Reid", Suitability.NOT_SUITABLE, " ");

    RuleConflict one =
        assertThrows(
            RuleConflict.class,
            () -> VacancyLifecycle.openInternal(ringFenced, List.of(alex, sam)));
    assertEquals(
        "Record whether Sam Patel is suitable, with a written reason, before the vacancy opens to"
            + " internal applicants.",
        one.getMessage());
    assertEquals("pool", one.fieldProblems().get(0).field());
    assertEquals(
        "Record whether each person in the pool is suitable, with a written reason, before the"
            + " vacancy opens to internal applicants. 2 people have no decision yet: Sam Patel and"
            + " Jo Reid.",
        assertThrows(
                RuleConflict.class,
                () -> VacancyLifecycle.openInternal(ringFenced, List.of(alex, sam, jo)))
            .getMessage());

    PoolDecision samDecided =
        new PoolDecision("s7", "Sam Patel", Suitability.NOT_SUITABLE, "No PQiP and none in reach.");
    assertEquals(
        VacancyState.at(VacancyStage.INTERNAL, 1, 0),
        VacancyLifecycle.openInternal(ringFenced, List.of(alex, samDecided)));
    // an empty pool holds nothing up
    assertEquals(INTERNAL, VacancyLifecycle.openInternal(ringFenced, List.of()).status());
  }

  @Test
  void oneOfferAtATimeAndBackToItsStageWhenItComesToNothing() {
    VacancyState ringFenced = VacancyLifecycle.openRingFence(VacancyState.draft(1));
    VacancyState offered = VacancyLifecycle.makeOffer(ringFenced);
    assertEquals(new VacancyState(OFFER_MADE, VacancyStage.RING_FENCE, 1, 0), offered);
    assertEquals(
        "This vacancy already has an offer open. Record the answer to that offer, or the outcome"
            + " of its trial, before making another.",
        assertThrows(RuleConflict.class, () -> VacancyLifecycle.makeOffer(offered)).getMessage());
    // stage 2 cannot open while the stage-1 offer is open
    assertThrows(RuleConflict.class, () -> VacancyLifecycle.openInternal(offered, List.of()));
    assertEquals(ringFenced, VacancyLifecycle.endOffer(offered));
    assertEquals(
        new VacancyState(FILLED, VacancyStage.RING_FENCE, 1, 1),
        VacancyLifecycle.fillPost(offered));
  }

  @Test
  void aVacancyWithSeveralPostsIsFilledWhenTheLastIs() {
    VacancyState external = VacancyState.at(VacancyStage.EXTERNAL, 2, 0);
    VacancyState oneFilled = VacancyLifecycle.fillPost(VacancyLifecycle.makeOffer(external));
    assertEquals(VacancyState.at(VacancyStage.EXTERNAL, 2, 1), oneFilled);
    assertEquals(
        new VacancyState(FILLED, VacancyStage.EXTERNAL, 2, 2),
        VacancyLifecycle.fillPost(VacancyLifecycle.makeOffer(oneFilled)));
  }

  @Test
  void withdrawingNeedsAReasonAndNoOfferOpen() {
    assertEquals(
        "reason",
        assertThrows(
                InvalidInput.class,
                () -> VacancyLifecycle.withdraw(VacancyState.at(VacancyStage.INTERNAL, 1, 0), ""))
            .fieldProblems()
            .get(0)
            .field());
    assertEquals(
        "This vacancy has an offer open. Record the answer to that offer, or the outcome of its"
            + " trial, before withdrawing the vacancy.",
        assertThrows(
                RuleConflict.class,
                () ->
                    VacancyLifecycle.withdraw(
                        new VacancyState(OFFER_MADE, VacancyStage.INTERNAL, 1, 0), "Cut"))
            .getMessage());
    assertEquals(
        new VacancyState(WITHDRAWN, null, 1, 0),
        VacancyLifecycle.withdraw(VacancyState.draft(1), "Never advertised."));
  }

  @Test
  void refusalsSayWhereTheVacancyStands() {
    assertEquals(
        "A vacancy opens to external applicants only after it has been open to internal"
            + " applicants, with no offer open. This vacancy is ring-fenced for staff at risk.",
        assertThrows(
                RuleConflict.class,
                () -> VacancyLifecycle.openExternal(VacancyState.at(VacancyStage.RING_FENCE, 1, 0)))
            .getMessage());
    assertEquals(
        "An offer can only be made while the vacancy is open. This vacancy is a draft.",
        assertThrows(RuleConflict.class, () -> VacancyLifecycle.makeOffer(VacancyState.draft(1)))
            .getMessage());
  }

  @Test
  void aPoolDecisionNeedsAnAnswerAndAWrittenReason() {
    InvalidInput refused =
        assertThrows(
            InvalidInput.class, () -> new PoolDecision("s7", "Sam Patel", null, "").check());
    assertEquals(
        List.of(
            new FieldProblem("suitability", "Choose whether Sam Patel is suitable for the post."),
            new FieldProblem(
                "reason",
                "Enter the reason for the decision. Sam Patel will be given it in writing.")),
        refused.fieldProblems());
  }

  @Test
  void aStateIsConsistent() {
    assertThrows(IllegalArgumentException.class, () -> VacancyState.draft(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new VacancyState(INTERNAL, VacancyStage.RING_FENCE, 1, 0));
    assertThrows(IllegalArgumentException.class, () -> new VacancyState(OFFER_MADE, null, 1, 0));
    assertThrows(
        IllegalArgumentException.class, () -> VacancyState.at(VacancyStage.INTERNAL, 1, 2));
  }

  @Test
  void aLongListOfUndecidedPeopleNamesTheFirstFiveAndCountsTheRest() {
    var pool = new java.util.ArrayList<PoolDecision>();
    for (int i = 1; i <= 33; i++) {
      pool.add(new PoolDecision("s" + i, "Person " + i, null, null));
    }
    var refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.bandwise.platform.domain.RuleConflict.class,
            () ->
                VacancyLifecycle.openInternal(
                    VacancyState.at(VacancyStage.RING_FENCE, 1, 0), pool));
    org.junit.jupiter.api.Assertions.assertTrue(
        refused
            .getMessage()
            .endsWith(
                "33 people have no decision yet: Person 1, Person 2, Person 3, Person 4, Person 5"
                    + " and 28 others."),
        refused.getMessage());
    org.junit.jupiter.api.Assertions.assertTrue(refused.getMessage().length() < 500);
  }
}
