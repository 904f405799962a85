package org.bandwise.appeal.control;

/**
 * Where an appeal stands: draft → lodged → acknowledged → under review → hearing scheduled →
 * decided → closed, or withdrawn at any point before a decision. See {@link AppealLifecycle}.
 */
public enum AppealStatus {
  DRAFT("is a draft"),
  LODGED("has been lodged"),
  ACKNOWLEDGED("has been acknowledged"),
  UNDER_REVIEW("is under review"),
  HEARING_SCHEDULED("has a hearing scheduled"),
  DECIDED("has been decided"),
  CLOSED("is closed"),
  WITHDRAWN("has been withdrawn");

  private final String phrase;

  AppealStatus(String phrase) {
    this.phrase = phrase;
  }

  /** Completes "This appeal …": "is under review". */
  public String phrase() {
    return phrase;
  }

  /** Lodged and not yet decided: its deadlines run, and it may still be withdrawn. */
  public boolean awaitingDecision() {
    return this == LODGED
        || this == ACKNOWLEDGED
        || this == UNDER_REVIEW
        || this == HEARING_SCHEDULED;
  }
}
