package org.bandwise.vacancy.control;

/**
 * The stages a vacancy is offered in: (1) the ring-fenced pool of staff at risk, (2) all staff, (3)
 * external applicants (recorded, not managed here).
 */
public enum VacancyStage {
  RING_FENCE,
  INTERNAL,
  EXTERNAL;

  public VacancyStatus status() {
    return switch (this) {
      case RING_FENCE -> VacancyStatus.RING_FENCE;
      case INTERNAL -> VacancyStatus.INTERNAL;
      case EXTERNAL -> VacancyStatus.EXTERNAL;
    };
  }
}
