package org.bandwise.appeal.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which appeal events become notifications, for whom, and in what words. A deadline that is due
 * within the window (5 working days) or overdue is news for the people who act on it: HR and the
 * reps of the appeal's union. A change of status is news for them and for the members the appeal
 * includes, except for the person who made it. Each event is kept once per person ({@link
 * #deadlineKey}, one key per step, state and due date), so a sweep run again or on another instance
 * adds nothing.
 */
public final class AppealNotices {

  /** The kinds of notification (as the contract names them). */
  public enum Kind {
    DEADLINE_DUE_SOON,
    STEP_OVERDUE,
    APPEAL_STATUS
  }

  /** A notification to make. */
  public record Notice(Kind kind, String text, String key) {}

  private AppealNotices() {}

  /** The notice for an outstanding deadline, if it is due soon or overdue. */
  public static Optional<Notice> deadline(String appealId, String title, Deadline deadline) {
    if (!deadline.dueSoon() && !deadline.overdue()) {
      return Optional.empty();
    }
    Kind kind = deadline.overdue() ? Kind.STEP_OVERDUE : Kind.DEADLINE_DUE_SOON;
    return Optional.of(
        new Notice(
            kind,
            "Appeal about " + title + ": " + deadline.text(),
            deadlineKey(appealId, deadline)));
  }

  /** One key per appeal, step, state and due date. */
  public static String deadlineKey(String appealId, Deadline deadline) {
    return "deadline:"
        + appealId
        + ":"
        + deadline.step().name()
        + ":"
        + deadline.state().name()
        + ":"
        + deadline.dueOn();
  }

  /** The notice for a change of status. */
  public static Notice statusChanged(
      String appealId, String stepId, String title, AppealStatus status) {
    return new Notice(
        Kind.APPEAL_STATUS,
        "The appeal about " + title + " " + status.phrase() + ".",
        "status:" + appealId + ":" + status.name() + ":" + stepId);
  }

  /** Who hears of a change of status: everyone concerned but the person who made it. */
  public static List<String> statusRecipients(
      List<String> hr, List<String> reps, List<String> members, String actorUserId) {
    List<String> to = new ArrayList<>();
    for (List<String> group : List.of(hr, reps, members)) {
      for (String id : group) {
        if (id != null && !id.equals(actorUserId) && !to.contains(id)) {
          to.add(id);
        }
      }
    }
    return to;
  }
}
