package org.bandwise.appeal.control;

import java.time.LocalDate;

/**
 * An outstanding step and its due date, as of a day: whether it is overdue or due soon, the working
 * days left (negative once overdue) and a sentence for the screen ("Acknowledge by 9 October 2026:
 * 3 working days left.").
 */
public record Deadline(
    DeadlineStep step, LocalDate dueOn, DeadlineState state, int workingDaysLeft, String text) {

  public boolean overdue() {
    return state == DeadlineState.OVERDUE;
  }

  public boolean dueSoon() {
    return state == DeadlineState.DUE_SOON;
  }
}
