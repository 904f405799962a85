package org.bandwise.job.control;

import static org.bandwise.job.entity.JdStatus.DRAFT;
import static org.bandwise.job.entity.JdStatus.EVALUATED;
import static org.bandwise.job.entity.JdStatus.IN_FORCE;
import static org.bandwise.job.entity.JdStatus.SUBMITTED;
import static org.bandwise.job.entity.JdStatus.SUPERSEDED;
import static org.bandwise.job.entity.JdStatus.UNDER_EVALUATION;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.bandwise.job.entity.JdStatus;
import org.bandwise.platform.domain.RuleConflict;

/**
 * The life of a JD version. A draft is written and submitted; an accepted evaluation puts it under
 * evaluation; publishing makes it EVALUATED, or IN_FORCE at once when the effective date has come;
 * when a newer version comes into force the older one is SUPERSEDED. An in-force version may be
 * evaluated again (a correction is a new evaluation), and stays in force meanwhile.
 */
public final class JdLifecycle {

  private static final Map<JdStatus, Set<JdStatus>> MOVES =
      Map.of(
          DRAFT, EnumSet.of(SUBMITTED),
          SUBMITTED, EnumSet.of(DRAFT, UNDER_EVALUATION),
          UNDER_EVALUATION, EnumSet.of(EVALUATED, IN_FORCE),
          EVALUATED, EnumSet.of(IN_FORCE, SUPERSEDED),
          IN_FORCE, EnumSet.of(SUPERSEDED),
          SUPERSEDED, EnumSet.noneOf(JdStatus.class));

  private JdLifecycle() {}

  public static boolean canMove(JdStatus from, JdStatus to) {
    return MOVES.get(from).contains(to);
  }

  /** The moves a person asks for directly; the rest follow from evaluations. */
  public static void requireManualMove(JdStatus from, JdStatus to) {
    boolean manual = (from == DRAFT && to == SUBMITTED) || (from == SUBMITTED && to == DRAFT);
    if (!manual) {
      throw new RuleConflict(
          "status",
          "A version that is "
              + label(from)
              + " cannot be made "
              + label(to)
              + " by hand. Only a draft can be submitted, and only a submitted version returned to"
              + " draft.");
    }
  }

  public static void requireEditable(JdStatus status) {
    if (status != DRAFT) {
      throw new RuleConflict(
          "status",
          "Only a draft can be changed, and this version is "
              + label(status)
              + ". Start a new version instead.");
    }
  }

  public static boolean canBeEvaluated(JdStatus status) {
    return status == SUBMITTED || status == IN_FORCE;
  }

  /** The status an evaluated version takes when its outcome is published. */
  public static JdStatus afterPublication(
      JdStatus current, LocalDate effectiveFrom, LocalDate today) {
    if (current == IN_FORCE) {
      return IN_FORCE;
    }
    if (current != UNDER_EVALUATION) {
      throw new IllegalStateException("a " + current + " version cannot get an outcome");
    }
    return effectiveFrom.isAfter(today) ? EVALUATED : IN_FORCE;
  }

  /** A new version may start only when no other one is still being written or evaluated. */
  public static void requireNoVersionInProgress(Collection<JdStatus> statuses) {
    if (statuses.stream().anyMatch(JdStatus.IN_PROGRESS::contains)) {
      throw new RuleConflict(
          "versions",
          "This job description already has a version being written or evaluated. Finish that"
              + " one first.");
    }
  }

  public static String label(JdStatus status) {
    return status.name().toLowerCase().replace('_', ' ');
  }
}
