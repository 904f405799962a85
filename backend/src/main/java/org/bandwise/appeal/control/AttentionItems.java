package org.bandwise.appeal.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bandwise.calendar.control.DateText;

/**
 * What needs a person's attention now, each told as a sentence for that person: the appeal steps
 * due within the "due soon" window (5 working days) or overdue, among the appeals they may see, and
 * their own pay protection when it ends within the notice period (90 days).
 *
 * <p>The person who takes a step is told to take it ("Acknowledge Napo's appeal about Intervention
 * Facilitator by 4 December 2026 — 3 working days left."); everyone else who may see the appeal is
 * told who must ("HR must acknowledge …"). HR acknowledges and decides; a draft is lodged by the
 * rep of its union or by HR. Overdue items come first and say "Overdue" in words, not colour; then
 * the soonest due. At most {@link #LIMIT} are listed; the counts cover all.
 */
public final class AttentionItems {

  /** At most this many items are listed. */
  public static final int LIMIT = 50;

  /** What an item is about (as the contract names it). */
  public enum Kind {
    APPEAL_STEP,
    PROTECTION_ENDING
  }

  /**
   * One thing that needs attention.
   *
   * @param step the appeal step due, or null for a protection
   * @param dueOn the step's last day, or the last protected day
   * @param appealId the appeal, or null for a protection
   */
  public record Item(
      Kind kind,
      boolean overdue,
      DeadlineStep step,
      LocalDate dueOn,
      String text,
      String appealId) {}

  /** The items to list (overdue first, then the soonest due) and how many there are in all. */
  public record Attention(List<Item> items, int overdue, int dueSoon) {}

  private AttentionItems() {}

  /**
   * The item for an appeal's outstanding step, when it is due soon or overdue.
   *
   * @param union the appeal's union code (NAPO, UNISON, GMB), or null
   * @param title the title of the appeal's JD
   * @param acts whether the person told takes this step
   * @param today the day the deadline was assessed on
   */
  public static Optional<Item> appealStep(
      String appealId,
      String union,
      String title,
      Deadline deadline,
      boolean acts,
      LocalDate today) {
    if (!deadline.overdue() && !deadline.dueSoon()) {
      return Optional.empty();
    }
    return Optional.of(
        new Item(
            Kind.APPEAL_STEP,
            deadline.overdue(),
            deadline.step(),
            deadline.dueOn(),
            text(union, title, deadline, acts, today),
            appealId));
  }

  /**
   * Whether the person takes this step: HR acknowledges and decides; HR or the union's rep lodges.
   */
  public static boolean acts(AppealViewer viewer, String union, DeadlineStep step) {
    return step == DeadlineStep.LODGE ? viewer.hr() || viewer.repOf(union) : viewer.hr();
  }

  /**
   * The item for a person's own pay protection, when it ends within {@code noticeDays} days of
   * today (and has not ended).
   *
   * @param lastDay the last protected day
   */
  public static Optional<Item> protectionEnding(
      LocalDate lastDay, LocalDate today, int noticeDays) {
    if (lastDay.isBefore(today) || lastDay.isAfter(today.plusDays(noticeDays))) {
      return Optional.empty();
    }
    long left = ChronoUnit.DAYS.between(today, lastDay) + 1;
    String text =
        lastDay.equals(today)
            ? "Your pay protection ends today, " + DateText.of(lastDay) + "."
            : "Your pay protection ends on "
                + DateText.of(lastDay)
                + ". You have "
                + left
                + (left == 1 ? " day" : " days")
                + " of protection left.";
    return Optional.of(new Item(Kind.PROTECTION_ENDING, false, null, lastDay, text, null));
  }

  /** Overdue first, then the soonest due; at most {@link #LIMIT}, with the counts of all. */
  public static Attention of(List<Item> found) {
    List<Item> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparing((Item i) -> !i.overdue())
            .thenComparing(Item::dueOn)
            .thenComparing(Item::text));
    int overdue = (int) sorted.stream().filter(Item::overdue).count();
    return new Attention(
        List.copyOf(sorted.subList(0, Math.min(LIMIT, sorted.size()))),
        overdue,
        sorted.size() - overdue);
  }

  /** "Napo", "UNISON", "GMB" as the unions write their names; null for no union. */
  public static String unionName(String union) {
    if (union == null) {
      return null;
    }
    return switch (union) {
      case "NAPO" -> "Napo";
      default -> union;
    };
  }

  private static String text(
      String union, String title, Deadline deadline, boolean acts, LocalDate today) {
    String name = unionName(union);
    String appeal =
        (deadline.step() == DeadlineStep.LODGE ? "draft appeal about " : "appeal about ") + title;
    String whose = name == null ? "the " + appeal : name + "'s " + appeal;
    String date = DateText.of(deadline.dueOn());
    if (deadline.overdue()) {
      if (deadline.step() == DeadlineStep.LODGE) {
        return "Overdue: the time limit for lodging "
            + whose
            + " ended on "
            + date
            + ". HR can extend it, with a reason.";
      }
      String done = deadline.step() == DeadlineStep.ACKNOWLEDGE ? "acknowledged" : "decided";
      String verb = deadline.step() == DeadlineStep.ACKNOWLEDGE ? "acknowledge" : "decide";
      return acts
          ? "Overdue: " + verb + " " + whose + " — it was due by " + date + "."
          : "Overdue: HR should have " + done + " " + whose + " by " + date + ".";
    }
    String left = left(deadline, today);
    return switch (deadline.step()) {
      case LODGE ->
          acts
              ? "Lodge " + whose + " by " + date + " — " + left + "."
              : capitalised(whose) + " must be lodged by " + date + " — " + left + ".";
      case ACKNOWLEDGE ->
          (acts ? "Acknowledge " : "HR must acknowledge ")
              + whose
              + " by "
              + date
              + " — "
              + left
              + ".";
      case DECIDE ->
          (acts ? "Decide " : "HR must decide ") + whose + " by " + date + " — " + left + ".";
    };
  }

  private static String left(Deadline deadline, LocalDate today) {
    int n = deadline.workingDaysLeft();
    if (deadline.dueOn().equals(today)) {
      return "due today";
    }
    if (n <= 0) {
      return "no working days left";
    }
    return n == 1 ? "1 working day left" : n + " working days left";
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
