package org.bandwise.vacancy.control;

/** The rule an eligibility reason is about. */
public enum EligibilityRule {
  /** In the ring-fenced pool: at risk now, from a re-banding the ring-fence is for. */
  AT_RISK,
  /** Band (or protected band) the same as or higher than the vacancy's. */
  BAND,
  /** One per essential criterion: held, missing, or trainable in N weeks. */
  ESSENTIAL_CRITERION,
  /** The training needed finishes within the window (6 months by default). */
  TRAINING,
  /** Statutory priority: first in the pool. */
  PRIORITY,
  /** Whether the vacancy is open to the person now, and if not, when. */
  STAGE
}
