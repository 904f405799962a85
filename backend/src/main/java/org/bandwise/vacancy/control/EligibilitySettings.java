package org.bandwise.vacancy.control;

/**
 * Configurable eligibility rules. Default: a pool candidate may lack essential criteria they would
 * gain by training finished within 6 months.
 */
public record EligibilitySettings(int trainingWindowMonths) {

  public EligibilitySettings {
    if (trainingWindowMonths < 0) {
      throw new IllegalArgumentException("the training window cannot be negative");
    }
  }

  public static EligibilitySettings defaults() {
    return new EligibilitySettings(6);
  }
}
