package org.bandwise.appeal.control;

/** Whom an appeal is for. */
public enum AppealScope {
  /** Named members. */
  INDIVIDUAL,
  /** Named members, or all holders of the role. */
  GROUP
}
