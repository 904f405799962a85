package org.bandwise.vacancy.control;

/**
 * One rule's verdict for one person and vacancy: {@code met} when the rule does not stand in the
 * way, and a plain-English sentence ("You are at risk until 31 July 2028."). {@code criterionId} is
 * set for {@link EligibilityRule#ESSENTIAL_CRITERION} only.
 */
public record EligibilityReason(
    EligibilityRule rule, String criterionId, boolean met, String text) {

  static EligibilityReason of(EligibilityRule rule, boolean met, String text) {
    return new EligibilityReason(rule, null, met, text);
  }
}
