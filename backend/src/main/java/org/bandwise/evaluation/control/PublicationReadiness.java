package org.bandwise.evaluation.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What stands between an evaluation and publication, each with what to do about it; empty when it
 * can be published. Publishing needs a valid panel, an agreed level for every factor, a total
 * inside a band, a consistency check when one is required (near a boundary or a factor out of
 * line), and the panel's sign-offs (see {@link SignOffRules}).
 */
public final class PublicationReadiness {

  /** Why publication is blocked; the front end links each to the step that clears it. */
  public enum Code {
    NO_PANEL,
    PANEL_INVALID,
    LEVELS_MISSING,
    OUT_OF_RANGE,
    CONSISTENCY_CHECK,
    SIGN_OFF
  }

  /** One reason, and what a person does about it. */
  public record Blocker(Code code, String message, String whatToDo) {}

  /** The facts publication depends on. */
  public record Facts(
      boolean inPanel,
      boolean panelValid,
      int factorsAgreed,
      int factorCount,
      boolean outOfRange,
      boolean checkRequired,
      boolean checkRecorded,
      Set<SignOffRules.Missing> signOffsMissing) {}

  private PublicationReadiness() {}

  public static List<Blocker> blockers(Facts facts) {
    List<Blocker> blockers = new ArrayList<>();
    if (!facts.inPanel()) {
      blockers.add(
          new Blocker(
              Code.NO_PANEL,
              "The evaluation has no panel yet.",
              "Form the panel: at least 3 members, with a management-side member, a staff-side"
                  + " member and a chair."));
      return blockers;
    }
    if (!facts.panelValid()) {
      blockers.add(
          new Blocker(
              Code.PANEL_INVALID,
              "The panel does not meet the panel rules.",
              "Change the panel: at least 3 members, with a management-side member, a staff-side"
                  + " member and one chair, and nobody who holds the post."));
    }
    boolean complete = facts.factorsAgreed() >= facts.factorCount();
    if (!complete) {
      int missing = facts.factorCount() - facts.factorsAgreed();
      blockers.add(
          new Blocker(
              Code.LEVELS_MISSING,
              missing + (missing == 1 ? " factor has" : " factors have") + " no agreed level yet.",
              "The panel agrees a level, with its rationale, for "
                  + (missing == 1 ? "the remaining factor." : "each remaining factor.")));
    } else if (facts.outOfRange()) {
      blockers.add(
          new Blocker(
              Code.OUT_OF_RANGE,
              "The total is in no band of the scheme.",
              "The panel checks the agreed levels: a total outside every band cannot be"
                  + " published."));
    }
    if (complete && facts.checkRequired() && !facts.checkRecorded()) {
      blockers.add(
          new Blocker(
              Code.CONSISTENCY_CHECK,
              "A consistency check is needed, because the total is near a band boundary or a factor"
                  + " is out of line with similar roles, and none is recorded.",
              "An HR evaluator compares the levels with similar roles and records the check."));
    }
    if (!facts.signOffsMissing().isEmpty()) {
      blockers.add(
          new Blocker(
              Code.SIGN_OFF,
              "The agreed levels have not been signed off by "
                  + SignOffRules.words(facts.signOffsMissing())
                  + ".",
              complete
                  ? "Each of them signs off the agreed levels on the evaluation page."
                  : "Once every level is agreed, each of them signs off the agreed levels on the"
                      + " evaluation page."));
    }
    return blockers;
  }
}
