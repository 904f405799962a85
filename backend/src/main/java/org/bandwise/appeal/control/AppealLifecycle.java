package org.bandwise.appeal.control;

import static org.bandwise.appeal.control.AppealStatus.ACKNOWLEDGED;
import static org.bandwise.appeal.control.AppealStatus.CLOSED;
import static org.bandwise.appeal.control.AppealStatus.DECIDED;
import static org.bandwise.appeal.control.AppealStatus.DRAFT;
import static org.bandwise.appeal.control.AppealStatus.HEARING_SCHEDULED;
import static org.bandwise.appeal.control.AppealStatus.LODGED;
import static org.bandwise.appeal.control.AppealStatus.UNDER_REVIEW;
import static org.bandwise.appeal.control.AppealStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;

/**
 * The appeal status machine. An appeal runs draft → lodged → acknowledged → under review → hearing
 * scheduled → decided (upheld, partly upheld or not upheld) → closed, one step at a time, so every
 * deadline and every step is on the record. It may be withdrawn, with a reason, at any point before
 * a decision (a draft included): once decided, the decision stands. A hearing may be rescheduled
 * (scheduling again while one is scheduled). A decided appeal may go to a second stage once: it
 * starts again as lodged at stage 2, with fresh deadlines from that date, and its stage-2 decision
 * is final. A refused step is a {@link RuleConflict} with a sentence saying why.
 */
public final class AppealLifecycle {

  private AppealLifecycle() {}

  /** The steps allowed now, for showing only the actions that will work. */
  public static Set<AppealStep> allowedSteps(AppealState state) {
    Set<AppealStep> steps = EnumSet.noneOf(AppealStep.class);
    for (AppealStep step : AppealStep.values()) {
      if (refusal(state, step) == null) {
        steps.add(step);
      }
    }
    return steps;
  }

  public static AppealState lodge(AppealState state) {
    return apply(state, AppealStep.LODGE);
  }

  public static AppealState acknowledge(AppealState state) {
    return apply(state, AppealStep.ACKNOWLEDGE);
  }

  public static AppealState startReview(AppealState state) {
    return apply(state, AppealStep.START_REVIEW);
  }

  /** Schedules the hearing, or reschedules it. */
  public static AppealState scheduleHearing(AppealState state) {
    return apply(state, AppealStep.SCHEDULE_HEARING);
  }

  /**
   * Records the review panel's decision.
   *
   * @throws InvalidInput naming {@code decision} when none is given
   */
  public static AppealState decide(AppealState state, AppealDecision decision) {
    refuseIfNotAllowed(state, AppealStep.DECIDE);
    if (decision == null) {
      throw new InvalidInput(
          "decision", "Choose whether the appeal is upheld, partly upheld or not upheld.");
    }
    return new AppealState(DECIDED, state.stage(), decision);
  }

  public static AppealState close(AppealState state) {
    return apply(state, AppealStep.CLOSE);
  }

  /**
   * Withdraws the appeal before a decision.
   *
   * @throws InvalidInput naming {@code reason} when the reason is blank
   */
  public static AppealState withdraw(AppealState state, String reason) {
    refuseIfNotAllowed(state, AppealStep.WITHDRAW);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput("reason", "Enter the reason the appeal is being withdrawn.");
    }
    return new AppealState(WITHDRAWN, state.stage(), null);
  }

  /** Takes a decided appeal to its second (and last) stage, lodged again from today. */
  public static AppealState secondStage(AppealState state) {
    return apply(state, AppealStep.SECOND_STAGE);
  }

  /**
   * Any step that needs no further input ({@link AppealStep#DECIDE} and {@link AppealStep#WITHDRAW}
   * need their own methods).
   */
  public static AppealState apply(AppealState state, AppealStep step) {
    refuseIfNotAllowed(state, step);
    return switch (step) {
      case LODGE -> AppealState.of(LODGED, state.stage());
      case ACKNOWLEDGE -> AppealState.of(ACKNOWLEDGED, state.stage());
      case START_REVIEW -> AppealState.of(UNDER_REVIEW, state.stage());
      case SCHEDULE_HEARING -> AppealState.of(HEARING_SCHEDULED, state.stage());
      case CLOSE -> new AppealState(CLOSED, state.stage(), state.decision());
      case SECOND_STAGE -> AppealState.of(LODGED, state.stage() + 1);
      case DECIDE, WITHDRAW ->
          throw new IllegalArgumentException("use decide(...) or withdraw(...) for " + step);
    };
  }

  private static void refuseIfNotAllowed(AppealState state, AppealStep step) {
    String refusal = refusal(state, step);
    if (refusal != null) {
      throw new RuleConflict("status", refusal);
    }
  }

  /** Why the step is not allowed now, or null when it is. */
  static String refusal(AppealState state, AppealStep step) {
    AppealStatus status = state.status();
    return switch (step) {
      case LODGE -> needs(status, step, "is a draft", DRAFT);
      case ACKNOWLEDGE -> needs(status, step, "has been lodged and not yet acknowledged", LODGED);
      case START_REVIEW -> needs(status, step, "has been acknowledged", ACKNOWLEDGED);
      case SCHEDULE_HEARING ->
          needs(status, step, "is under review", UNDER_REVIEW, HEARING_SCHEDULED);
      case DECIDE -> needs(status, step, "has a hearing scheduled", HEARING_SCHEDULED);
      case CLOSE -> needs(status, step, "has been decided", DECIDED);
      case WITHDRAW ->
          switch (status) {
            case DRAFT, LODGED, ACKNOWLEDGED, UNDER_REVIEW, HEARING_SCHEDULED -> null;
            case WITHDRAWN -> "This appeal has already been withdrawn.";
            case DECIDED, CLOSED ->
                "An appeal cannot be withdrawn once it has been decided. This appeal "
                    + status.phrase()
                    + ".";
          };
      case SECOND_STAGE -> {
        if (status != DECIDED) {
          yield "An appeal can go to a second stage only once it has been decided and before it is"
              + " closed. This appeal "
              + status.phrase()
              + ".";
        }
        yield state.stage() >= AppealState.LAST_STAGE
            ? "This appeal has already been to a second stage, and there is no further stage."
            : null;
      }
    };
  }

  private static String needs(
      AppealStatus status, AppealStep step, String requirement, AppealStatus... allowed) {
    for (AppealStatus ok : allowed) {
      if (status == ok) {
        return null;
      }
    }
    return "You can only "
        + step.verb()
        + " an appeal that "
        + requirement
        + ". This appeal "
        + status.phrase()
        + ".";
  }
}
