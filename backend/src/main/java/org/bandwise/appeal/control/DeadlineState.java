package org.bandwise.appeal.control;

/** How an outstanding step stands against its due date. */
public enum DeadlineState {
  /** Due later than the "due soon" window. */
  ON_TRACK,
  /** Due within the window (5 working days by default), today included. */
  DUE_SOON,
  /** The due date has passed. */
  OVERDUE
}
