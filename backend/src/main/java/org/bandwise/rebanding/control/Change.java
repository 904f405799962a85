package org.bandwise.rebanding.control;

/** Which way a re-banding moves someone: to a higher band, the same band, or a lower one. */
public enum Change {
  UP,
  SAME,
  DOWN
}
