package org.bandwise.job.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a JD version is in its life: DRAFT → SUBMITTED → UNDER_EVALUATION → EVALUATED → IN_FORCE →
 * SUPERSEDED.
 */
public enum JdStatus {
  DRAFT,
  SUBMITTED,
  UNDER_EVALUATION,
  EVALUATED,
  IN_FORCE,
  SUPERSEDED;

  /** Versions with a published outcome, which every signed-in user may read. */
  public static final Set<JdStatus> PUBLISHED = EnumSet.of(EVALUATED, IN_FORCE, SUPERSEDED);

  /** Versions still being written or evaluated; a JD has at most one at a time. */
  public static final Set<JdStatus> IN_PROGRESS = EnumSet.of(DRAFT, SUBMITTED, UNDER_EVALUATION);

  public boolean published() {
    return PUBLISHED.contains(this);
  }
}
