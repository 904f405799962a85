package org.bandwise.platform.cache;

/** The kinds of data cached by every instance, one row each in {@code reference_version}. */
public enum ReferenceKind {
  /** Pay structures, zones, bands, scales and their pay points. */
  PAY,
  /** Job evaluation schemes, their factors, levels and band ranges. */
  SCHEME,
  /**
   * Staff records with their positions and protections: the staff search's counts (raised by {@code
   * CurrentPositions} and the staff import).
   */
  WORKFORCE
}
