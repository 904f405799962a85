package org.bandwise.appeal.control;

import static org.bandwise.appeal.control.AppealStatus.ACKNOWLEDGED;
import static org.bandwise.appeal.control.AppealStatus.CLOSED;
import static org.bandwise.appeal.control.AppealStatus.DECIDED;
import static org.bandwise.appeal.control.AppealStatus.DRAFT;
import static org.bandwise.appeal.control.AppealStatus.HEARING_SCHEDULED;
import static org.bandwise.appeal.control.AppealStatus.LODGED;
import static org.bandwise.appeal.control.AppealStatus.UNDER_REVIEW;
import static org.bandwise.appeal.control.AppealStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every step from every status, at both stages: the allowed ones move on, the rest are refused. */
class AppealLifecycleTest {

  /** The whole machine, written out: from a status, the steps allowed and where each leads. */
  private static final Map<AppealStatus, Map<AppealStep, AppealStatus>> ALLOWED =
      Map.of(
          DRAFT, Map.of(AppealStep.LODGE, LODGED, AppealStep.WITHDRAW, WITHDRAWN),
          LODGED, Map.of(AppealStep.ACKNOWLEDGE, ACKNOWLEDGED, AppealStep.WITHDRAW, WITHDRAWN),
          ACKNOWLEDGED,
              Map.of(AppealStep.START_REVIEW, UNDER_REVIEW, AppealStep.WITHDRAW, WITHDRAWN),
          UNDER_REVIEW,
              Map.of(
                  AppealStep.SCHEDULE_HEARING, HEARING_SCHEDULED, AppealStep.WITHDRAW, WITHDRAWN),
          HEARING_SCHEDULED,
              Map.of(
                  AppealStep.SCHEDULE_HEARING, HEARING_SCHEDULED,
                  AppealStep.DECIDE, DECIDED,
                  AppealStep.WITHDRAW, WITHDRAWN),
          // a second stage only from stage 1; see secondStageOnlyOnce
          DECIDED, Map.of(AppealStep.CLOSE, CLOSED, AppealStep.SECOND_STAGE, LODGED),
          CLOSED, Map.of(),
          WITHDRAWN, Map.of());

  static Stream<Arguments> everyStatusStepAndStage() {
    var all = new ArrayList<Arguments>();
    for (int stage = 1; stage <= 2; stage++) {
      for (AppealStatus status : AppealStatus.values()) {
        for (AppealStep step : AppealStep.values()) {
          all.add(Arguments.of(status, step, stage));
        }
      }
    }
    return all.stream();
  }

  private static AppealState state(AppealStatus status, int stage) {
    boolean decided = status == DECIDED || status == CLOSED;
    return new AppealState(status, stage, decided ? AppealDecision.NOT_UPHELD : null);
  }

  private static AppealState take(AppealState state, AppealStep step) {
    return switch (step) {
      case DECIDE -> AppealLifecycle.decide(state, AppealDecision.PARTLY_UPHELD);
      case WITHDRAW -> AppealLifecycle.withdraw(state, "The member has left the service.");
      default -> AppealLifecycle.apply(state, step);
    };
  }

  @ParameterizedTest(name = "stage {2}: {1} from {0}")
  @MethodSource("everyStatusStepAndStage")
  void allowsExactlyTheStepsOfTheMachine(AppealStatus status, AppealStep step, int stage) {
    AppealStatus expected = ALLOWED.get(status).get(step);
    if (step == AppealStep.SECOND_STAGE && stage == 2) {
      expected = null;
    }
    AppealState from = state(status, stage);
    if (expected == null) {
      RuleConflict refused = assertThrows(RuleConflict.class, () -> take(from, step));
      assertReadable(refused.getMessage());
      assertEquals("status", refused.fieldProblems().get(0).field());
      assertFalse(AppealLifecycle.allowedSteps(from).contains(step));
    } else {
      AppealState to = take(from, step);
      assertEquals(expected, to.status());
      assertEquals(step == AppealStep.SECOND_STAGE ? 2 : stage, to.stage());
      assertTrue(AppealLifecycle.allowedSteps(from).contains(step));
    }
  }

  @Test
  void runsFromDraftToClosedOneStepAtATime() {
    AppealState s = AppealState.draft();
    assertEquals(
        EnumSet.of(AppealStep.LODGE, AppealStep.WITHDRAW), AppealLifecycle.allowedSteps(s));
    s = AppealLifecycle.lodge(s);
    s = AppealLifecycle.acknowledge(s);
    s = AppealLifecycle.startReview(s);
    s = AppealLifecycle.scheduleHearing(s);
    s = AppealLifecycle.scheduleHearing(s); // rescheduled
    s = AppealLifecycle.decide(s, AppealDecision.UPHELD);
    assertEquals(new AppealState(DECIDED, 1, AppealDecision.UPHELD), s);
    assertTrue(s.decision().changesOutcome());
    s = AppealLifecycle.close(s);
    assertEquals(new AppealState(CLOSED, 1, AppealDecision.UPHELD), s);
    assertEquals(Set.of(), AppealLifecycle.allowedSteps(s));
  }

  @Test
  void secondStageOnlyOnceStartingAgainAsLodged() {
    AppealState decided = new AppealState(DECIDED, 1, AppealDecision.NOT_UPHELD);
    AppealState second = AppealLifecycle.secondStage(decided);
    assertEquals(new AppealState(LODGED, 2, null), second);
    AppealState decidedAgain =
        AppealLifecycle.decide(
            AppealLifecycle.scheduleHearing(
                AppealLifecycle.startReview(AppealLifecycle.acknowledge(second))),
            AppealDecision.NOT_UPHELD);
    assertEquals(
        "This appeal has already been to a second stage, and there is no further stage.",
        assertThrows(RuleConflict.class, () -> AppealLifecycle.secondStage(decidedAgain))
            .getMessage());
    assertEquals(
        "An appeal can go to a second stage only once it has been decided and before it is"
            + " closed. This appeal is under review.",
        assertThrows(
                RuleConflict.class,
                () -> AppealLifecycle.secondStage(AppealState.of(UNDER_REVIEW, 1)))
            .getMessage());
  }

  @Test
  void refusalsSayWhatIsNeededAndWhereTheAppealStands() {
    assertEquals(
        "You can only acknowledge an appeal that has been lodged and not yet acknowledged. This"
            + " appeal is under review.",
        assertThrows(
                RuleConflict.class,
                () -> AppealLifecycle.acknowledge(AppealState.of(UNDER_REVIEW, 1)))
            .getMessage());
    assertEquals(
        "You can only record a decision on an appeal that has a hearing scheduled. This appeal is"
            + " under review.",
        assertThrows(
                RuleConflict.class,
                () ->
                    AppealLifecycle.decide(AppealState.of(UNDER_REVIEW, 1), AppealDecision.UPHELD))
            .getMessage());
    assertEquals(
        "You can only lodge an appeal that is a draft. This appeal has been withdrawn.",
        assertThrows(RuleConflict.class, () -> AppealLifecycle.lodge(AppealState.of(WITHDRAWN, 1)))
            .getMessage());
  }

  @Test
  void withdrawingNeedsAReasonAndIsRefusedOnceDecided() {
    InvalidInput noReason =
        assertThrows(
            InvalidInput.class, () -> AppealLifecycle.withdraw(AppealState.of(LODGED, 1), " "));
    assertEquals("reason", noReason.fieldProblems().get(0).field());
    assertEquals("Enter the reason the appeal is being withdrawn.", noReason.getMessage());
    assertEquals(
        "An appeal cannot be withdrawn once it has been decided. This appeal has been decided.",
        assertThrows(
                RuleConflict.class,
                () ->
                    AppealLifecycle.withdraw(
                        new AppealState(DECIDED, 1, AppealDecision.UPHELD), "Too late"))
            .getMessage());
    assertEquals(
        "This appeal has already been withdrawn.",
        assertThrows(
                RuleConflict.class,
                () -> AppealLifecycle.withdraw(AppealState.of(WITHDRAWN, 1), "Again"))
            .getMessage());
    // a stage-2 appeal may be withdrawn before its decision too
    assertEquals(
        new AppealState(WITHDRAWN, 2, null),
        AppealLifecycle.withdraw(AppealState.of(HEARING_SCHEDULED, 2), "Settled"));
  }

  @Test
  void aDecisionIsRequired() {
    InvalidInput none =
        assertThrows(
            InvalidInput.class,
            () -> AppealLifecycle.decide(AppealState.of(HEARING_SCHEDULED, 1), null));
    assertEquals("decision", none.fieldProblems().get(0).field());
    assertFalse(AppealDecision.NOT_UPHELD.changesOutcome());
    assertTrue(AppealDecision.PARTLY_UPHELD.changesOutcome());
    assertEquals("partly upheld", AppealDecision.PARTLY_UPHELD.text());
  }

  @Test
  void aStateIsConsistent() {
    assertThrows(IllegalArgumentException.class, () -> AppealState.of(DECIDED, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new AppealState(LODGED, 1, AppealDecision.UPHELD));
    assertThrows(IllegalArgumentException.class, () -> AppealState.of(LODGED, 3));
    assertNull(AppealState.draft().decision());
    assertTrue(LODGED.awaitingDecision());
    assertFalse(DRAFT.awaitingDecision());
    assertFalse(DECIDED.awaitingDecision());
  }

  /** A sentence a person reads: a capital, a full stop, and no enum names such as UNDER_REVIEW. */
  static void assertReadable(String message) {
    assertTrue(Character.isUpperCase(message.charAt(0)), message);
    assertTrue(message.endsWith("."), message);
    assertFalse(message.matches(".*\\b[A-Z]{2,}(_[A-Z]+)*\\b.*"), message);
    assertFalse(message.contains("_"), message);
    List.of(AppealStatus.values()).forEach(s -> assertFalse(message.contains(s.name()), message));
  }
}
