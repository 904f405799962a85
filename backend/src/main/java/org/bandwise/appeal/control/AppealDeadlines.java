package org.bandwise.appeal.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bandwise.calendar.control.CalendarMonths;
import org.bandwise.calendar.control.DateText;
import org.bandwise.calendar.control.WorkingDays;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.error.FieldProblem;

/**
 * Appeal due dates and whether they are met.
 *
 * <ul>
 *   <li>An <b>outcome</b> appeal must be lodged within {@code lodgeWithinMonths} (3) calendar
 *       months of the outcome's notification, in the sense of {@link CalendarMonths}: notified on
 *       31 August, it may be lodged up to and including 30 November. Later only with an extension
 *       HR records with a reason. Appeals against a JD's content or an assignment have no lodging
 *       limit here (the issue sets none).
 *   <li>It is acknowledged within {@code acknowledgeWithinWorkingDays} (10) working days of lodging
 *       (weekends and bank holidays skipped, counting from the day after).
 *   <li>It is decided within {@code decideWithinMonths} (3) calendar months of lodging. A second
 *       stage is lodged again, so its deadlines run from its own lodging date.
 * </ul>
 *
 * A due date is met on the day itself; the day after, the step is overdue. An outstanding step is
 * due soon when its due date is at most {@code dueSoonWorkingDays} (5) working days away.
 */
public final class AppealDeadlines {

  private final AppealDeadlineSettings settings;
  private final WorkingDays workingDays;

  public AppealDeadlines(AppealDeadlineSettings settings, WorkingDays workingDays) {
    this.settings = Objects.requireNonNull(settings);
    this.workingDays = Objects.requireNonNull(workingDays);
  }

  /** The defaults with the bundled England and Wales bank holidays. */
  public static AppealDeadlines defaults() {
    return new AppealDeadlines(AppealDeadlineSettings.defaults(), WorkingDays.englandAndWales());
  }

  public AppealDeadlineSettings settings() {
    return settings;
  }

  /** The last day to lodge an outcome appeal without an extension. */
  public LocalDate lodgeBy(LocalDate notifiedOn) {
    return CalendarMonths.after(notifiedOn, settings.lodgeWithinMonths());
  }

  /** The last day to lodge, with HR's extension when there is one. */
  public LocalDate lodgeBy(LocalDate notifiedOn, LodgingExtension extension) {
    return extension == null ? lodgeBy(notifiedOn) : extension.lodgeBy();
  }

  public LocalDate acknowledgeBy(LocalDate lodgedOn) {
    return workingDays.add(lodgedOn, settings.acknowledgeWithinWorkingDays());
  }

  public LocalDate decideBy(LocalDate lodgedOn) {
    return CalendarMonths.after(lodgedOn, settings.decideWithinMonths());
  }

  /**
   * Checks HR's extension: it needs a reason and a last day after the usual one.
   *
   * @throws InvalidInput naming {@code extension.reason} or {@code extension.lodgeBy}
   */
  public void checkExtension(LocalDate notifiedOn, LodgingExtension extension) {
    var problems = new ArrayList<FieldProblem>();
    if (extension.reason() == null || extension.reason().isBlank()) {
      problems.add(
          new FieldProblem("extension.reason", "Enter the reason for extending the time limit."));
    }
    LocalDate usual = lodgeBy(notifiedOn);
    if (extension.lodgeBy() == null) {
      problems.add(
          new FieldProblem("extension.lodgeBy", "Enter the new last day for lodging the appeal."));
    } else if (!extension.lodgeBy().isAfter(usual)) {
      problems.add(
          new FieldProblem(
              "extension.lodgeBy",
              "The new last day must be after "
                  + DateText.of(usual)
                  + ", when the usual time limit ends."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  /**
   * Refuses lodging an outcome appeal after its time limit (or before the outcome was notified).
   * Other kinds of appeal have no lodging limit.
   *
   * @param notifiedOn when the outcome was notified (required for an outcome appeal)
   * @param extension HR's extension, or null
   * @throws InvalidInput naming {@code notifiedOn} when an outcome appeal has no notification date,
   *     or the extension's fields when it is incomplete
   * @throws RuleConflict naming {@code lodgedOn} when it is too late or too early
   */
  public void checkLodgedInTime(
      AppealKind kind, LocalDate notifiedOn, LocalDate lodgedOn, LodgingExtension extension) {
    if (kind != AppealKind.OUTCOME) {
      return;
    }
    if (notifiedOn == null) {
      throw new InvalidInput("notifiedOn", "Enter the date the outcome was notified.");
    }
    if (lodgedOn.isBefore(notifiedOn)) {
      throw new RuleConflict(
          "lodgedOn",
          "An appeal cannot be lodged before the outcome was notified on "
              + DateText.of(notifiedOn)
              + ".");
    }
    if (extension != null) {
      checkExtension(notifiedOn, extension);
    }
    LocalDate last = lodgeBy(notifiedOn, extension);
    if (lodgedOn.isAfter(last)) {
      throw new RuleConflict(
          "lodgedOn",
          extension == null
              ? "An appeal against this outcome had to be lodged by "
                  + DateText.of(last)
                  + ". HR can extend the time limit, with a reason."
              : "An appeal against this outcome had to be lodged by "
                  + DateText.of(last)
                  + ", as extended by HR.");
    }
  }

  /**
   * The steps still to be done for an appeal in this status, each with its due date as of {@code
   * today}: lodging (a draft outcome appeal with a notification date), acknowledgement (lodged) and
   * the decision (lodged and not yet decided). Nothing is outstanding once decided, closed or
   * withdrawn.
   *
   * @param notifiedOn when the outcome was notified, or null
   * @param extension HR's lodging extension, or null
   * @param lodgedOn when the current stage was lodged, or null for a draft
   */
  public List<Deadline> outstanding(
      AppealKind kind,
      AppealStatus status,
      LocalDate notifiedOn,
      LodgingExtension extension,
      LocalDate lodgedOn,
      LocalDate today) {
    var due = new ArrayList<Deadline>();
    if (status == AppealStatus.DRAFT) {
      if (kind == AppealKind.OUTCOME && notifiedOn != null) {
        due.add(assess(DeadlineStep.LODGE, lodgeBy(notifiedOn, extension), today));
      }
      return due;
    }
    if (!status.awaitingDecision()) {
      return due;
    }
    Objects.requireNonNull(lodgedOn, "a lodged appeal has a lodging date");
    if (status == AppealStatus.LODGED) {
      due.add(assess(DeadlineStep.ACKNOWLEDGE, acknowledgeBy(lodgedOn), today));
    }
    due.add(assess(DeadlineStep.DECIDE, decideBy(lodgedOn), today));
    return due;
  }

  /** How a step due on {@code dueOn} stands on {@code today}. */
  public Deadline assess(DeadlineStep step, LocalDate dueOn, LocalDate today) {
    int left = workingDays.between(today, dueOn);
    DeadlineState state;
    if (today.isAfter(dueOn)) {
      state = DeadlineState.OVERDUE;
    } else if (left <= settings.dueSoonWorkingDays()) {
      state = DeadlineState.DUE_SOON;
    } else {
      state = DeadlineState.ON_TRACK;
    }
    return new Deadline(step, dueOn, state, left, text(step, dueOn, state, left, today));
  }

  private static String text(
      DeadlineStep step, LocalDate dueOn, DeadlineState state, int left, LocalDate today) {
    String date = DateText.of(dueOn);
    if (state == DeadlineState.OVERDUE) {
      return switch (step) {
        case LODGE ->
            "Overdue: the time limit for lodging this appeal ended on "
                + date
                + ". HR can extend it, with a reason.";
        case ACKNOWLEDGE -> "Overdue: this appeal should have been acknowledged by " + date + ".";
        case DECIDE -> "Overdue: this appeal should have been decided by " + date + ".";
      };
    }
    String action =
        switch (step) {
          case LODGE -> "Lodge by ";
          case ACKNOWLEDGE -> "Acknowledge by ";
          case DECIDE -> "Decide by ";
        };
    if (state == DeadlineState.ON_TRACK) {
      return action + date + ".";
    }
    if (dueOn.equals(today)) {
      return action + date + ": due today.";
    }
    return action
        + date
        + ": "
        + (left == 0 ? "no working days" : left == 1 ? "1 working day" : left + " working days")
        + " left.";
  }
}
