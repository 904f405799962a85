package org.bandwise.appeal.control;

/** A review panel's decision on an appeal. */
public enum AppealDecision {
  UPHELD("upheld"),
  PARTLY_UPHELD("partly upheld"),
  NOT_UPHELD("not upheld");

  private final String text;

  AppealDecision(String text) {
    this.text = text;
  }

  /** "partly upheld". */
  public String text() {
    return text;
  }

  /**
   * Upheld or partly upheld: the role is re-scored under the same scheme version, effective from
   * the date the appeal was lodged.
   */
  public boolean changesOutcome() {
    return this != NOT_UPHELD;
  }
}
