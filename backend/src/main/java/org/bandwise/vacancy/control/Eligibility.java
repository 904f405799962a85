package org.bandwise.vacancy.control;

import java.util.List;

/**
 * One person's eligibility for one vacancy.
 *
 * @param eligible whether they may apply now
 * @param stage the stage at which they may apply: {@code RING_FENCE} when they are in the pool,
 *     otherwise {@code INTERNAL} (every member of staff may apply at stage 2)
 * @param inPool whether they are in the vacancy's stage-1 pool
 * @param priority whether they are in the pool with statutory priority (first in the pool)
 * @param reasons one per rule, in the order: at risk, band, each essential criterion, training
 *     (when it is the gap), priority (when it applies), stage
 */
public record Eligibility(
    String staffId,
    String vacancyId,
    boolean eligible,
    VacancyStage stage,
    boolean inPool,
    boolean priority,
    List<EligibilityReason> reasons) {

  public Eligibility {
    reasons = List.copyOf(reasons);
  }
}
