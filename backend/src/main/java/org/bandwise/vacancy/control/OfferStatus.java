package org.bandwise.vacancy.control;

/** Where an offer of a vacancy stands. */
public enum OfferStatus {
  /** Made, awaiting the person's answer. */
  OPEN,
  /** Accepted: the trial period runs. */
  IN_TRIAL,
  DECLINED,
  /** Withdrawn by HR before an answer. */
  WITHDRAWN,
  /** Trial confirmed: the person is assigned to the post. */
  CONFIRMED,
  /** Trial not successful: the person is back in the pool, protection unchanged. */
  NOT_SUCCESSFUL;

  /** Open or in trial: the vacancy's one offer at a time. */
  public boolean live() {
    return this == OPEN || this == IN_TRIAL;
  }
}
