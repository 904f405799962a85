package org.bandwise.payband.entity;

/**
 * An AGREED scale is in force from its effective date; a PROPOSED one is still being negotiated.
 */
public enum ScaleStatus {
  AGREED,
  PROPOSED
}
