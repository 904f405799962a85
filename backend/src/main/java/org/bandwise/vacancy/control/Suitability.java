package org.bandwise.vacancy.control;

/** HR's decision on a pool candidate, recorded with a written reason. */
public enum Suitability {
  SUITABLE,
  NOT_SUITABLE
}
