package org.bandwise.appeal.control;

/** The steps that move an appeal on; {@link AppealLifecycle} says which are allowed when. */
public enum AppealStep {
  LODGE("lodge"),
  ACKNOWLEDGE("acknowledge"),
  START_REVIEW("start reviewing"),
  SCHEDULE_HEARING("schedule a hearing for"),
  DECIDE("record a decision on"),
  CLOSE("close"),
  WITHDRAW("withdraw"),
  SECOND_STAGE("take to a second stage");

  private final String verb;

  AppealStep(String verb) {
    this.verb = verb;
  }

  /** Completes "You can only … an appeal": "schedule a hearing for". */
  public String verb() {
    return verb;
  }
}
