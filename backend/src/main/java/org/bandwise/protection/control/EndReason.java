package org.bandwise.protection.control;

/** Why a protection ended; recorded with the ending. */
public enum EndReason {
  /** The protection period ran out. */
  EXPIRED,
  /** The new contractual salary reached the protected salary. */
  CAUGHT_UP,
  /** Appointed to a post whose pay meets or exceeds the protected pay. */
  APPOINTED,
  /** Left the employer. */
  LEFT,
  /** Refused a suitable offer, where the pay policy says that ends protection. */
  REFUSED_SUITABLE_OFFER,
  /** Ended by HR, with a reason. */
  ENDED_BY_HR,
  /** An appeal against the downgrade was upheld, so the downgrade itself is undone. */
  APPEAL_UPHELD
}
