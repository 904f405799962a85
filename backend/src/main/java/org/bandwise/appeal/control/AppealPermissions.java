package org.bandwise.appeal.control;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may take which step: the appellants' side (the rep of the appeal's union) lodges a draft,
 * withdraws, and asks for a second stage; HR evaluators and HR admins may do those on a member's
 * behalf and take every other step (acknowledge, review, hearing, decision, close). Auditors and
 * staff take none. Combined with {@link AppealLifecycle} to show only the actions that will work.
 */
public final class AppealPermissions {

  private static final Set<AppealStep> APPELLANT_STEPS =
      EnumSet.of(AppealStep.LODGE, AppealStep.WITHDRAW, AppealStep.SECOND_STAGE);

  private AppealPermissions() {}

  public static boolean may(AppealViewer viewer, String appealUnion, AppealStep step) {
    if (viewer.hr()) {
      return true;
    }
    return APPELLANT_STEPS.contains(step) && viewer.repOf(appealUnion);
  }

  /** The steps this viewer may take now. */
  public static Set<AppealStep> allowed(
      AppealViewer viewer, String appealUnion, AppealState state) {
    Set<AppealStep> steps = EnumSet.noneOf(AppealStep.class);
    for (AppealStep step : AppealLifecycle.allowedSteps(state)) {
      if (may(viewer, appealUnion, step)) {
        steps.add(step);
      }
    }
    return steps;
  }
}
