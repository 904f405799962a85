package org.bandwise.vacancy.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Objects;
import org.bandwise.calendar.control.DateText;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;

/**
 * The trial period that follows an accepted offer: 4 weeks by default, ending on the day four
 * calendar weeks after the start (starting on Monday 3 August 2026, it ends on Monday 31 August
 * 2026). It can be extended once, for retraining, in writing, to an agreed end date.
 *
 * @param endOn the end as first set
 * @param extendedTo the agreed end after the one extension, or null
 * @param extensionReason the written agreement's reason, or null
 */
public record TrialPeriod(
    LocalDate startOn, LocalDate endOn, LocalDate extendedTo, String extensionReason) {

  public static final int DEFAULT_WEEKS = 4;

  public TrialPeriod {
    Objects.requireNonNull(startOn, "startOn");
    Objects.requireNonNull(endOn, "endOn");
  }

  /** A trial of the default 4 weeks. */
  public static TrialPeriod startingOn(LocalDate startOn) {
    return startingOn(startOn, DEFAULT_WEEKS);
  }

  public static TrialPeriod startingOn(LocalDate startOn, int weeks) {
    if (weeks < 1) {
      throw new IllegalArgumentException("a trial lasts at least a week");
    }
    return new TrialPeriod(startOn, startOn.plusWeeks(weeks), null, null);
  }

  /** The day the trial ends, extension included. */
  public LocalDate endsOn() {
    return extendedTo == null ? endOn : extendedTo;
  }

  public boolean extended() {
    return extendedTo != null;
  }

  /**
   * Extends the trial, once, to an agreed end date recorded in writing.
   *
   * @throws RuleConflict naming {@code agreedEnd} when it has already been extended
   * @throws InvalidInput naming {@code agreedEnd} (missing, or not after the current end) and
   *     {@code reason} (blank)
   */
  public TrialPeriod extend(LocalDate agreedEnd, String reason) {
    if (extended()) {
      throw new RuleConflict(
          "agreedEnd",
          "This trial has already been extended once, to "
              + DateText.of(extendedTo)
              + ". It cannot be extended again.");
    }
    var problems = new ArrayList<FieldProblem>();
    if (agreedEnd == null) {
      problems.add(new FieldProblem("agreedEnd", "Enter the end date agreed in writing."));
    } else if (!agreedEnd.isAfter(endOn)) {
      problems.add(
          new FieldProblem(
              "agreedEnd",
              "The agreed end date must be after "
                  + DateText.of(endOn)
                  + ", when the trial ends."));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(
          new FieldProblem("reason", "Enter the reason for the extension, as agreed in writing."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new TrialPeriod(startOn, endOn, agreedEnd, reason.strip());
  }

  /** "Trial from 3 August 2026 to 31 August 2026." or with its extension. */
  public String text() {
    return "Trial from "
        + DateText.of(startOn)
        + " to "
        + DateText.of(endsOn())
        + (extended() ? " (extended from " + DateText.of(endOn) + ")." : ".");
  }
}
