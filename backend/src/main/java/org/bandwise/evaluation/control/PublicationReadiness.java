package org.bandwise.evaluation.control;

import java.util.ArrayList;
import java.util.List;

/** Why an outcome cannot be published yet, in plain English; empty when it can. */
public final class PublicationReadiness {

  /** The facts publication depends on. */
  public record Facts(
      boolean inPanel,
      boolean panelValid,
      int factorsAgreed,
      int factorCount,
      boolean outOfRange,
      boolean checkRequired,
      boolean checkRecorded) {}

  private PublicationReadiness() {}

  public static List<String> blockers(Facts facts) {
    List<String> blockers = new ArrayList<>();
    if (!facts.inPanel()) {
      blockers.add("The evaluation has no panel yet.");
      return blockers;
    }
    if (!facts.panelValid()) {
      blockers.add("The panel does not meet the panel rules.");
    }
    if (facts.factorsAgreed() < facts.factorCount()) {
      int missing = facts.factorCount() - facts.factorsAgreed();
      blockers.add(
          missing + (missing == 1 ? " factor has" : " factors have") + " no agreed level yet.");
    } else if (facts.outOfRange()) {
      blockers.add("The total is in no band of the scheme: check the levels.");
    }
    if (facts.factorsAgreed() == facts.factorCount()
        && facts.checkRequired()
        && !facts.checkRecorded()) {
      blockers.add(
          "A consistency check is required (the total is near a band boundary or a factor is"
              + " flagged) and none is recorded.");
    }
    return blockers;
  }
}
