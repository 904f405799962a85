package org.bandwise.evaluation.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bandwise.evaluation.entity.Evaluation;

/**
 * What happens next to a request, in words the person who asked understands: who acts, and by when.
 * Nothing waits unseen, so an overdue step says so.
 */
public final class NextStep {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private NextStep() {}

  public static String of(EvaluationState state, LocalDate targetDate, LocalDate today) {
    Evaluation e = state.evaluation();
    boolean late = today.isAfter(targetDate);
    return switch (e.status()) {
      case REQUESTED ->
          late
              ? "HR decides whether to accept the request. The decision was due by "
                  + day(targetDate)
                  + " and is overdue."
              : "HR decides whether to accept the request by " + day(targetDate) + ".";
      case ACCEPTED ->
          "HR forms a joint panel of management-side and staff-side evaluators to"
              + " evaluate the role."
              + outcomeDue(targetDate, late);
      case IN_PANEL -> inPanel(state) + outcomeDue(targetDate, late);
      case PUBLISHED ->
          e.effectiveFrom() != null && e.effectiveFrom().isAfter(today)
              ? "The outcome has been published. It takes effect on " + day(e.effectiveFrom()) + "."
              : "The outcome has been published and is in force from "
                  + day(e.effectiveFrom())
                  + ".";
      case REJECTED ->
          "HR rejected the request, so the role will not be evaluated now. The"
              + " reason is given with the decision. You can ask again if the job description"
              + " changes.";
    };
  }

  private static String inPanel(EvaluationState state) {
    if (!state.complete()) {
      return "The panel is agreeing a level for each factor of the job description.";
    }
    if (!state.signOff().complete()) {
      return "The panel has agreed every level, and its members are signing them off.";
    }
    if (!state.canPublish()) {
      return "HR checks the outcome before publishing it.";
    }
    return "The panel has signed off its levels, and HR publishes the outcome.";
  }

  private static String outcomeDue(LocalDate targetDate, boolean late) {
    return late
        ? " The outcome was due by " + day(targetDate) + " and is overdue."
        : " The outcome is due by " + day(targetDate) + ".";
  }

  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
