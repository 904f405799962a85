package org.bandwise.appeal.control;

/** A step of an appeal that has a due date. */
public enum DeadlineStep {
  LODGE,
  ACKNOWLEDGE,
  DECIDE
}
