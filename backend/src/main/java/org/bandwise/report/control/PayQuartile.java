package org.bandwise.report.control;

/** The four pay quartiles of the gender pay gap, lowest paid first. */
public enum PayQuartile {
  LOWER,
  LOWER_MIDDLE,
  UPPER_MIDDLE,
  UPPER
}
