package org.bandwise.appeal.control;

import java.util.Objects;

/**
 * An appeal's position: its status, its stage (1, or 2 once a decided appeal has gone to a second
 * stage) and the decision of the current stage (null until decided).
 */
public record AppealState(AppealStatus status, int stage, AppealDecision decision) {

  public static final int LAST_STAGE = 2;

  public AppealState {
    Objects.requireNonNull(status, "status");
    if (stage < 1 || stage > LAST_STAGE) {
      throw new IllegalArgumentException("an appeal has stage 1 or 2, not " + stage);
    }
    boolean decided = status == AppealStatus.DECIDED || status == AppealStatus.CLOSED;
    if (decided != (decision != null)) {
      throw new IllegalArgumentException(
          "a decided or closed appeal has a decision, and no other appeal has one");
    }
  }

  /** A new appeal: a draft at stage 1. */
  public static AppealState draft() {
    return new AppealState(AppealStatus.DRAFT, 1, null);
  }

  public static AppealState of(AppealStatus status, int stage) {
    return new AppealState(status, stage, null);
  }
}
