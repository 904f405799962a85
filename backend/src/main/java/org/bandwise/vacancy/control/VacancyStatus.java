package org.bandwise.vacancy.control;

/**
 * Where a vacancy stands: draft → stage 1 ring-fence → stage 2 internal → stage 3 external → offer
 * made → filled, or withdrawn. See {@link VacancyLifecycle}.
 */
public enum VacancyStatus {
  DRAFT("is a draft"),
  RING_FENCE("is ring-fenced for staff at risk"),
  INTERNAL("is open to internal applicants"),
  EXTERNAL("is open to external applicants"),
  OFFER_MADE("has an offer open"),
  FILLED("has been filled"),
  WITHDRAWN("has been withdrawn");

  private final String phrase;

  VacancyStatus(String phrase) {
    this.phrase = phrase;
  }

  /** Completes "This vacancy …": "is open to internal applicants". */
  public String phrase() {
    return phrase;
  }

  /** The stage this status is, or null for a status that is not a stage. */
  public VacancyStage stage() {
    return switch (this) {
      case RING_FENCE -> VacancyStage.RING_FENCE;
      case INTERNAL -> VacancyStage.INTERNAL;
      case EXTERNAL -> VacancyStage.EXTERNAL;
      default -> null;
    };
  }
}
